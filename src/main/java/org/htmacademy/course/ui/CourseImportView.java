package org.htmacademy.course.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.course.CourseImportResult;
import org.htmacademy.course.CourseImportService;
import org.htmacademy.course.ImportReport;
import org.htmacademy.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Administrators re-import the course folder and read what happened to each course. The import runs off the UI
 * thread; the page polls for its progress while it runs, so no push connection is needed.
 */
@Route("admin/courses")
@PageTitle("Course import — HTM Academy")
@Menu(title = "Course import", order = 110, icon = "vaadin:upload")
@RolesAllowed(Role.ADMIN_NAME)
class CourseImportView extends Main {

	private static final Logger log = LoggerFactory.getLogger(CourseImportView.class);

	static final int POLL_MILLIS = 500;

	final Button reimport = new Button("Re-import courses", VaadinIcon.UPLOAD.create());

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	final CourseReportGrid report = new CourseReportGrid();

	final Paragraph summary = new Paragraph();

	/** Where imports run; tests may hold a task back to look at the page while it runs. */
	Executor background = task -> Thread.ofVirtual().name("course-import").start(task);

	/** The import started last, done once it has queued all its updates to the page. */
	CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

	private final CourseImportService imports;

	private final SecurityContextHolderStrategy securityContext;

	CourseImportView(CourseImportService imports, SecurityContextHolderStrategy securityContext) {
		this.imports = imports;
		this.securityContext = securityContext;
		addClassName("page");
		Paragraph folder = new Paragraph("Courses are read from " + imports.coursesDirectory()
				+ ". Changed courses are published as a new version; a course with an error is not imported and "
				+ "its current version stays live.");
		reimport.addThemeVariants(ButtonVariant.PRIMARY);
		reimport.addClickListener(e -> start());
		reimport.setDisableOnClick(true);
		progress.setVisible(false);
		progressText.setId("import-progress-text");
		summary.setId("import-summary");
		Div progressRow = new Div(progress, progressText);
		progressRow.addClassName("import-progress");
		add(new H1("Course import"), folder, reimport, progressRow, summary, report);
	}

	private void start() {
		UI ui = UI.getCurrent();
		reimport.setEnabled(false);
		report.clear();
		summary.setText("");
		progress.setVisible(true);
		progress.setIndeterminate(true);
		progressText.setText("Reading the course files…");
		ui.setPollInterval(POLL_MILLIS);
		Runnable work = () -> {
			try {
				ImportReport result = imports.reimport((done, total, course) -> update(ui,
						() -> courseFinished(done, total, course)));
				update(ui, () -> finished(ui, result));
			}
			catch (IllegalStateException alreadyRunning) {
				update(ui, () -> stopped(ui, alreadyRunning.getMessage()));
			}
			catch (RuntimeException e) {
				log.error("Course import from the administration screen failed", e);
				update(ui, () -> stopped(ui, "The import failed: " + e.getMessage()));
			}
		};
		// the service checks the administrator's role on this other thread too
		var asThisAdministrator = new DelegatingSecurityContextRunnable(work, securityContext.getContext());
		asThisAdministrator.setSecurityContextHolderStrategy(securityContext);
		running = CompletableFuture.runAsync(asThisAdministrator, background);
	}

	private void courseFinished(int done, int total, CourseImportResult course) {
		progress.setIndeterminate(false);
		progress.setValue((double) done / total);
		progressText.setText(done + " of " + total + " courses");
		report.add(course);
	}

	private void finished(UI ui, ImportReport result) {
		int courses = result.courses().size();
		progress.setIndeterminate(false);
		progress.setValue(1);
		progressText.setText(courses + " of " + courses + " courses");
		report.show(result.courses());
		String outsideCourses = result.treeProblems().isEmpty() ? ""
				: " Outside any course: " + String.join("; ", result.treeProblems());
		summary.setText(result.summary() + "." + outsideCourses);
		idle(ui);
	}

	private void stopped(UI ui, String message) {
		progress.setVisible(false);
		progressText.setText("");
		summary.setText(message);
		idle(ui);
	}

	/** On the UI the import started from: the administrator may have moved to another page meanwhile. */
	private void idle(UI ui) {
		reimport.setEnabled(true);
		ui.setPollInterval(-1);
	}

	private static void update(UI ui, Command change) {
		try {
			ui.access(change);
		}
		catch (UIDetachedException e) {
			// the administrator closed the page; the import carries on to the end all the same
		}
	}

}
