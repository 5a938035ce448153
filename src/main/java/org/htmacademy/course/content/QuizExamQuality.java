package org.htmacademy.course.content;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.htmacademy.course.gift.ExamCheck;

/**
 * The exam-quality figures of one quiz file.
 *
 * @param file relative to the course folder with "/" separators
 * @param singleAnswer its single-answer multiple-choice questions
 * @param keyLongest those whose key is strictly the longest option
 * @param warnings the exam-quality warnings in the file, by check
 */
public record QuizExamQuality(String file, int singleAnswer, int keyLongest, Map<ExamCheck, Integer> warnings) {

	public QuizExamQuality {
		Objects.requireNonNull(file, "file");
		warnings = ExamShares.copy(warnings);
	}

	public int warningCount() {
		return warnings.values().stream().mapToInt(Integer::intValue).sum();
	}

	QuizExamQuality withWarning(ExamCheck check) {
		Map<ExamCheck, Integer> more = new EnumMap<>(ExamCheck.class);
		more.putAll(warnings);
		more.merge(check, 1, Integer::sum);
		return new QuizExamQuality(file, singleAnswer, keyLongest, more);
	}

	/**
	 * E.g. "quizzes/module-1.gift: 3 of 12 single-answer questions keyed on the longest option (25 %); no
	 * exam-quality warnings".
	 */
	public String summary() {
		return file + ": " + figures();
	}

	/** The summary without the file name. */
	public String figures() {
		return ExamShares.keyLongest(keyLongest, singleAnswer) + "; " + ExamShares.warnings(warnings);
	}

}
