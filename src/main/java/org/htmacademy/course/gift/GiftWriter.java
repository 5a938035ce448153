package org.htmacademy.course.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;

/**
 * Writes questions as GIFT that {@link GiftParser} reads back as the same questions, line numbers aside. Every
 * special character is escaped and line breaks are written as {@code \n}, so no text can act as syntax; answers go
 * on lines of their own, so the file reads well in a review. Check a question with {@link #unwritable} first: a few
 * things cannot be said in GIFT at all.
 */
public final class GiftWriter {

	/** Where a part of a question starts in the written text (1-based), to place a problem the parser reports. */
	public record Part(int question, GiftField field, int index, int line, int column) {
	}

	/** The text written, and where each part of each question starts in it, in text order. */
	public record Written(String text, List<Part> parts) {

		public Written {
			parts = List.copyOf(parts);
		}

		/** The part a position falls in: the last one starting at or before it. */
		public Optional<Part> partAt(int line, int column) {
			Part found = null;
			for (Part part : parts) {
				if (part.line() < line || (part.line() == line && part.column() <= column)) {
					found = part;
				}
			}
			return Optional.ofNullable(found);
		}

	}

	/** Something GIFT cannot express, in a part of the question. */
	public record Unwritable(GiftField field, int index, String message) {
	}

	static final String GAP = "_____";

	/**
	 * Writes the questions in order, one block each. A question without a category after one with a category takes
	 * that category, as GIFT has no way to clear it.
	 */
	public Written write(List<GiftQuestion> questions) {
		GiftOutput out = new GiftOutput();
		String category = null;
		for (int i = 0; i < questions.size(); i++) {
			GiftQuestion question = questions.get(i);
			if (i > 0) {
				out.blankLine();
			}
			if (question.category() != null && !question.category().equals(category)) {
				out.part(i, GiftField.CATEGORY, 0);
				out.append("$CATEGORY: " + GiftOutput.escape(question.category()));
				out.blankLine();
				category = question.category();
			}
			new QuestionOutput(out, i, question).write();
		}
		return new Written(out.text(), out.parts());
	}

	/** What in a question GIFT cannot say; empty when {@link #write} gives the question back unchanged. */
	public static List<Unwritable> unwritable(GiftQuestion question) {
		List<Unwritable> problems = new ArrayList<>();
		switch (question) {
			case MultipleChoice choice -> choiceProblems(choice, problems);
			case ShortAnswer shortAnswer -> {
				for (int i = 0; i < shortAnswer.answers().size(); i++) {
					ShortAnswer.Answer answer = shortAnswer.answers().get(i);
					arrow(answer.text(), GiftField.ANSWER, i, "an answer", problems);
					arrow(answer.feedback(), GiftField.FEEDBACK, i, "a feedback", problems);
				}
			}
			case Matching matching -> {
				for (int i = 0; i < matching.pairs().size(); i++) {
					if (matching.pairs().get(i).question().isBlank()) {
						problems.add(new Unwritable(GiftField.ANSWER, i, "a pair needs an item to match; put an "
								+ "answer that matches nothing among the extra answers"));
					}
					if (matching.pairs().get(i).question().contains("->")) {
						problems.add(new Unwritable(GiftField.ANSWER, i,
								"the question side of a pair cannot contain '->': GIFT reads the first '->' as the "
										+ "arrow to the answer"));
					}
				}
			}
			case TrueFalse _, Numerical _ -> {
				// anything these types hold can be written
			}
		}
		return problems;
	}

	private static void choiceProblems(MultipleChoice question, List<Unwritable> problems) {
		if (question.missingWord()) {
			int gap = question.text().indexOf(GAP);
			if (gap < 0 || question.text().substring(gap + GAP.length()).isBlank()) {
				problems.add(new Unwritable(GiftField.TEXT, 0, "mark the missing word with " + GAP
						+ ", with text after it (a gap at the very end makes an ordinary question)"));
			}
		}
		if (question.multipleAnswers()) {
			return;
		}
		if (question.choices().stream().noneMatch(choice -> isWhole(choice.fraction()))) {
			problems.add(new Unwritable(GiftField.ANSWERS, 0, "mark one choice as the right answer (100%)"));
		}
		if (question.choices().stream().allMatch(choice -> isWhole(choice.fraction()))) {
			problems.add(new Unwritable(GiftField.ANSWERS, 0,
					"give at least one wrong choice: with every choice right, GIFT reads a short-answer question"));
		}
		for (int i = 0; i < question.choices().size(); i++) {
			MultipleChoice.Choice choice = question.choices().get(i);
			if (isWhole(choice.fraction()) && choice.text().startsWith("%")) {
				problems.add(new Unwritable(GiftField.ANSWER, i,
						"the right answer cannot start with '%': GIFT would read it as a weight"));
			}
		}
	}

	private static void arrow(String text, GiftField field, int index, String what, List<Unwritable> problems) {
		if (text.contains("->")) {
			problems.add(new Unwritable(field, index, what + " of a short-answer question cannot contain '->': GIFT "
					+ "would read the question as matching"));
		}
	}

	static boolean isWhole(BigDecimal fraction) {
		return fraction.compareTo(BigDecimal.ONE) == 0;
	}

}
