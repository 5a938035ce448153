package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.authoring.Accounts;
import org.htmacademy.authoring.Draft;
import org.htmacademy.authoring.DraftEditing;
import org.htmacademy.authoring.DraftService;
import org.htmacademy.authoring.LessonDraft;
import org.htmacademy.authoring.QuizDraft;
import org.htmacademy.authoring.QuizEditing;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;
import org.htmacademy.course.gift.TextFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The draft page and the lesson editor, as an instructor uses them. */
@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class AuthoringViewsTest extends SpringBrowserlessTest {

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

	String instructor;

	@BeforeEach
	void signInAsNewInstructor() {
		instructor = Accounts.instructor(accounts, signIn, "View Author");
		signIn.as(instructor);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_instructor_creates_a_course_and_lands_on_its_draft() {
		AuthoringView authoring = navigate(AuthoringView.class);
		test(authoring.newCourse).click();
		NewCourseDialog dialog = find(NewCourseDialog.class).single();
		test(dialog.title).setValue("Defibrillator Analyzer Basics");
		String courseId = Accounts.courseId("defib-analyzer");
		test(dialog.courseId).setValue(courseId);

		test(dialog.create).click();

		DraftView draft = (DraftView) getCurrentView();
		assertThat(draft.title.getText()).isEqualTo("Defibrillator Analyzer Basics");
		assertThat(draft.status.getText()).isEqualTo("New course " + courseId + ", not published yet.");
		assertThat(draft.modules.titles).extracting(field -> field.getValue()).containsExactly("Module 1");
		UI.getCurrent().navigate("authoring");
		assertThat(((AuthoringView) getCurrentView()).drafts.getElement().getTextRecursively())
			.contains("Defibrillator Analyzer Basics");
	}

	@Test
	void checking_shows_each_validator_message_on_its_field_and_saving_clears_it() {
		DraftView view = openNewDraft();

		test(view.check).click();

		assertThat(view.problems.summary.getText()).startsWith("5 errors");
		assertThat(view.details.summary.isInvalid()).isTrue();
		assertThat(view.details.summary.getErrorMessage()).isEqualTo("summary must not be empty");
		assertThat(view.details.ceHours.getErrorMessage()).isEqualTo("ceHours has no value");
		assertThat(view.details.title.isInvalid()).isFalse();

		test(view.details.summary).setValue("Testing and replacing the batteries of infusion pumps.");
		assertThat(view.save.isEnabled()).isTrue();
		test(view.save).click();

		assertThat(view.details.summary.isInvalid()).isFalse();
		assertThat(view.problems.summary.getText()).startsWith("4 errors");
		assertThat(drafts.open(view.draft().id()).outline().summary())
			.isEqualTo("Testing and replacing the batteries of infusion pumps.");
	}

	@Test
	void the_minimum_seat_time_is_edited_on_the_form_and_checked_against_the_contact_hours() {
		DraftView view = openNewDraft();
		assertThat(view.details.seatMinutes.getValue()).as("the default applies").isNull();
		test(view.details.ceHours).setValue(0.25);
		test(view.details.seatMinutes).setValue(20);
		test(view.save).click();
		test(view.check).click();

		assertThat(view.details.seatMinutes.getErrorMessage()).isEqualTo("completion.minimumSeatMinutes (20) must not "
				+ "be more than the 0.25 contact hours the course claims (15 minutes)");
		assertThat(view.problems.getElement().getTextRecursively()).contains("minimum seat time");

		test(view.details.seatMinutes).setValue(10);
		test(view.save).click();
		test(view.check).click();
		assertThat(view.details.seatMinutes.isInvalid()).isFalse();
		assertThat(drafts.open(view.draft().id()).outline().minimumSeatMinutes()).isEqualTo(10);
	}

	@Test
	void a_filled_in_course_is_published_and_opens_as_learners_see_it() {
		DraftView view = writeIntroduction(openNewDraft(), 2_300);
		test(view.details.summary).setValue("Testing and replacing the batteries of infusion pumps.");
		test(view.details.objectives).setValue("Explain why a battery is tested under load.\nRecord the result.");
		test(view.details.ceHours).setValue(0.25);
		test(view.details.areas).setValue("CBET: Safety; Maintenance");
		test(view.details.references).setValue("The pump manufacturer's service manual");
		test(view.check).click();
		assertThat(view.problems.summary.getText()).isEqualTo("No problems: the course can be published.");

		test(view.publish).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CourseView");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Battery Care",
				"Explain why a battery is tested under load.");
	}

	@Test
	void a_lesson_is_previewed_as_learners_will_see_it_while_it_is_typed() {
		DraftView draft = openNewDraft();
		UI.getCurrent().navigate("authoring/drafts/" + draft.draft().id() + "/lessons/introduction");
		LessonEditorView editor = (LessonEditorView) getCurrentView();

		test(editor.markdown).setValue("""
				# Load testing

				> [!WARNING]
				> Take a swollen battery out of service.

				<script>alert('x')</script>

				## References

				- The service manual
				""");

		String preview = editor.preview.getElement().getOuterHTML();
		assertThat(preview).contains("Load testing", "callout callout-warning", "Take a swollen battery out of service.")
			.doesNotContain("<script", "alert(");
		assertThat(editor.issues.getElement().getTextRecursively()).contains("Line 6").contains("<script>");
		assertThat(editor.heading.getText()).isEqualTo("Lesson: Load testing");

		test(editor.save).click();
		assertThat(editing.lesson(draft.draft().id(), "introduction").markdown()).startsWith("# Load testing");
		assertThat(editor.save.isEnabled()).isFalse();
	}

	@Test
	void an_uploaded_image_is_kept_in_the_draft_linked_and_shown_in_the_preview() {
		DraftView draft = openNewDraft();
		UI.getCurrent().navigate("authoring/drafts/" + draft.draft().id() + "/lessons/introduction");
		LessonEditorView editor = (LessonEditorView) getCurrentView();

		editor.images.receive("Pump Battery.svg", """
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"""
			.getBytes(StandardCharsets.UTF_8));

		assertThat(editor.markdown.getValue()).contains("](../images/pump-battery.svg)")
			.matches("(?s).*pump-battery\\.svg\\)\\s+## References.*");
		assertThat(editor.preview.getElement().getOuterHTML())
			.contains("src=\"/draft-images/" + draft.draft().id() + "/images/pump-battery.svg\"");

		editor.images.receive("evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(editor.images.message.getText()).startsWith("evil.svg cannot be used")
			.contains("<script> is not allowed");
		editor.images.receive("photo.png", "not a png".getBytes(StandardCharsets.UTF_8));
		assertThat(editor.images.message.getText()).isEqualTo("photo.png is not really a .png image.");
		assertThat(drafts.open(draft.draft().id()).images()).containsExactly("images/pump-battery.svg");
	}

	@Test
	void a_lesson_saved_meanwhile_by_a_co_author_is_not_overwritten_and_my_text_stays_on_screen() {
		DraftView draft = openNewDraft();
		long draftId = draft.draft().id();
		String coAuthor = Accounts.instructor(accounts, signIn, "View Co Author");
		signIn.as(instructor);
		drafts.addAuthor(draftId, coAuthor);
		UI.getCurrent().navigate("authoring/drafts/" + draftId + "/lessons/introduction");
		LessonEditorView editor = (LessonEditorView) getCurrentView();

		signIn.as(coAuthor);
		LessonDraft theirs = editing.lesson(draftId, "introduction");
		editing.saveLesson(draftId, theirs.path(), "# Introduction\n\nThe co-author's text.\n", theirs.version());
		signIn.as(instructor);
		test(editor.markdown).setValue("# Introduction\n\nMy text.\n");
		test(editor.save).click();

		assertThat(editor.conflict.isVisible()).isTrue();
		assertThat(editor.conflict.getElement().getTextRecursively())
			.startsWith("View Co Author saved this lesson just now, after you opened it.");
		assertThat(editor.markdown.getValue()).isEqualTo("# Introduction\n\nMy text.\n");
		assertThat(editing.lesson(draftId, "introduction").markdown()).contains("The co-author's text.");
	}

	@Test
	void another_instructor_cannot_open_my_draft_s_pages() {
		DraftView draft = openNewDraft();
		long draftId = draft.draft().id();
		signIn.as(Accounts.instructor(accounts, signIn, "Nosy Instructor"));

		for (String page : List.of("", "/lessons/introduction")) {
			UI.getCurrent().navigate("authoring/drafts/" + draftId + page);
			assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
		}
	}

	@Test
	void hours_the_content_does_not_support_and_a_certificate_without_an_exam_are_reported_in_plain_words_and_not_published() {
		DraftView view = openNewDraft();
		fillIn(view);
		test(view.details.certificate).click();
		test(view.details.ceHours).setValue(0.5);

		assertThat(view.details.supported.getText()).as("live, before any check")
			.isEqualTo("More than the content supports. The content supports up to 0 CE hours: 24 words of lessons "
					+ "(0.1 minutes at 150 words a minute) + 0 quiz questions presented (0 minutes at 1 minute each) = "
					+ "0.1 minutes, rounded down to a quarter hour. A quarter hour of CE credit needs 15 minutes of "
					+ "content: add lessons or quiz questions.");
		test(view.check).click();

		assertThat(view.problems.summary.getText()).startsWith("2 errors");
		assertThat(view.details.ceHours.getErrorMessage()).startsWith("The course claims 0.5 CE hours, more than its "
				+ "content supports: 24 words of lessons (0.1 minutes at 150 words a minute) + 0 quiz questions "
				+ "presented (0 minutes at 1 minute each) = 0.1 minutes, less than a quarter hour.")
			.doesNotContain("ceHours");
		assertThat(view.details.completionProblems.getText()).isEqualTo("A course that issues a CE certificate needs "
				+ "a final exam that learners must pass to complete it: add a final exam and require passing it, or "
				+ "issue no certificate");

		test(view.publish).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(getCurrentView()).isSameAs(view);
		assertThat(view.problems.summary.getText()).startsWith("2 errors");
		assertThat(drafts.open(view.draft().id()).newCourse()).as("still a draft, nothing published").isTrue();
	}

	@Test
	void the_supported_hours_follow_the_content_and_the_typed_hours() {
		DraftView view = writeIntroduction(openNewDraft(), 2_300);

		assertThat(view.details.supported.getText()).isEqualTo("The content supports up to 0.25 CE hours: 2,307 "
				+ "words of lessons (15.3 minutes at 150 words a minute) + 0 quiz questions presented (0 minutes at "
				+ "1 minute each) = 15.3 minutes, rounded down to a quarter hour.");
		test(view.details.ceHours).setValue(0.25);
		assertThat(view.details.supported.hasClassName("field-problem")).isFalse();
		test(view.details.ceHours).setValue(0.5);
		assertThat(view.details.supported.hasClassName("field-problem")).isTrue();
		assertThat(view.details.rule.getText()).contains("150 words a minute", "1 minute per quiz question")
			.doesNotContain("100 words");
	}

	@Test
	void the_check_sums_up_how_often_each_quiz_is_keyed_on_the_longest_option_and_still_allows_publishing() {
		DraftView view = openNewDraft();
		test(view.details.summary).setValue("Testing and replacing the batteries of infusion pumps.");
		test(view.details.objectives).setValue("Explain why a battery is tested under load.");
		test(view.details.ceHours).setValue(0.25);
		test(view.details.areas).setValue("CBET: Safety");
		test(view.details.references).setValue("The pump manufacturer's service manual");
		test(view.save).click();
		long draftId = view.draft().id();
		Draft draft = drafts.open(draftId);
		editing.addQuiz(draftId, draft.outline(), draft.outlineVersion(), 0);
		QuizDraft quiz = quizzes.quiz(draftId, "module-1");
		quizzes.saveQuestions(draftId, quiz.path(), List.of(new MultipleChoice("Giveaway", null,
				"Which charger suits a flooded lead-acid battery?", TextFormat.MOODLE, "", 0,
				List.of(new Choice("Lithium-ion", BigDecimal.ZERO, "No: wrong chemistry."),
						new Choice("A vented charger with a temperature-compensated float", BigDecimal.ONE, "Right."),
						new Choice("NiMH", BigDecimal.ZERO, "No: wrong chemistry.")),
				false, false)), quiz.version());
		// Prose enough for the quarter CE hour claimed, so the quiz's exam-quality warning is the only problem.
		view = writeIntroduction(view, 2_300);

		test(view.check).click();

		assertThat(view.problems.summary.getText()).isEqualTo("0 errors, 1 warning.");
		assertThat(view.problems.items.getElement().getTextRecursively()).contains("Quiz module-1, question 1, "
				+ "answer 2: exam quality: the right answer is the longest option by a clear margin");
		assertThat(view.problems.examQuality.isVisible()).isTrue();
		assertThat(view.problems.examQuality.course.getText()).isEqualTo("Course: 1 of 1 single-answer question "
				+ "keyed on the longest option (100 %), at most 35 % (too high); 1 exam-quality warning: 1 key longest "
				+ "by a clear margin");
		assertThat(view.problems.examQuality.quizzes.getElement().getTextRecursively()).isEqualTo("Quiz module-1: "
				+ "1 of 1 single-answer question keyed on the longest option (100 %); 1 exam-quality warning: 1 key "
				+ "longest by a clear margin");
		assertThat(view.publish.isEnabled()).isTrue();
	}

	/** The introduction with {@code words} more words of prose, saved, and the draft shown again. */
	private DraftView writeIntroduction(DraftView view, int words) {
		long draftId = view.draft().id();
		LessonDraft lesson = editing.lesson(draftId, "introduction");
		editing.saveLesson(draftId, lesson.path(), "# Introduction\n\n" + "Test the battery under load. ".repeat(words / 5)
				+ "\n\n## References\n\n- The pump manufacturer's service manual\n", lesson.version());
		UI.getCurrent().navigate("authoring");
		UI.getCurrent().navigate("authoring/drafts/" + draftId);
		return (DraftView) getCurrentView();
	}

	private void fillIn(DraftView view) {
		test(view.details.summary).setValue("Testing and replacing the batteries of infusion pumps.");
		test(view.details.objectives).setValue("Explain why a battery is tested under load.\nRecord the result.");
		test(view.details.areas).setValue("CBET: Safety; Maintenance");
		test(view.details.references).setValue("The pump manufacturer's service manual");
	}

	private DraftView openNewDraft() {
		long draftId = drafts.createCourse(Accounts.courseId("battery-care"), "Battery Care", Track.NETWORKING,
				Level.INTRODUCTORY);
		UI.getCurrent().navigate("authoring/drafts/" + draftId);
		return (DraftView) getCurrentView();
	}

}
