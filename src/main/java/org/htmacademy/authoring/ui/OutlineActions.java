package org.htmacademy.authoring.ui;

import java.util.function.UnaryOperator;

import org.htmacademy.authoring.CourseOutline;
import org.htmacademy.authoring.Draft;
import org.htmacademy.authoring.DraftEditing;
import org.htmacademy.authoring.DraftPaths;

/** What the modules editor asks for, done on the draft page: each change is saved at once, with pending edits. */
class OutlineActions implements ModulesEditor.Actions {

	private final DraftView view;

	private final DraftEditing editing;

	OutlineActions(DraftView view, DraftEditing editing) {
		this.view = view;
		this.editing = editing;
	}

	private Draft draft() {
		return view.draft();
	}

	private void apply(UnaryOperator<CourseOutline> change) {
		view.run(() -> view.show(editing.saveOutline(draft().id(), change.apply(view.current()),
				draft().outlineVersion())));
	}

	@Override
	public void changed() {
		view.changed();
	}

	@Override
	public void addModule() {
		apply(OutlineEdits::addModule);
	}

	@Override
	public void moveModule(int module, int by) {
		apply(outline -> OutlineEdits.moveModule(outline, module, by));
	}

	@Override
	public void removeModule(int module) {
		view.confirm("Remove module " + (module + 1) + "?", "Its lessons and quiz are deleted from the draft.",
				"Remove", () -> apply(outline -> OutlineEdits.removeModule(outline, module)));
	}

	@Override
	public void addLesson(int module) {
		new TitleDialog("New lesson", "The lesson's first heading; its file is named after it.", "Add lesson",
				title -> view.run(() -> view.show(editing.addLesson(draft().id(), view.current(),
						draft().outlineVersion(), module, title))))
			.open();
	}

	@Override
	public void moveLesson(int module, int lesson, int by) {
		apply(outline -> OutlineEdits.moveLesson(outline, module, lesson, by));
	}

	@Override
	public void removeLesson(int module, int lesson) {
		view.confirm("Remove this lesson?", "Its text is deleted from the draft.", "Remove",
				() -> apply(outline -> OutlineEdits.removeLesson(outline, module, lesson)));
	}

	@Override
	public void openLesson(String path) {
		view.leaveFor("authoring/drafts/" + draft().id() + "/lessons/" + DraftPaths.lessonId(path));
	}

	/** A final exam becomes a completion rule. */
	@Override
	public void addQuiz(int module) {
		CourseOutline outline = module < 0 ? OutlineEdits.requireFinalExam(view.current()) : view.current();
		view.run(() -> view.show(editing.addQuiz(draft().id(), outline, draft().outlineVersion(), module)));
	}

	@Override
	public void removeQuiz(int module) {
		view.confirm("Remove this quiz?", "Its questions are deleted from the draft.", "Remove",
				() -> apply(outline -> OutlineEdits.removeQuiz(outline, module)));
	}

	@Override
	public void openQuiz(String path) {
		view.leaveFor("authoring/drafts/" + draft().id() + "/quizzes/" + DraftPaths.quizId(path));
	}

}
