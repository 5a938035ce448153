package org.htmacademy.course.gift;

import java.math.BigDecimal;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;

import static org.htmacademy.course.gift.GiftOutput.escape;

/** Writes one question: title, text, then its answer block in the shape {@link QuestionReader} expects. */
final class QuestionOutput {

	private static final String INDENT = "\t";

	private final GiftOutput out;

	private final int index;

	private final GiftQuestion question;

	private final TextFormat format;

	QuestionOutput(GiftOutput out, int index, GiftQuestion question) {
		this.out = out;
		this.index = index;
		this.question = question;
		this.format = question.textFormat();
	}

	void write() {
		if (question.title() != null) {
			part(GiftField.TITLE, 0);
			out.append("::" + escape(question.title()) + "::");
		}
		part(GiftField.TEXT, 0);
		if (needsFormatTag()) {
			out.append("[" + format.tag() + "]");
		}
		switch (question) {
			case MultipleChoice choice when choice.missingWord() -> missingWord(choice);
			case MultipleChoice choice -> {
				text(question.text());
				choices(choice);
			}
			case TrueFalse trueFalse -> {
				text(question.text());
				trueFalse(trueFalse);
			}
			case ShortAnswer shortAnswer -> {
				text(question.text());
				shortAnswer(shortAnswer);
			}
			case Numerical numerical -> {
				text(question.text());
				numerical(numerical);
			}
			case Matching matching -> {
				text(question.text());
				matching(matching);
			}
		}
	}

	/** The blank a missing-word question shows is where its answer block goes. */
	private void missingWord(MultipleChoice choice) {
		String text = question.text();
		int gap = text.indexOf(GiftWriter.GAP);
		text(text.substring(0, gap));
		open();
		for (int i = 0; i < choice.choices().size(); i++) {
			if (i > 0) {
				out.append(" ");
			}
			choice(choice, i);
		}
		generalFeedback(" ");
		out.append("}");
		part(GiftField.TEXT, 0);
		out.append(escape(text.substring(gap + GiftWriter.GAP.length())));
	}

	private void choices(MultipleChoice choice) {
		out.append(" ");
		open();
		for (int i = 0; i < choice.choices().size(); i++) {
			out.newLine();
			out.append(INDENT);
			choice(choice, i);
		}
		close();
	}

	private void choice(MultipleChoice question, int i) {
		MultipleChoice.Choice choice = question.choices().get(i);
		part(GiftField.ANSWER, i);
		boolean right = !question.multipleAnswers() && GiftWriter.isWhole(choice.fraction());
		if (right) {
			out.append("=");
		}
		else {
			out.append("~" + weight(choice.fraction(), choice.text(), BigDecimal.ZERO));
		}
		out.append(answerText(choice.text()));
		feedback(choice.feedback(), GiftField.FEEDBACK, i);
	}

	/** The first feedback is for a wrong answer, the second for a right one. */
	private void trueFalse(TrueFalse trueFalse) {
		out.append(" ");
		open();
		out.append(trueFalse.correctAnswer() ? "TRUE" : "FALSE");
		GiftField wrongField = trueFalse.correctAnswer() ? GiftField.FEEDBACK_FOR_FALSE : GiftField.FEEDBACK_FOR_TRUE;
		GiftField rightField = trueFalse.correctAnswer() ? GiftField.FEEDBACK_FOR_TRUE : GiftField.FEEDBACK_FOR_FALSE;
		String wrong = trueFalse.correctAnswer() ? trueFalse.feedbackForFalse() : trueFalse.feedbackForTrue();
		String right = trueFalse.correctAnswer() ? trueFalse.feedbackForTrue() : trueFalse.feedbackForFalse();
		if (!wrong.isEmpty() || !right.isEmpty()) {
			part(wrongField, 0);
			out.append("#" + answerText(wrong));
		}
		if (!right.isEmpty()) {
			part(rightField, 0);
			out.append("#" + answerText(right));
		}
		generalFeedback("");
		out.append("}");
	}

