package org.htmacademy.quiz;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
class AttemptSubmissionTest extends QuizServiceTestBase {

	@Autowired
	DataSource dataSource;

	@Test
	void submitting_twice_at_the_same_moment_records_one_submission() throws Exception {
		long quizId = moduleQuiz().quizId();
		AttemptSheet sheet = quizzes.startOrResume(quizId);
		sheet.questions().forEach(q -> quizzes.saveAnswer(sheet.code(), q.slot(), QuizAnswers.right(q)));
		CountDownLatch ready = new CountDownLatch(2);
		try (ExecutorService tabs = Executors.newFixedThreadPool(2)) {
			List<Future<AttemptResult>> submissions = List.of(tabs.submit(() -> submitAsLearner(sheet, ready)),
					tabs.submit(() -> submitAsLearner(sheet, ready)));
			AttemptResult one = submissions.get(0).get();
			AttemptResult other = submissions.get(1).get();
			assertThat(one.finishedAt()).isEqualTo(other.finishedAt());
			assertThat(one.score()).isEqualByComparingTo("100");
		}
		quizzes.submit(sheet.code());

		JdbcTemplate sql = new JdbcTemplate(dataSource);
		assertThat(sql.queryForObject(
				"SELECT finished_attempts FROM quiz_grade WHERE quiz_id = ? AND user_id = (SELECT user_id FROM quiz_attempt WHERE public_code = ?)",
				Integer.class, quizId, sheet.code()))
			.isEqualTo(1);
		assertThat(quizzes.overview(quizId).attempts()).hasSize(1);
	}

	private AttemptResult submitAsLearner(AttemptSheet sheet, CountDownLatch ready) throws InterruptedException {
		signIn.as(learner);
		ready.countDown();
		ready.await();
		try {
			return quizzes.submit(sheet.code());
		}
		finally {
			signIn.out();
		}
	}

	@Test
	void no_attempt_starts_once_every_attempt_allowed_is_used() {
		long quizId = finalExam().quizId();
		for (int i = 0; i < 3; i++) {
			submitEmpty(quizId);
		}

		assertThatThrownBy(() -> quizzes.startOrResume(quizId)).isInstanceOf(QuizUnavailableException.class)
			.hasMessage("You have used all 3 attempts allowed for this quiz.");
		QuizOverview overview = quizzes.overview(quizId);
		assertThat(overview.attempts()).extracting(AttemptSummary::number).containsExactly(1, 2, 3);
		assertThat(overview.cannotStartReason()).isPresent();
	}

	@Test
	void the_quiz_grade_follows_the_highest_attempt_by_default_and_passing_is_against_the_pass_mark() {
		long quizId = finalExam().quizId();
		submitEmpty(quizId);
		assertThat(finalExam().passed()).isFalse();
		answerAllRightAndSubmit(quizId);
		AttemptResult last = submitEmpty(quizId);

		assertThat(last.quizGrade()).hasValueSatisfying(grade -> assertThat(grade).isEqualByComparingTo("100"));
		assertThat(last.quizPassed()).isTrue();
		assertThat(last.passed()).isFalse();
		assertThat(finalExam().passed()).isTrue();
	}

}
