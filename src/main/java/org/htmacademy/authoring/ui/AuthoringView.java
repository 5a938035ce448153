package org.htmacademy.authoring.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.CourseTransfer;
import org.htmacademy.authoring.DraftService;
import org.htmacademy.authoring.DraftSummary;
import org.htmacademy.authoring.TaughtCourse;
import org.htmacademy.security.Role;

/** An author's starting point: their drafts, the courses they teach, a new course, a course ZIP to import. */
@Route("authoring")
@PageTitle("Course authoring — HTM Academy")
@Menu(title = "Course authoring", order = 50, icon = "vaadin:edit")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class AuthoringView extends Main {

	final Button newCourse = new Button("New course", VaadinIcon.PLUS.create());

	final Div drafts = new Div();

	final Div courses = new Div();

	final ZipImportPanel zipImport;

	private final DraftService draftService;

	private final CourseTransfer transfer;

	AuthoringView(DraftService draftService, CourseTransfer transfer) {
		this.draftService = draftService;
		this.transfer = transfer;
		addClassNames("page", "authoring-page");
		newCourse.setId("new-course");
		newCourse.addThemeVariants(ButtonVariant.PRIMARY);
		newCourse.addClickListener(e -> new NewCourseDialog(draftService, this::openDraft).open());
		drafts.setId("my-drafts");
		courses.setId("my-courses");
		zipImport = new ZipImportPanel(transfer, this::refresh);
		Div intro = new Div(new Paragraph("Write courses here without git: details, modules, lessons and quizzes. "
				+ "A draft is yours (and your co-authors') until you publish it; learners already in a course keep "
				+ "the version they started."), newCourse);
		intro.addClassName("authoring-intro");
		add(new H1("Course authoring"), intro, new Section(new H2("My drafts"), drafts),
				new Section(new H2("Courses I can edit"), courses), zipImport);
		refresh();
	}

	void refresh() {
		drafts.removeAll();
		List<DraftSummary> mine = draftService.myDrafts();
		if (mine.isEmpty()) {
			drafts.add(new Paragraph("No drafts. Start a new course, or a new version of a course you teach."));
		}
		mine.forEach(draft -> drafts.add(draftRow(draft)));
		courses.removeAll();
		List<TaughtCourse> taught = draftService.myCourses();
		if (taught.isEmpty()) {
			courses.add(new Paragraph("You teach no course yet. Courses you create, and courses an administrator "
					+ "assigns to you, appear here."));
		}
		taught.forEach(course -> courses.add(courseRow(course)));
	}

	private Component draftRow(DraftSummary draft) {
		Anchor open = new Anchor("authoring/drafts/" + draft.id(), draft.title());
		open.addClassName("row-title");
		Span what = new Span(draft.baseVersionNumber() == null ? "New course " + draft.courseId()
				: draft.courseId() + ", from version " + draft.baseVersionNumber());
		Span when = new Span("Saved " + Words.when(draft.updatedAt()));
		Div row = new Div(open, what, when);
		row.addClassNames("card", "authoring-row");
		return row;
	}

	private Component courseRow(TaughtCourse course) {
		Span title = new Span(course.title());
		title.addClassName("row-title");
		Span version = new Span(course.liveVersionNumber() == null ? course.courseId() + ", not published yet"
				: course.courseId() + ", version " + course.liveVersionNumber() + " live");
		Div actions = new Div();
		actions.addClassName("row-actions");
		if (course.myDraftId() != null) {
			actions.add(new Anchor("authoring/drafts/" + course.myDraftId(), "Continue my draft"));
		}
		else if (course.liveVersionNumber() != null) {
			Button edit = new Button("Edit a new version", e -> startDraft(course.courseId()));
			edit.addThemeVariants(ButtonVariant.SMALL);
			actions.add(edit);
		}
		if (course.liveVersionNumber() != null) {
			actions.add(Downloads.zip("Export ZIP", () -> transfer.exportCourse(course.courseId())));
		}
		Div row = new Div(title, version, actions);
		row.addClassNames("card", "authoring-row");
		return row;
	}

	private void startDraft(String courseId) {
		try {
			openDraft(draftService.startDraft(courseId));
		}
		catch (AuthoringException ex) {
			Words.error(ex.getMessage());
		}
	}

	private void openDraft(long draftId) {
		getUI().ifPresent(ui -> ui.navigate("authoring/drafts/" + draftId));
	}

}
