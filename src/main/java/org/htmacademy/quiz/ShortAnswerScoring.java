package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer.Answer;
import org.htmacademy.quiz.Response.TextResponse;

/** qtype_shortanswer_question: the first answer that matches wins (question_first_matching_answer_grading_strategy). */
final class ShortAnswerScoring {

	/** Unescaped runs of '*', as Moodle splits the pattern: {@code (?<!\\)\*+}. */
	private static final Pattern WILDCARDS = Pattern.compile("(?<!\\\\)\\*+");
	/** PHP's trim() strips exactly these, not all Unicode white space. */
	private static final String PHP_TRIMMED = " \t\n\r\0\u000B";

	private ShortAnswerScoring() {
	}

	static ScoredResponse score(ShortAnswer question, TextResponse response) {
		String typed = phpTrim(response.text());
		// is_complete_response: an empty answer is no answer, but "0" is an answer.
		if (typed.isEmpty()) {
			return ScoredResponse.unanswered(question.generalFeedback());
		}
		for (Answer answer : question.answers()) {
			if (matches(typed, answer.text())) {
				return ScoredResponse.graded(answer.fraction(), List.of(answer.feedback()), question.generalFeedback());
			}
		}
		return ScoredResponse.graded(BigDecimal.ZERO, List.of(), question.generalFeedback());
	}

	/** compare_string_with_wildcard with usecase = 0, which Moodle's import gives every GIFT short answer. */
	static boolean matches(String response, String answer) {
		String pattern = Normalizer.normalize(answer, Normalizer.Form.NFC);
		String[] bits = WILDCARDS.split(pattern, -1);
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < bits.length; i++) {
			if (i > 0) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(bits[i].replace("\\*", "*")));
		}
		// UNIX_LINES: in PCRE only \n ends a line, so '.' matches \r and the Unicode separators.
		int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNIX_LINES;
		String string = phpTrim(Normalizer.normalize(response, Normalizer.Form.NFC));
		return Pattern.compile(regex.toString(), flags).matcher(string).matches();
	}

	static String phpTrim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && PHP_TRIMMED.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && PHP_TRIMMED.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(start, end);
	}
}
