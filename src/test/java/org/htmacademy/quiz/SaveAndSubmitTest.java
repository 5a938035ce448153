package org.htmacademy.quiz;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.security.SignedInUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.htmacademy.jooq.Tables.ATTEMPT_SLOT;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;

/**
 * The write path the quiz page uses most, on the real database: each answer is committed when saveAnswer returns,
 * a submission records once however often it arrives, and the results it returns are those read back later.
 */
@HtmSpringTest
@Import(SignIn.class)
class SaveAndSubmitTest {

	@TempDir
	Path tree;

	@Autowired
	QuizService quizzes;

	@Autowired
	LearningService learning;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	SecurityContextHolderStrategy securityContext;

	@Autowired
	DSLContext dsl;

	long quizId;

	AttemptSheet sheet;

	@BeforeEach
	void aLearnerInTheFinalExam() {
		String courseId = BenchmarkExam.writeCourse(tree);
		ByteArrayOutputStream report = new ByteArrayOutputStream();
		assertThat(importer.run(tree, new PrintStream(report, true))).as(report.toString()).isZero();
		String email = "saver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", "Saver Learner");
		signIn.as(email);
		learning.enrol(courseId);
		quizId = quizzes.quizzesOf(courseId).stream().filter(QuizStatus::finalExam).findFirst().orElseThrow().quizId();
		sheet = quizzes.startOrResume(quizId);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_answer_is_committed_when_save_returns() {
		SheetQuestion first = sheet.questions().getFirst();

		quizzes.saveAnswer(sheet.code(), first.slot(), BenchmarkExam.answer(first, true));

		// the test runs outside any transaction, so this reads what other connections see
		assertThat(dsl.select(ATTEMPT_SLOT.RESPONSE, ATTEMPT_SLOT.ANSWERED_AT)
			.from(ATTEMPT_SLOT)
			.join(QUIZ_ATTEMPT)
			.on(QUIZ_ATTEMPT.ID.eq(ATTEMPT_SLOT.ATTEMPT_ID))
			.where(QUIZ_ATTEMPT.PUBLIC_CODE.eq(sheet.code()).and(ATTEMPT_SLOT.SLOT.eq(first.slot())))
			.fetchSingle()
			.intoList()).doesNotContainNull();
		assertThat(quizzes.resume(sheet.code()).questions().getFirst().answer())
			.isEqualTo(BenchmarkExam.answer(first, true));
	}

	@Test
	void submitting_twice_at_once_records_one_finish_and_both_see_the_same_result() throws Exception {
		answerAll(3);
		SecurityContext me = securityContext.getContext();
		CountDownLatch go = new CountDownLatch(1);
		List<Future<AttemptResult>> submissions = new ArrayList<>();
		try (var threads = Executors.newFixedThreadPool(2)) {
			for (int i = 0; i < 2; i++) {
				submissions.add(threads.submit(asMe(me, () -> {
					go.await();
					return quizzes.submit(sheet.code());
				})));
			}
			go.countDown();
		}
		AttemptResult first = submissions.get(0).get();
		AttemptResult second = submissions.get(1).get();

		assertThat(first).isEqualTo(second).isEqualTo(quizzes.result(sheet.code()));
		assertThat(first.score()).isEqualByComparingTo("85");
		assertThat(first.answeredCount()).isEqualTo(BenchmarkExam.DRAWN);
		assertThat(first.questions()).hasSize(BenchmarkExam.DRAWN);
		assertThat(dsl.select(QUIZ_GRADE.FINISHED_ATTEMPTS, QUIZ_GRADE.GRADE)
			.from(QUIZ_GRADE)
			.where(QUIZ_GRADE.QUIZ_ID.eq(quizId).and(QUIZ_GRADE.USER_ID.eq(me())))
			.fetchSingle()
			.intoList()).containsExactly(1, new BigDecimal("85.00000"));
		assertThat(dsl.fetchCount(ATTEMPT_SLOT.join(QUIZ_ATTEMPT).on(QUIZ_ATTEMPT.ID.eq(ATTEMPT_SLOT.ATTEMPT_ID)),
				QUIZ_ATTEMPT.PUBLIC_CODE.eq(sheet.code()).and(ATTEMPT_SLOT.FRACTION.isNotNull()))).as("slots scored")
			.isEqualTo(BenchmarkExam.DRAWN);
	}

	@Test
	void an_answer_after_submission_is_refused_and_not_stored() {
		answerAll(0);
		quizzes.submit(sheet.code());
		SheetQuestion first = sheet.questions().getFirst();

		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), first.slot(), BenchmarkExam.answer(first, false)))
			.isInstanceOf(AttemptClosedException.class);
		assertThat(quizzes.result(sheet.code()).score()).isEqualByComparingTo("100");
	}

	@Test
	void another_learner_cannot_answer_in_this_attempt_even_after_it_was_answered_in() {
		SheetQuestion first = sheet.questions().getFirst();
		quizzes.saveAnswer(sheet.code(), first.slot(), BenchmarkExam.answer(first, true));
		String someoneElse = "other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(someoneElse, "check the ground pin", "Other Learner");
		signIn.as(someoneElse);

		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), first.slot(), BenchmarkExam.answer(first, false)))
			.isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), 99, Response.EMPTY))
			.isInstanceOf(AttemptNotFoundException.class);
	}

	@Test
	void an_answer_to_a_question_the_attempt_does_not_have_is_refused() {
		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), BenchmarkExam.DRAWN + 1, Response.EMPTY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no question " + (BenchmarkExam.DRAWN + 1));
	}

	private void answerAll(int wrong) {
		for (int k = 0; k < sheet.questions().size(); k++) {
			SheetQuestion question = sheet.questions().get(k);
			quizzes.saveAnswer(sheet.code(), question.slot(), BenchmarkExam.answer(question, k >= wrong));
		}
	}

	private long me() {
		return ((SignedInUser) securityContext.getContext().getAuthentication().getPrincipal())
			.userId();
	}

	private <T> Callable<T> asMe(SecurityContext context, Callable<T> call) {
		return () -> {
			securityContext.setContext(context);
			SecurityContextHolder.setContext(context);
			try {
				return call.call();
			}
			finally {
				securityContext.clearContext();
				SecurityContextHolder.clearContext();
			}
		};
	}

}
