package org.htmacademy.quiz;

import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
class AttemptPrivacyTest extends QuizServiceTestBase {

	@Test
	void another_learner_cannot_read_answer_or_submit_an_attempt_even_knowing_its_code() {
		AttemptSheet mine = quizzes.startOrResume(finalExam().quizId());
		SheetQuestion question = mine.questions().getFirst();
		quizzes.saveAnswer(mine.code(), question.slot(), QuizAnswers.right(question));
		String finished = answerAllRightAndSubmit(moduleQuiz().quizId()).code();

		String other = register("other");
		signIn.as(other);
		learning.enrol(courseId);

		assertThatThrownBy(() -> quizzes.resume(mine.code())).isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> quizzes.saveAnswer(mine.code(), question.slot(), QuizAnswers.wrong(question)))
			.isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> quizzes.submit(mine.code())).isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> quizzes.moveTo(mine.code(), 2)).isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> quizzes.result(finished)).isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> quizzes.result("0123456789abcdefghjkmnpqrs"))
			.isInstanceOf(AttemptNotFoundException.class)
			.hasMessage("There is no such attempt among yours.");
		assertThatThrownBy(() -> quizzes.result("1 OR 1=1")).isInstanceOf(AttemptNotFoundException.class);

		signIn.as(learner);
		org.assertj.core.api.Assertions.assertThat(quizzes.resume(mine.code()).questions().getFirst().answer())
			.isEqualTo(QuizAnswers.right(question));
	}

	@Test
	void nobody_signed_in_reaches_the_service() {
		signIn.out();
		assertThatThrownBy(() -> quizzes.quizzesOf(courseId))
			.isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
	}

}
