package org.htmacademy.authoring;

import java.util.List;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.TextFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two authors of one draft saving the same file from the same version: the second is told, the first is kept. */
@HtmSpringTest
@Import(SignIn.class)
class ConcurrentEditTest {

	@Autowired
	DraftService drafts;

	@Autowired
	DraftEditing editing;

	@Autowired
	QuizEditing quizzes;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	String first;

	String second;

	long draftId;

	@BeforeEach
	void twoAuthorsOfOneDraft() {
		first = Accounts.instructor(accounts, signIn, "Priya First");
		second = Accounts.instructor(accounts, signIn, "Sam Second");
		signIn.as(first);
		draftId = Drafts.publishableCourse(drafts, editing, Accounts.courseId("shared-draft"));
		drafts.addAuthor(draftId, second);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_second_save_of_a_lesson_from_the_same_version_is_refused_and_the_first_is_kept() {
		LessonDraft seenByFirst = editing.lesson(draftId, "introduction");
		signIn.as(second);
		LessonDraft seenBySecond = editing.lesson(draftId, "introduction");
		assertThat(seenBySecond.version()).isEqualTo(seenByFirst.version());

		signIn.as(first);
		int saved = editing.saveLesson(draftId, seenByFirst.path(), "# Introduction\n\nThe first author's text.\n",
				seenByFirst.version());
		signIn.as(second);

		assertThatThrownBy(() -> editing.saveLesson(draftId, seenBySecond.path(),
				"# Introduction\n\nThe second author's text.\n", seenBySecond.version()))
			.isInstanceOf(DraftConflictException.class)
			.hasMessage("Priya First saved this lesson just now, after you opened it. Your change was not saved and "
					+ "theirs is kept: reload to see it, then make your change again.");
		LessonDraft now = editing.lesson(draftId, "introduction");
		assertThat(now.markdown()).isEqualTo("# Introduction\n\nThe first author's text.\n");
		assertThat(now.version()).isEqualTo(saved);
	}

	@Test
	void the_second_save_of_the_outline_from_the_same_version_is_refused_and_the_first_is_kept() {
		Draft seenByFirst = drafts.open(draftId);
		signIn.as(second);
		Draft seenBySecond = drafts.open(draftId);

		signIn.as(first);
		editing.saveOutline(draftId, retitled(seenByFirst.outline(), "Title by the first author"),
				seenByFirst.outlineVersion());
		signIn.as(second);

		assertThatThrownBy(() -> editing.saveOutline(draftId,
				retitled(seenBySecond.outline(), "Title by the second author"), seenBySecond.outlineVersion()))
			.isInstanceOf(DraftConflictException.class)
			.hasMessageStartingWith("Priya First saved the course outline just now");
		assertThat(drafts.open(draftId).outline().title()).isEqualTo("Title by the first author");
	}

	@Test
	void adding_a_lesson_over_a_newer_outline_adds_nothing() {
		Draft seenBySecond = drafts.open(draftId);
		editing.saveOutline(draftId, retitled(seenBySecond.outline(), "Newer"), seenBySecond.outlineVersion());

		assertThatThrownBy(() -> editing.addLesson(draftId, seenBySecond.outline(), seenBySecond.outlineVersion(), 0,
				"Load testing"))
			.isInstanceOf(DraftConflictException.class);
		assertThat(drafts.open(draftId).files()).doesNotContainKey("lessons/load-testing.md");
	}

	@Test
	void saving_a_lesson_another_author_removed_says_so() {
		LessonDraft seenBySecond = editing.lesson(draftId, "introduction");
		Draft draft = drafts.open(draftId);
		editing.addLesson(draftId, draft.outline(), draft.outlineVersion(), 0, "Second lesson");
		Draft withTwo = drafts.open(draftId);
		var module = withTwo.outline().modules().getFirst();
		editing.saveOutline(draftId, withTwo.outline()
			.withModule(0, module.withLessons(List.of("lessons/second-lesson.md"))), withTwo.outlineVersion());

		signIn.as(second);
		assertThatThrownBy(
				() -> editing.saveLesson(draftId, seenBySecond.path(), "# Mine", seenBySecond.version()))
			.isInstanceOf(DraftConflictException.class)
			.hasMessageContaining("no longer in the draft: another author removed it");
	}

	@Test
	void the_second_save_of_a_quiz_from_the_same_version_is_refused() {
		Draft draft = drafts.open(draftId);
		editing.addQuiz(draftId, draft.outline(), draft.outlineVersion(), 0);
		QuizDraft seenByFirst = quizzes.quiz(draftId, "module-1");
		signIn.as(second);
		QuizDraft seenBySecond = quizzes.quiz(draftId, "module-1");

		signIn.as(first);
		assertThat(quizzes.saveQuestions(draftId, seenByFirst.path(), List.of(question("First's")),
				seenByFirst.version()).saved()).isTrue();
		signIn.as(second);

		assertThatThrownBy(() -> quizzes.saveQuestions(draftId, seenBySecond.path(), List.of(question("Second's")),
				seenBySecond.version()))
			.isInstanceOf(DraftConflictException.class)
			.hasMessageStartingWith("Priya First saved this quiz just now");
		assertThat(quizzes.quiz(draftId, "module-1").questions()).extracting(GiftQuestion::title)
			.containsExactly("First's");
	}

	private static GiftQuestion question(String title) {
		return new GiftQuestion.TrueFalse(title, null, "A battery loses capacity with age.", TextFormat.MOODLE, "", 0,
				true, "", "");
	}

	private static CourseOutline retitled(CourseOutline o, String title) {
		return new CourseOutline(o.id(), title, o.version(), o.track(), o.level(), o.summary(), o.objectives(),
				o.ceHours(), o.certificationAreas(), o.prerequisites(), o.authors(), o.references(), o.lessonsRead(),
				o.finalQuizPassed(), o.certificate(), o.modules(), o.finalQuiz());
	}

}
