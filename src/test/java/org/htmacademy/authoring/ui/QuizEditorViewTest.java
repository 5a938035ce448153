package org.htmacademy.authoring.ui;

import java.math.BigDecimal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.authoring.Accounts;
import org.htmacademy.authoring.Draft;
import org.htmacademy.authoring.DraftEditing;
import org.htmacademy.authoring.DraftService;
import org.htmacademy.authoring.QuizEditing;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;
import org.htmacademy.course.gift.GiftQuestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The quiz page: questions through the form of their type, GIFT pasted in, settings. */
@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class QuizEditorViewTest extends SpringBrowserlessTest {

	@Autowired
	SignIn signIn;

	@Autowired
	AccountService accounts;

	@Autowired
	DraftService drafts;

	@Autowired
	DraftEditing editing;

	@Autowired
	QuizEditing quizzes;

	long draftId;

	QuizEditorView view;

	@BeforeEach
	void aQuizPage() {
		signIn.as(Accounts.instructor(accounts, signIn, "Quiz Page Author"));
		draftId = drafts.createCourse(Accounts.courseId("quiz-page"), "Quiz Page", Track.IMAGING, Level.ADVANCED);
		Draft draft = drafts.open(draftId);
		editing.addQuiz(draftId, draft.outline(), draft.outlineVersion(), 0);
		UI.getCurrent().navigate("authoring/drafts/" + draftId + "/quizzes/module-1");
		view = (QuizEditorView) getCurrentView();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_multiple_choice_question_is_written_in_its_form_and_the_validator_marks_the_field_at_fault() {
		test(view.addQuestion).click();
		QuestionDialog dialog = find(QuestionDialog.class).single();
		ChoiceForm form = (ChoiceForm) dialog.form;
		test(form.title).setValue("Tube current");
		test(form.text).setValue("Which setting sets the tube current?");
		test(form.choices.texts.get(0)).setValue("mA");
		test(form.choices.texts.get(1)).setValue("kVp");

		test(dialog.save).click();

		assertThat(dialog.isOpened()).as("choice 3 is empty").isTrue();
		assertThat(form.choices.texts.get(2).isInvalid()).isTrue();
		assertThat(form.choices.texts.get(2).getErrorMessage()).isEqualTo("empty choice: every choice needs a text");
		assertThat(form.choices.texts.get(0).isInvalid()).isFalse();

		test(form.choices.texts.get(2)).setValue("Exposure time");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(view.questions.getElement().getTextRecursively()).contains("Question 1", "Tube current", "✓ mA",
				"✗ kVp");
		GiftQuestion saved = quizzes.quiz(draftId, "module-1").questions().getFirst();
		assertThat(saved).isInstanceOf(GiftQuestion.MultipleChoice.class);
		assertThat(((GiftQuestion.MultipleChoice) saved).choices().getFirst().fraction())
			.isEqualByComparingTo(BigDecimal.ONE);
	}

	@Test
	void a_numerical_answer_that_is_not_a_number_is_refused_at_its_field() {
		view.newType.setValue(QuestionDialog.Type.NUMERICAL);
		test(view.addQuestion).click();
		QuestionDialog dialog = find(QuestionDialog.class).single();
		NumericalForm form = (NumericalForm) dialog.form;
		test(form.title).setValue("Dose");
		test(form.text).setValue("How many mGy?");
		test(form.values.getFirst()).setValue("twelve");

		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(form.values.getFirst().getErrorMessage()).isEqualTo("Write a number, like 500 or 0.25.");
		test(form.values.getFirst()).setValue("12");
		test(dialog.save).click();
		assertThat(dialog.isOpened()).isFalse();
		assertThat(view.questions.getElement().getTextRecursively()).contains("12 ± 0");
	}

	@Test
	void pasted_gift_with_an_error_says_where_and_adds_nothing_then_adds_when_fixed() {
		test(view.paste).click();
		GiftPasteDialog dialog = find(GiftPasteDialog.class).single();
		test(dialog.gift).setValue("::Grid::An anti-scatter grid improves contrast. {TRUE}\n\n::kV::Broken {=yes ~no");

		test(dialog.add).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.gift.getErrorMessage()).startsWith("line 3, column 14: missing '}'");
		assertThat(quizzes.quiz(draftId, "module-1").questions()).isEmpty();

		test(dialog.gift).setValue("::Grid::An anti-scatter grid improves contrast. {TRUE}");
		test(dialog.add).click();
		assertThat(dialog.isOpened()).isFalse();
		assertThat(view.questions.getElement().getTextRecursively()).contains("Grid", "Answer: true");
	}

	@Test
	void quiz_settings_are_saved_into_the_course_outline() {
		test(view.settings.passMark).setValue(80);
		test(view.settings.draw).setValue(0);
		test(view.saveSettings).click();

		assertThat(drafts.open(draftId).outline().modules().getFirst().quiz().settings().passMark()).isEqualTo(80);
	}

}