	private void shortAnswer(ShortAnswer shortAnswer) {
		out.append(" ");
		open();
		boolean inline = shortAnswer.answers().size() == 1 && shortAnswer.answers().getFirst().feedback().isEmpty()
				&& question.generalFeedback().isEmpty();
		for (int i = 0; i < shortAnswer.answers().size(); i++) {
			ShortAnswer.Answer answer = shortAnswer.answers().get(i);
			if (!inline) {
				out.newLine();
				out.append(INDENT);
			}
			part(GiftField.ANSWER, i);
			out.append("=" + weight(answer.fraction(), answer.text(), BigDecimal.ONE) + answerText(answer.text()));
			feedback(answer.feedback(), GiftField.FEEDBACK, i);
		}
		if (inline) {
			out.append("}");
		}
		else {
			close();
		}
	}

	private void numerical(Numerical numerical) {
		out.append(" ");
		open();
		out.append("#");
		Numerical.Answer first = numerical.answers().isEmpty() ? null : numerical.answers().getFirst();
		boolean inline = numerical.answers().size() == 1 && GiftWriter.isWhole(first.fraction())
				&& numerical.otherAnswerFeedback().isEmpty() && question.generalFeedback().isEmpty();
		for (int i = 0; i < numerical.answers().size(); i++) {
			Numerical.Answer answer = numerical.answers().get(i);
			if (!inline) {
				out.newLine();
				out.append(INDENT + "=");
			}
			part(GiftField.ANSWER, i);
			out.append(weight(answer.fraction(), "", BigDecimal.ONE) + answer.value() + ":" + answer.tolerance());
			feedback(answer.feedback(), GiftField.FEEDBACK, i);
		}
		if (!numerical.otherAnswerFeedback().isEmpty()) {
			out.newLine();
			out.append(INDENT);
			part(GiftField.OTHER_FEEDBACK, 0);
			out.append("~#" + answerText(numerical.otherAnswerFeedback()));
		}
		if (inline) {
			out.append("}");
		}
		else {
			close();
		}
	}

	private void matching(Matching matching) {
		out.append(" ");
		open();
		for (int i = 0; i < matching.pairs().size(); i++) {
			Matching.Pair pair = matching.pairs().get(i);
			out.newLine();
			out.append(INDENT);
			part(GiftField.ANSWER, i);
			out.append("=" + answerText(pair.question()) + " -> " + escape(pair.answer()));
		}
		for (int i = 0; i < matching.distractors().size(); i++) {
			out.newLine();
			out.append(INDENT);
			part(GiftField.DISTRACTOR, i);
			out.append("= -> " + escape(matching.distractors().get(i)));
		}
		close();
	}

	private void open() {
		part(GiftField.ANSWERS, 0);
		out.append("{");
	}

	/** General feedback on a line of its own, then the closing brace. */
	private void close() {
		if (!question.generalFeedback().isEmpty()) {
			out.newLine();
			out.append(INDENT);
			generalFeedback("");
		}
		out.newLine();
		out.append("}");
	}

	private void generalFeedback(String separator) {
		if (!question.generalFeedback().isEmpty()) {
			out.append(separator);
			part(GiftField.GENERAL_FEEDBACK, 0);
			out.append("####" + answerText(question.generalFeedback()));
		}
	}

	private void feedback(String feedback, GiftField field, int i) {
		if (!feedback.isEmpty()) {
			out.append(" ");
			part(field, i);
			out.append("#" + answerText(feedback));
		}
	}

	/** {@code %50%} when the fraction is not the default, or when the text itself starts with '%'. */
	private static String weight(BigDecimal fraction, String text, BigDecimal byDefault) {
		if (fraction.compareTo(byDefault) == 0 && !text.startsWith("%")) {
			return "";
		}
		return "%" + Weights.percent(fraction) + "%";
	}

	private String answerText(String text) {
		return GiftOutput.escapeInFormat(text, format);
	}

	private void text(String text) {
		out.append(escape(text));
	}

	/** Moodle's format is the default; a text that itself starts like a tag, or like a comment, needs one too. */
	private boolean needsFormatTag() {
		String text = question.text();
		return format != TextFormat.MOODLE || GiftOutput.startsWithTag(text)
				|| (question.title() == null && text.startsWith("//"));
	}

	private void part(GiftField field, int i) {
		out.part(index, field, i);
	}

}
