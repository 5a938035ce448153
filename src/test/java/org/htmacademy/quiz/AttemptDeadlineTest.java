package org.htmacademy.quiz;

import java.time.Duration;

import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The final exam of the fixture has a 20-minute time limit. */
@HtmSpringTest
class AttemptDeadlineTest extends QuizServiceTestBase {

	@Autowired
	OverdueAttempts overdue;

	@Test
	void the_deadline_job_submits_an_abandoned_attempt_at_its_deadline_with_the_answers_saved_before_it() {
		AttemptSheet sheet = quizzes.startOrResume(finalExam().quizId());
		assertThat(sheet.deadline()).hasValue(sheet.startedAt().plus(Duration.ofMinutes(20)));
		SheetQuestion first = sheet.questions().get(0);
		SheetQuestion second = sheet.questions().get(1);
		quizzes.saveAnswer(sheet.code(), first.slot(), QuizAnswers.right(first));
		quizzes.saveAnswer(sheet.code(), second.slot(), QuizAnswers.right(second));
		signIn.out();

		later(Duration.ofMinutes(19));
		overdue.closeOverdue();
		signIn.as(learner);
		assertThat(quizzes.overview(finalExam().quizId()).attemptInProgress()).hasValue(sheet.code());
		signIn.out();

		later(Duration.ofMinutes(3));
		assertThat(overdue.closeOverdue()).isPositive();

		signIn.as(learner);
		AttemptResult result = quizzes.result(sheet.code());
		assertThat(result.finishedBy()).isEqualTo(FinishedBy.DEADLINE);
		assertThat(result.finishedAt()).isEqualTo(sheet.deadline().orElseThrow());
		assertThat(result.answeredCount()).isEqualTo(2);
		assertThat(result.score()).isEqualByComparingTo("40");
	}

	@Test
	void an_answer_arriving_at_or_after_the_deadline_is_refused_with_a_clear_message_and_not_stored() {
		AttemptSheet sheet = quizzes.startOrResume(finalExam().quizId());
		SheetQuestion first = sheet.questions().get(0);
		SheetQuestion second = sheet.questions().get(1);
		quizzes.saveAnswer(sheet.code(), first.slot(), QuizAnswers.right(first));

		later(Duration.ofMinutes(20));

		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), second.slot(), QuizAnswers.right(second)))
			.isInstanceOf(AttemptClosedException.class)
			.hasMessageContaining("Time is up")
			.hasMessageContaining("was not saved");
		AttemptResult result = quizzes.result(sheet.code());
		assertThat(result.answeredCount()).isEqualTo(1);
		assertThat(result.finishedBy()).isEqualTo(FinishedBy.DEADLINE);
		assertThat(result.finishedAt()).isEqualTo(sheet.deadline().orElseThrow());
	}

	@Test
	void opening_an_overdue_attempt_submits_it_and_says_the_time_ran_out() {
		AttemptSheet sheet = quizzes.startOrResume(finalExam().quizId());
		later(Duration.ofMinutes(25));

		assertThatThrownBy(() -> quizzes.resume(sheet.code())).isInstanceOf(AttemptClosedException.class)
			.hasMessageContaining("time limit ended");
		assertThat(quizzes.result(sheet.code()).finishedBy()).isEqualTo(FinishedBy.DEADLINE);
	}

	@Test
	void a_submission_after_the_deadline_counts_as_finished_at_the_deadline() {
		AttemptSheet sheet = quizzes.startOrResume(finalExam().quizId());
		later(Duration.ofMinutes(30));

		AttemptResult result = quizzes.submit(sheet.code());

		assertThat(result.finishedAt()).isEqualTo(sheet.deadline().orElseThrow());
		assertThat(result.finishedBy()).isEqualTo(FinishedBy.DEADLINE);
	}

}
