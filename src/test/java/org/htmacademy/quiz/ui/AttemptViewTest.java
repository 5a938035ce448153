package org.htmacademy.quiz.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import org.htmacademy.quiz.PresentedQuestion.InputKind;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.ChoiceResponse;
import org.htmacademy.quiz.Response.MatchingResponse;
import org.htmacademy.quiz.Response.NumberResponse;
import org.htmacademy.quiz.Response.TextResponse;
import org.htmacademy.quiz.Response.TrueFalseResponse;
import org.htmacademy.quiz.SheetQuestion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptViewTest extends QuizViewTestBase {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void each_input_kind_saves_the_answer_as_given_and_the_navigator_shows_it() {
		String code = quizzes.startOrResume(enrolledInModuleQuiz("correct-answers")).code();
		AttemptView view = open("attempts/" + code, AttemptView.class);
		assertThat(view.panels).hasSize(6);
		assertThat(view.navigator.buttons.get(0).getAriaLabel().orElseThrow()).contains("Question 1, not answered, current question");

		answer(view, InputKind.SINGLE_CHOICE, panel -> test(((SingleChoiceInput) panel.input).choices).selectItem("1"));
		answer(view, InputKind.MULTIPLE_CHOICE,
				
				// the tester finds check boxes by their label text, which a renderer leaves empty
				panel -> ((MultipleChoiceInput) panel.input).choices.setValue(Set.of(0, 2)));
		answer(view, InputKind.TRUE_FALSE, panel -> test(((TrueFalseInput) panel.input).choices).selectItem("False"));
		answer(view, InputKind.SHORT_TEXT, panel -> test(((TypedInput) panel.input).field).setValue("  Microamps "));
		answer(view, InputKind.NUMBER, panel -> test(((TypedInput) panel.input).field).setValue("1,5"));
		answer(view, InputKind.MATCHING, panel -> {
			MatchingInput matching = (MatchingInput) panel.input;
			test(matching.selects.get(0)).selectItem("MATCHANSTWO");
			test(matching.selects.get(2)).selectItem("MATCHANSONE");
		});

		Map<InputKind, Response> saved = savedAnswers(code);
		assertThat(saved).containsEntry(InputKind.SINGLE_CHOICE, ChoiceResponse.of(1))
			.containsEntry(InputKind.MULTIPLE_CHOICE, ChoiceResponse.of(0, 2))
			.containsEntry(InputKind.TRUE_FALSE, new TrueFalseResponse(false))
			.containsEntry(InputKind.SHORT_TEXT, new TextResponse("  Microamps "))
			.containsEntry(InputKind.NUMBER, new NumberResponse("1,5"))
			.containsEntry(InputKind.MATCHING, new MatchingResponse(Map.of(0, "MATCHANSTWO", 2, "MATCHANSONE")));
		assertThat(view.panels).allSatisfy(panel -> assertThat(panel.status.getText()).isEqualTo("Saved"));
		assertThat(view.navigator.buttons).allSatisfy(button -> assertThat(button.getAriaLabel().orElseThrow()).contains(", answered"));
		assertThat(view.panels.getFirst().status.getElement().getAttribute("aria-live")).isEqualTo("polite");
		assertThat(view.panels).allSatisfy(panel -> assertThat(accessibleNames(panel))
			.allSatisfy(name -> assertThat(name).startsWith("Question " + panel.question.slot() + ": QTEXT")));

		AttemptView resumed = open("attempts/" + code, AttemptView.class);
		assertThat(resumed.panels).extracting(panel -> panel.input.answer())
			.containsExactlyElementsOf(view.panels.stream().map(panel -> panel.input.answer()).toList());
	}

	@Test
	void clearing_an_answer_saves_it_as_unanswered() {
		String code = quizzes.startOrResume(enrolledInModuleQuiz("correct-answers")).code();
		AttemptView view = open("attempts/" + code, AttemptView.class);
		QuestionPanel panel = answer(view, InputKind.SHORT_TEXT,
				p -> test(((TypedInput) p.input).field).setValue("microamps"));

		test(((TypedInput) panel.input).field).setValue("");

		assertThat(savedAnswers(code)).doesNotContainKey(InputKind.SHORT_TEXT).isEmpty();
		assertThat(panel.status.getText()).isEqualTo("Answer cleared");
		assertThat(view.navigator.buttons.get(panel.question.slot() - 1).getAriaLabel().orElseThrow()).contains("not answered");
	}

	@Test
	void next_previous_and_the_navigator_move_between_questions_and_resuming_opens_where_the_learner_was() {
		String code = quizzes.startOrResume(enrolledInModuleQuiz("correct-answers")).code();
		AttemptView view = open("attempts/" + code, AttemptView.class);
		assertThat(view.current()).isEqualTo(1);
		assertThat(view.previous.isEnabled()).isFalse();

		test(view.next).click();
		test(view.next).click();
		assertThat(view.current()).isEqualTo(3);
		test(view.previous).click();
		assertThat(view.current()).isEqualTo(2);
		test(view.navigator.buttons.get(5)).click();
		assertThat(view.current()).isEqualTo(6);
		assertThat(view.next.isEnabled()).isFalse();
		assertThat(view.navigator.buttons.get(5).getElement().getAttribute("aria-current")).isEqualTo("step");
		assertThat(view.getElement().getTextRecursively()).contains("Question 6 of 6");

		AttemptView resumed = open("attempts/" + code, AttemptView.class);
		assertThat(resumed.current()).isEqualTo(6);
		assertThat(quizzes.resume(code).currentSlot()).isEqualTo(6);
	}

	@Test
	void the_confirmation_lists_the_unanswered_questions_and_submitting_shows_the_results() {
		String code = quizzes.startOrResume(enrolledInModuleQuiz("correct-answers")).code();
		AttemptView view = open("attempts/" + code, AttemptView.class);
		int trueFalse = answer(view, InputKind.TRUE_FALSE,
				panel -> test(((TrueFalseInput) panel.input).choices).selectItem("True")).question.slot();

		test(view.submit).click();

		assertThat(view.confirm.isOpened()).isTrue();
		assertThat(view.confirm.summary.getText()).startsWith("You have answered 1 of 6 questions.");
		List<String> listed = view.confirm.unanswered.getChildren()
			.map(item -> item.getElement().getTextRecursively())
			.toList();
		assertThat(listed).hasSize(5).doesNotContain("Question " + trueFalse);

		test(view.confirm.submit).click();

		assertThat(getCurrentView()).isInstanceOf(ResultView.class);
		assertThat(text()).contains("Results: attempt 1", "You answered 1 of 6 questions.", "You submitted this attempt");
		assertThat(view.confirm.submit.isDisableOnClick()).isTrue();
	}

	@Test
	void an_unanswered_question_in_the_confirmation_leads_back_to_it() {
		String code = quizzes.startOrResume(enrolledInModuleQuiz("correct-answers")).code();
		AttemptView view = open("attempts/" + code, AttemptView.class);
		test(view.submit).click();

		Button fourth = (Button) view.confirm.unanswered.getChildren().toList().get(3).getChildren().findFirst()
			.orElseThrow();
		test(fourth).click();

		assertThat(view.confirm.isOpened()).isFalse();
		assertThat(view.current()).isEqualTo(4);
	}

	@Test
	void an_answer_to_an_attempt_submitted_in_another_tab_is_refused_with_the_reason_and_leads_to_the_results() {
		String code = quizzes.startOrResume(enrolledInModuleQuiz("correct-answers")).code();
		AttemptView view = open("attempts/" + code, AttemptView.class);
		quizzes.submit(code);

		answer(view, InputKind.TRUE_FALSE, panel -> test(((TrueFalseInput) panel.input).choices).selectItem("True"));

		assertThat(getCurrentView()).isInstanceOf(ResultView.class);
		assertThat(text()).contains("already submitted, so this answer was not saved");
		assertThat(quizzes.result(code).answeredCount()).isZero();
	}

	@Test
	void when_the_countdown_reaches_zero_the_server_submits_the_attempt_and_the_results_say_the_time_limit_ended_it() {
		String code = quizzes.startOrResume(enrolledInModuleQuiz("your-answers", "timeLimitMinutes: 5")).code();
		AttemptView view = open("attempts/" + code, AttemptView.class);
		assertThat(view.countdown.isAttached()).isTrue();
		assertThat(view.countdown.getElement().getTextRecursively()).contains("Time left", "5:00");

		view.countdown.timeUp();
		assertThat(getCurrentView()).as("the browser's clock ran early: the server keeps the attempt open")
			.isSameAs(view);

		jdbc.update("update quiz_attempt set deadline = ? where public_code = ?",
				Timestamp.from(Instant.now().minusSeconds(2)), code);
		view.countdown.timeUp();

		assertThat(getCurrentView()).isInstanceOf(ResultView.class);
		assertThat(text()).contains("The time limit ended at", "The time limit ended this attempt");
	}

	@Test
	void opening_a_submitted_attempt_goes_to_its_results_and_an_unknown_or_foreign_code_says_no_such_attempt() {
		String code = quizzes.startOrResume(enrolledInModuleQuiz("score-only")).code();
		quizzes.submit(code);

		open("attempts/" + code, ResultView.class);
		assertThat(text()).contains("This attempt was submitted at");

		open("attempts/0123456789abcdefghjkmnpqrs", AttemptView.class);
		String unknown = text();
		signIn.as(newLearner());
		open("attempts/" + code, AttemptView.class);
		assertThat(text()).isEqualTo(unknown).contains("Attempt not found", "There is no such attempt among yours.");
		open("attempts/" + code + "/result", ResultView.class);
		assertThat(text()).isEqualTo(unknown);
		open("attempts/not-even-a-code", AttemptView.class);
		assertThat(text()).isEqualTo(unknown);
	}

	private QuestionPanel answer(AttemptView view, InputKind kind, Consumer<QuestionPanel> answer) {
		QuestionPanel panel = view.panels.stream().filter(p -> p.question.kind() == kind).findFirst().orElseThrow();
		test(view.navigator.buttons.get(panel.question.slot() - 1)).click();
		answer.accept(panel);
		return panel;
	}

	/** The answered questions of the attempt as stored, by input kind (each kind occurs once). */
	private Map<InputKind, Response> savedAnswers(String code) {
		Map<InputKind, Response> answers = new EnumMap<>(InputKind.class);
		quizzes.resume(code).questions().stream().filter(SheetQuestion::answered)
			.forEach(question -> answers.put(question.kind(), question.answer()));
		return answers;
	}

	private static List<String> accessibleNames(QuestionPanel panel) {
		return switch (panel.input) {
			case SingleChoiceInput single -> List.of(single.choices.getAriaLabel().orElseThrow());
			case MultipleChoiceInput multiple -> List.of(multiple.choices.getAriaLabel().orElseThrow());
			case TrueFalseInput trueFalse -> List.of(trueFalse.choices.getAriaLabel().orElseThrow());
			case TypedInput typed -> List.of(typed.field.getAriaLabel().orElseThrow());
			case MatchingInput matching -> matching.selects.stream().map(s -> s.getAriaLabel().orElseThrow()).toList();
			default -> List.of();
		};
	}

}
