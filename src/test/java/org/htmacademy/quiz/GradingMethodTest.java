package org.htmacademy.quiz;

import java.math.BigDecimal;

import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three attempts at the final exam scoring 0, 100, 0, graded by each method in turn. */
@HtmSpringTest
class GradingMethodTest extends QuizServiceTestBase {

	String method = "highest";

	@Test
	void first_attempt_grading_keeps_the_first_score() {
		assertThat(gradeWith("first")).isEqualByComparingTo("0");
	}

	@Test
	void last_attempt_grading_keeps_the_last_score() {
		assertThat(gradeWith("last")).isEqualByComparingTo("0");
	}

	@Test
	void average_grading_averages_the_finished_attempts() {
		assertThat(gradeWith("average")).isEqualByComparingTo("33.33333");
	}

	@Test
	void highest_grading_keeps_the_best_score() {
		assertThat(gradeWith("highest")).isEqualByComparingTo("100");
	}

	private BigDecimal gradeWith(String grading) {
		String other = register("graded");
		signIn.as(other);
		String id = courses.addCourse("grading-" + grading);
		courses.edit(id, "course.yml", "grading: highest", "grading: " + grading);
		assertThat(runImport()).contains(id);
		learning.enrol(id);
		long quizId = quizzes.quizzesOf(id).stream().filter(QuizStatus::finalExam).findFirst().orElseThrow().quizId();
		submitEmpty(quizId);
		answerAllRightAndSubmit(quizId);
		AttemptResult last = submitEmpty(quizId);
		assertThat(quizzes.overview(quizId).grading().name()).isEqualToIgnoringCase(grading);
		return last.quizGrade().orElseThrow();
	}

}
