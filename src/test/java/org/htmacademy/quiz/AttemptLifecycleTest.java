package org.htmacademy.quiz;

import java.util.List;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.quiz.PresentedQuestion.InputKind;
import org.htmacademy.quiz.Response.TextResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
class AttemptLifecycleTest extends QuizServiceTestBase {

	@Test
	void starting_again_resumes_the_same_attempt_with_the_same_questions_order_choices_and_answers() {
		long quizId = finalExam().quizId();
		AttemptSheet first = quizzes.startOrResume(quizId);
		assertThat(first.questions()).hasSize(5);
		SheetQuestion question = first.questions().get(2);
		quizzes.saveAnswer(first.code(), question.slot(), QuizAnswers.right(question));
		quizzes.moveTo(first.code(), 3);

		AttemptSheet again = quizzes.startOrResume(quizId);
		AttemptSheet resumed = quizzes.resume(first.code());

		assertThat(again.code()).isEqualTo(first.code());
		assertThat(resumed.questions()).extracting(SheetQuestion::textHtml, SheetQuestion::choicesHtml,
				SheetQuestion::itemsHtml, SheetQuestion::answerOptions)
			.containsExactlyElementsOf(first.questions().stream()
				.map(q -> org.assertj.core.groups.Tuple.tuple(q.textHtml(), q.choicesHtml(), q.itemsHtml(),
						q.answerOptions()))
				.toList());
		assertThat(resumed.questions().get(2).answer()).isEqualTo(QuizAnswers.right(question));
		assertThat(resumed.currentSlot()).isEqualTo(3);
		assertThat(resumed.unanswered()).isEqualTo(4);
		assertThat(quizzes.overview(quizId).attempts()).hasSize(1);
	}

	@Test
	void an_answer_replaces_the_earlier_one_and_an_empty_answer_clears_it() {
		AttemptSheet sheet = quizzes.startOrResume(moduleQuiz().quizId());
		SheetQuestion text = sheet.questions().stream().filter(q -> q.kind() == InputKind.SHORT_TEXT).findFirst()
			.orElseThrow();
		quizzes.saveAnswer(sheet.code(), text.slot(), new TextResponse("volts"));
		quizzes.saveAnswer(sheet.code(), text.slot(), new TextResponse("microamps"));
		assertThat(answerOf(quizzes.resume(sheet.code()), text.slot())).isEqualTo(new TextResponse("microamps"));

		quizzes.saveAnswer(sheet.code(), text.slot(), Response.EMPTY);
		assertThat(answerOf(quizzes.resume(sheet.code()), text.slot())).isEqualTo(Response.EMPTY);
	}

	@Test
	void every_question_answered_right_scores_100_and_passes_the_module_quiz() {
		AttemptResult result = answerAllRightAndSubmit(moduleQuiz().quizId());

		assertThat(result.questions()).allSatisfy(q -> assertThat(q.outcome()).as(q.textHtml() + " " + q.yourAnswerHtml()).isEqualTo(Outcome.CORRECT));
		assertThat(result.score()).isEqualByComparingTo("100");
		assertThat(result.passed()).isTrue();
		assertThat(result.finishedBy()).isEqualTo(FinishedBy.LEARNER);
		assertThat(result.answeredCount()).isEqualTo(result.questionCount());
		assertThat(result.quizGrade()).hasValueSatisfying(grade -> assertThat(grade).isEqualByComparingTo("100"));
		assertThat(moduleQuiz().passed()).isTrue();
	}

	@Test
	void correct_answers_policy_shows_the_right_answer_and_the_feedback_for_what_was_chosen() {
		AttemptSheet sheet = quizzes.startOrResume(moduleQuiz().quizId());
		SheetQuestion basis = sheet.questions().stream()
			.filter(q -> q.textHtml().startsWith("Why is leakage current limited"))
			.findFirst()
			.orElseThrow();
		quizzes.saveAnswer(sheet.code(), basis.slot(), QuizAnswers.wrong(basis));

		ReviewedQuestion reviewed = quizzes.submit(sheet.code()).questions().stream()
			.filter(q -> q.slot() == basis.slot())
			.findFirst()
			.orElseThrow();

		assertThat(reviewed.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(reviewed.yourAnswerHtml()).hasSize(1);
		assertThat(reviewed.rightAnswerHtml())
			.containsExactly("Current through the patient can cause harm even at levels the patient cannot feel.");
		assertThat(reviewed.feedback()).singleElement().asString().startsWith("No:");
		assertThat(reviewed.generalFeedback()).isEqualTo("Leakage limits exist to protect the patient.");
	}

	@Test
	void an_answer_that_does_not_fit_the_question_is_refused() {
		AttemptSheet sheet = quizzes.startOrResume(moduleQuiz().quizId());
		SheetQuestion choice = sheet.questions().stream().filter(q -> q.kind() == InputKind.SINGLE_CHOICE).findFirst()
			.orElseThrow();

		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), choice.slot(), new TextResponse("ohm")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), choice.slot(),
				new Response.ChoiceResponse(List.of(choice.choicesHtml().size()))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no choice");
		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), 99, new TextResponse("ohm")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no question 99");
	}

	@Test
	void a_submitted_attempt_takes_no_more_answers() {
		AttemptSheet sheet = quizzes.startOrResume(moduleQuiz().quizId());
		quizzes.submit(sheet.code());
		SheetQuestion question = sheet.questions().getFirst();

		assertThatThrownBy(() -> quizzes.saveAnswer(sheet.code(), question.slot(), QuizAnswers.right(question)))
			.isInstanceOf(AttemptClosedException.class)
			.hasMessageContaining("already submitted");
		assertThatThrownBy(() -> quizzes.resume(sheet.code())).isInstanceOf(AttemptClosedException.class);
		assertThat(quizzes.result(sheet.code()).answeredCount()).isZero();
	}

	@Test
	void a_learner_not_enrolled_in_the_course_cannot_start_its_quiz() {
		long quizId = finalExam().quizId();
		signIn.as(register("visitor"));

		assertThatThrownBy(() -> quizzes.startOrResume(quizId)).isInstanceOf(QuizUnavailableException.class)
			.hasMessageContaining("Enrol");
		assertThat(quizzes.quizzesOf(courseId)).isEmpty();
	}

	static Response answerOf(AttemptSheet sheet, int slot) {
		return sheet.questions().stream().filter(q -> q.slot() == slot).findFirst().orElseThrow().answer();
	}

}
