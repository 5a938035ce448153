package org.htmacademy.authoring.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.CourseOutline;
import org.htmacademy.authoring.CourseTransfer;
import org.htmacademy.authoring.DraftCheck;
import org.htmacademy.authoring.Draft;
import org.htmacademy.authoring.DraftEditing;
import org.htmacademy.authoring.DraftNotFoundException;
import org.htmacademy.authoring.DraftPaths;
import org.htmacademy.authoring.DraftProblem;
import org.htmacademy.authoring.DraftPublishing;
import org.htmacademy.authoring.DraftService;
import org.htmacademy.authoring.ProblemPlace;
import org.htmacademy.authoring.PublishResult;
import org.htmacademy.security.Role;

/**
 * One draft: the course details, the modules with their lessons and quizzes, the check against the validator and
 * publishing. Outline edits are kept on screen until saved; adding, moving or removing parts saves at once.
 */
@Route("authoring/drafts/:draftId")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class DraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	final H1 title = new H1();

	final Paragraph status = new Paragraph();

	final Button save = new Button("Save changes", VaadinIcon.CHECK.create());

	final Button check = new Button("Check");

	final Button publish = new Button("Publish", VaadinIcon.UPLOAD_ALT.create());

	final Button delete = new Button("Delete draft", VaadinIcon.TRASH.create());

	final Div conflict = new Div();

	final CourseDetailsForm details = new CourseDetailsForm();

	final ModulesEditor modules;

	final ProblemList problems = new ProblemList();

	final AuthorsPanel authors;

	private final DraftService drafts;

	private final DraftEditing editing;

	private final DraftPublishing publishing;

	private final CourseTransfer transfer;

	private final Div downloads = new Div();

	private Draft draft;

	private List<DraftProblem> lastProblems = List.of();

	DraftView(DraftService drafts, DraftEditing editing, DraftPublishing publishing, CourseTransfer transfer) {
		this.drafts = drafts;
		this.editing = editing;
		this.publishing = publishing;
		this.transfer = transfer;
		this.authors = new AuthorsPanel(drafts, this::reload);
		this.modules = new ModulesEditor(new OutlineActions(this, editing));
		addClassNames("page", "draft-page");
		save.setId("save-outline");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.setEnabled(false);
		save.addClickListener(e -> saveOutline());
		check.setId("check-draft");
		check.addClickListener(e -> check());
		publish.setId("publish-draft");
		publish.addThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.PRIMARY);
		publish.addClickListener(e -> confirmPublish());
		delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
		delete.addClickListener(e -> confirm("Delete this draft?", "Every change in it is lost. The published "
				+ "course, if any, stays as it is.", "Delete", this::deleteDraft));
		conflict.addClassName("conflict");
		conflict.setVisible(false);
		details.onChange(this::changed);
		problems.onSelect(this::goTo);
		Div actions = new Div(save, check, publish, downloads, delete);
		actions.addClassName("draft-actions");
		Div crumbs = new Div(new Anchor("authoring", "Course authoring"));
		crumbs.addClassName("breadcrumbs");
		add(crumbs, title, status, actions, conflict, problems, new Section(new H2("Course details"), details),
				new Section(new H2("Modules, lessons and quizzes"), modules), authors);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = event.getRouteParameters().getLong("draftId").orElseThrow(NotFoundException::new);
		try {
			show(drafts.open(id));
		}
		catch (DraftNotFoundException ex) {
			throw new NotFoundException();
		}
	}

	@Override
	public String getPageTitle() {
		return (draft == null ? "Draft" : draft.outline().title()) + " (draft) — HTM Academy";
	}

	void show(Draft shown) {
		draft = shown;
		title.setText(shown.outline().title().isBlank() ? shown.courseId() : shown.outline().title());
		status.setText(statusText(shown));
		status.setClassName("draft-status");
		if (shown.behindLive()) {
			status.addClassName("warning");
		}
		publish.setEnabled(shown.mayPublish());
		publish.setTooltipText(shown.mayPublish() ? null : "Only the course's instructors publish it.");
		downloads.removeAll();
		downloads.add(Downloads.zip("Download ZIP", () -> transfer.exportDraft(shown.id())));
		details.show(shown.outline());
		modules.show(shown, shown.outline());
		authors.show(shown);
		save.setEnabled(false);
		DraftCheck checked = publishing.review(shown.id());
		details.showContentHours(checked.hours());
		if (problems.isVisible()) {
			lastProblems = checked.problems();
			problems.examQuality.show(checked.examQuality());
		}
		showProblems(lastProblems);
	}

	private static String statusText(Draft draft) {
		String base = draft.newCourse() ? "New course " + draft.courseId() + ", not published yet."
				: "Draft of " + draft.courseId() + ", started from version " + draft.baseVersionNumber() + ".";
		if (draft.behindLive()) {
			base += " Version " + draft.liveVersionNumber() + " has been published since: publishing this draft "
					+ "replaces it for new learners.";
		}
		return base;
	}

	/** The outline with everything typed and not yet saved. */
	CourseOutline current() {
		return modules.applyTo(details.applyTo(draft.outline()));
	}

	Draft draft() {
		return draft;
	}

	void changed() {
		save.setEnabled(true);
	}

	void saveOutline() {
		run(() -> show(editing.saveOutline(draft.id(), current(), draft.outlineVersion())));
	}

	/** Runs a save; a conflict or refusal is shown on the page, a draft no longer mine sends me back. */
	void run(Runnable action) {
		try {
			conflict.setVisible(false);
			action.run();
		}
		catch (DraftNotFoundException ex) {
			getUI().ifPresent(ui -> ui.navigate("authoring"));
		}
		catch (AuthoringException ex) {
			showConflict(ex.getMessage());
		}
	}

	private void showConflict(String message) {
		conflict.removeAll();
		Button reload = new Button("Reload the draft", e -> reload());
		reload.addThemeVariants(ButtonVariant.SMALL);
		conflict.add(new Paragraph(message), reload);
		conflict.setVisible(true);
	}

	void reload() {
		run(() -> show(drafts.open(draft.id())));
	}

	void check() {
		if (save.isEnabled()) {
			saveOutline();
		}
		run(() -> {
			problems.setVisible(true);
			DraftCheck checked = publishing.review(draft.id());
			details.showContentHours(checked.hours());
			problems.examQuality.show(checked.examQuality());
			showProblems(checked.problems());
		});
	}

	private void showProblems(List<DraftProblem> found) {
		lastProblems = found;
		if (!problems.isVisible()) {
			return;
		}
		problems.show(found, draft.outline());
		details.showProblems(ProblemList.byField(found));
		modules.showProblems(ProblemList.byField(found), found, draft.outline());
	}

	/** Takes the author to where a problem is: the field, or the lesson or quiz page. */
	private void goTo(DraftProblem problem) {
		switch (problem.place()) {
			case ProblemPlace.CourseField field -> details.focus(field.key());
			case ProblemPlace.Lesson lesson -> leaveFor("authoring/drafts/" + draft.id() + "/lessons/"
					+ DraftPaths.lessonId(lesson.path()));
			case ProblemPlace.Question question -> leaveFor("authoring/drafts/" + draft.id() + "/quizzes/"
					+ DraftPaths.quizId(question.path()));
			case ProblemPlace.File file -> {
				if (file.path().endsWith(".gift")) {
					leaveFor("authoring/drafts/" + draft.id() + "/quizzes/" + DraftPaths.quizId(file.path()));
				}
			}
		}
	}

	private void confirmPublish() {
		if (save.isEnabled()) {
			saveOutline();
		}
		String text = draft.newCourse() ? "The course appears in the catalog for every learner."
				: "Learners who start the course from now on get the new version; learners already in it keep the "
						+ "version they started.";
		confirm("Publish " + draft.outline().title() + "?", text, "Publish", this::publishNow);
	}

	void publishNow() {
		run(() -> {
			PublishResult result = publishing.publish(draft.id());
			switch (result.outcome()) {
				case PUBLISHED -> {
					Words.done("Version " + result.versionNumber() + " of " + draft.courseId() + " is published.");
					getUI().ifPresent(ui -> ui.navigate("courses/" + draft.courseId()));
				}
				case UNCHANGED -> Words.done("Nothing changed since version " + result.versionNumber()
						+ ": nothing was published.");
				case REJECTED -> {
					problems.setVisible(true);
					showProblems(result.problems());
				}
			}
		});
	}

	private void deleteDraft() {
		run(() -> {
			drafts.delete(draft.id());
			getUI().ifPresent(ui -> ui.navigate("authoring"));
		});
	}

	void confirm(String header, String text, String action, Runnable confirmed) {
		ConfirmDialog dialog = new ConfirmDialog(header, text, action, e -> confirmed.run());
		dialog.setCancelable(true);
		dialog.open();
	}

	/** Unsaved outline changes are saved before leaving for a lesson or quiz. */
	void leaveFor(String location) {
		if (save.isEnabled()) {
			saveOutline();
			if (conflict.isVisible()) {
				return;
			}
		}
		getUI().ifPresent(ui -> ui.navigate(location));
	}

}
