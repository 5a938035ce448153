package org.htmacademy.course.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.htmacademy.course.gift.ExamCheck;

/**
 * The exam-quality figures of one course, over all its quizzes in course.yml's order. A learner who always picks the
 * longest option should not pass: the shipped courses keep the share of keys that are the longest option at or below
 * {@link #COURSE_LIMIT_PERCENT}.
 *
 * @param course the course folder's name
 */
public record CourseExamQuality(String course, List<QuizExamQuality> quizzes) {

	public static final int COURSE_LIMIT_PERCENT = 35;

	public CourseExamQuality {
		Objects.requireNonNull(course, "course");
		quizzes = List.copyOf(quizzes);
	}

	public int singleAnswer() {
		return quizzes.stream().mapToInt(QuizExamQuality::singleAnswer).sum();
	}

	public int keyLongest() {
		return quizzes.stream().mapToInt(QuizExamQuality::keyLongest).sum();
	}

	/** In percent; 0 without single-answer questions. */
	public double keyLongestPercent() {
		return singleAnswer() == 0 ? 0 : 100.0 * keyLongest() / singleAnswer();
	}

	public boolean withinCourseLimit() {
		return keyLongest() * 100 <= COURSE_LIMIT_PERCENT * singleAnswer();
	}

	public Map<ExamCheck, Integer> warnings() {
		Map<ExamCheck, Integer> all = new EnumMap<>(ExamCheck.class);
		quizzes.forEach(quiz -> quiz.warnings().forEach((check, count) -> all.merge(check, count, Integer::sum)));
		return ExamShares.copy(all);
	}

	public int warningCount() {
		return quizzes.stream().mapToInt(QuizExamQuality::warningCount).sum();
	}

	/** E.g. "course x: 30 of 100 single-answer questions keyed on the longest option (30 %, at most 35 %); ...". */
	public String summary() {
		return "course " + course + ": " + figures();
	}

	/** The summary without the course name. */
	public String figures() {
		return ExamShares.keyLongest(keyLongest(), singleAnswer()) + ", at most "
				+ COURSE_LIMIT_PERCENT + " %" + (withinCourseLimit() ? "" : " (too high)") + "; "
				+ ExamShares.warnings(warnings());
	}

}
