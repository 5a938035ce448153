package org.htmacademy.course.gift;

import java.util.List;
import java.util.regex.Pattern;

import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;

/** Moodle's readquestion: title, answer block, question text and general feedback, then the type's reader. */
final class QuestionReader {

	/** The head of an embedded (cloze) answer: {@code {1:MC:...}}, {@code {:SHORTANSWER:...}}. */
	private static final Pattern CLOZE = Pattern.compile("^[0-9]*:[A-Z_]+:");

	/** The title as written (null when missing) and where, and the question (null when it has an error). */
	record Read(String title, Span titleSpan, LaidOut laidOut) {

		GiftQuestion question() {
			return laidOut == null ? null : laidOut.question();
		}
	}

	/**
	 * A question and where its parts start: its answer block, and each answer in the order of the question's
	 * choices or answers (empty for true/false and matching, and when the order cannot be told apart).
	 */
	record LaidOut(GiftQuestion question, Span start, Span braces, List<Span> answers) {
	}

	private final Problems problems;

	QuestionReader(Problems problems) {
		this.problems = problems;
	}

	/** Reads the trimmed text of a block that is not a category. */
	Read read(Span text, String category) {
		if (!text.startsWith("::")) {
			return new Read(null, null, body(text, text, null, category));
		}
		int close = text.indexOf("::", text.start() + 2);
		if (close < 0) {
			problems.error(text, "the title is not closed with '::'");
			return new Read(null, null, null);
		}
		Span titleSpan = new Span(text.block(), text.start() + 2, close).trim();
		String title = titleSpan.text().isEmpty() ? null : titleSpan.text();
		int secondClose = unescapedTitleMark(text, close + 2);
		if (secondClose >= 0) {
			problems.error(text.from(secondClose), "'::' after the title: a title cannot contain '::' (Moodle ends the "
					+ "title at the first one and shows the rest as question text); write \\:\\: or reword it");
		}
		return new Read(title, titleSpan, body(text, text.from(close + 2).trim(), title, category));
	}

	/** Where an unescaped {@code ::} stands between the title and the answer block, or -1. */
	private static int unescapedTitleMark(Span text, int from) {
		int open = text.indexOf("{");
		int end = open < 0 ? text.end() : open;
		String block = text.block().text();
		for (int i = from; i + 1 < end; i++) {
			if (block.charAt(i) == ':' && block.charAt(i + 1) == ':' && block.charAt(i - 1) != '\\') {
				return i;
			}
		}
		return -1;
	}

	private LaidOut body(Span question, Span text, String title, String category) {
		int open = text.indexOf("{");
		int close = text.indexOf("}");
		if (open < 0 && close < 0) {
			problems.error(question, "description items (text with no answer block) are not supported");
			return null;
		}
		if (!bracesBalanced(text, open, close)) {
			return null;
		}
		Span braces = new Span(text.block(), open, close + 1);
		Span answers = new Span(text.block(), open + 1, close).trim();
		boolean missingWord = close + 1 != text.end();
		// Moodle puts a blank where the answers were, unless they close the question.
		Texts.Formatted questionText = Texts.withFormat(
				text.to(open).raw() + (missingWord ? "_____" : "") + text.from(close + 1).raw(), TextFormat.MOODLE);
		String generalFeedback = "";
		int separator = answers.lastIndexOf("####");
		if (separator >= 0) {
			generalFeedback = Texts.inQuestionFormat(answers.from(separator + 4), questionText.format(), problems);
			answers = answers.to(separator).trim();
		}
		if (questionText.text().isEmpty()) {
			problems.error(question, "the question has no text");
			return null;
		}
		Stem stem = new Stem(title, category, questionText.text(), questionText.format(), generalFeedback,
				question.line(), braces, missingWord);
		GiftQuestion typed = typed(stem, answers);
		return typed == null ? null : new LaidOut(typed, question, braces, answerStarts(typed, answers));
	}

	/** The pieces the type's reader made its answers of; a reader drops a piece only with an error. */
	private static List<Span> answerStarts(GiftQuestion question, Span answers) {
		List<Span> pieces = switch (question) {
			case MultipleChoice _ -> Pieces.split(answers, "~=");
			case ShortAnswer _ -> Pieces.split(answers, "=");
			case Numerical _ -> numericalPieces(answers);
			default -> List.of();
		};
		int count = switch (question) {
			case MultipleChoice choice -> choice.choices().size();
			case ShortAnswer shortAnswer -> shortAnswer.answers().size();
			case Numerical numerical -> numerical.answers().size();
			default -> 0;
		};
		return pieces.size() == count ? pieces.stream().map(Span::trim).toList() : List.of();
	}

	/** As {@link NumericalReader} cuts them: after the '#', before any '~', without a '*' (any other answer). */
	private static List<Span> numericalPieces(Span answers) {
		Span rest = answers.from(answers.start() + 1);
		int tilde = rest.indexOf("~");
		Span numbers = tilde >= 0 ? rest.to(tilde) : rest;
		return Pieces.split(numbers, "=").stream().filter(piece -> !isAnyAnswer(piece)).toList();
	}

	/** Read again with the reader's own steps; the problems were reported on the first reading. */
	private static boolean isAnyAnswer(Span piece) {
		Problems ignored = new Problems("");
		Span rest = Weights.read(Pieces.afterMarker(piece, "="), ignored).rest();
		return Texts.splitFeedback(rest, TextFormat.PLAIN, ignored).text().equals("*");
	}

	private GiftQuestion typed(Stem stem, Span answers) {
		String raw = answers.raw();
		if (raw.isEmpty()) {
			problems.error(stem.braces(), "essay questions ({}) are not supported");
			return null;
		}
		if (CLOZE.matcher(raw).find()) {
			problems.error(stem.braces(), "embedded (cloze) answers like {1:MC:...} are not supported");
			return null;
		}
		if (raw.startsWith("#")) {
			return NumericalReader.read(stem, answers, problems);
		}
		if (raw.contains("~")) {
			return ChoiceReader.read(stem, answers, problems);
		}
		if (raw.contains("=") && raw.contains("->")) {
			return MatchingReader.read(stem, answers, problems);
		}
		if (TrueFalseReader.isTrueFalse(answers)) {
			return TrueFalseReader.read(stem, answers, problems);
		}
		return ShortAnswerReader.read(stem, answers, problems);
	}

	/** Moodle takes the first '{' and the first '}'; anything else brace-like would be silently misread. */
	private boolean bracesBalanced(Span text, int open, int close) {
		Span block = text.block().all();
		if (close < 0) {
			problems.error(block.from(open), "missing '}': the answer block opened here is not closed");
			return false;
		}
		if (open < 0 || close < open) {
			problems.error(block.from(close), "'}' without an opening '{' (write \\} for a literal brace)");
			return false;
		}
		int nested = text.indexOf("{", open + 1);
		if (nested >= 0 && nested < close) {
			problems.error(block.from(nested), "'{' inside an answer block: close the block with '}' first, "
					+ "or write \\{ for a literal brace");
			return false;
		}
		int nextOpen = text.indexOf("{", close + 1);
		int nextClose = text.indexOf("}", close + 1);
		if (nextClose >= 0 && (nextOpen < 0 || nextClose < nextOpen)) {
			problems.error(block.from(nextClose), "'}' without an opening '{' (write \\} for a literal brace)");
			return false;
		}
		if (nextOpen >= 0) {
			problems.error(block.from(nextOpen), "a second answer block: separate questions with a blank line, "
					+ "or write \\{ and \\} for literal braces");
			return false;
		}
		return true;
	}
}
