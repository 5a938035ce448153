package org.htmacademy.course.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.course.CourseImportResult;
import org.htmacademy.course.CourseImportService;
import org.htmacademy.course.ImportOutcome;
import org.htmacademy.course.content.CourseTreeLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class CourseImportViewTest extends SpringBrowserlessTest {

	static final List<String> FOLDERS = CourseTreeLoader.courseFolders(Path.of("courses"))
		.stream()
		.map(folder -> folder.getFileName().toString())
		.toList();

	static final int COURSES = FOLDERS.size();

	@Autowired
	SignIn signIn;

	@Autowired
	CourseImportService imports;

	@Autowired
	SecurityContextHolderStrategy securityContext;

	@BeforeEach
	void signInAsAdministrator() {
		signIn.as("admin@example.com");
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_administrator_re_imports_and_reads_a_line_per_course() throws Exception {
		CourseImportView view = navigate(CourseImportView.class);
		CountDownLatch go = new CountDownLatch(1);
		view.background = task -> Thread.ofVirtual().start(() -> {
			awaitQuietly(go);
			task.run();
		});

		test(view.reimport).click();

		assertThat(view.reimport.isEnabled()).isFalse();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(CourseImportView.POLL_MILLIS);
		assertThat(view.progress.isVisible()).isTrue();
		assertThat(view.progressText.getText()).isEqualTo("Reading the course files…");

		go.countDown();
		view.running.get(1, TimeUnit.MINUTES);
		nextPoll();

		assertThat(view.summary.getText()).matches("\\d+ published, \\d+ unchanged, 0 rejected in \\d+ ms\\.");
		assertThat(test(view.report).size()).isEqualTo(COURSES);
		for (int row = 0; row < COURSES; row++) {
			CourseImportResult course = test(view.report).getRow(row);
			assertThat(course.courseId()).isEqualTo(FOLDERS.get(row));
			assertThat(course.outcome()).isIn(ImportOutcome.PUBLISHED, ImportOutcome.UNCHANGED);
			assertThat(course.versionNumber()).isPositive();
			assertThat(test(view.report).getCellText(row, 3)).isEqualTo("0");
		}
		assertThat(view.progressText.getText()).isEqualTo(COURSES + " of " + COURSES + " courses");
		assertThat(view.reimport.isEnabled()).isTrue();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
	}

	@Test
	void an_import_already_running_is_reported_and_the_button_comes_back() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread other = otherAdministratorImporting(holding, release);
		holding.await(1, TimeUnit.MINUTES);
		CourseImportView view = navigate(CourseImportView.class);

		test(view.reimport).click();
		view.running.get(1, TimeUnit.MINUTES);
		nextPoll();
		release.countDown();
		other.join();

		assertThat(view.summary.getText()).isEqualTo("An import is already running. Wait for it to finish.");
		assertThat(test(view.report).size()).isZero();
		assertThat(view.reimport.isEnabled()).isTrue();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
	}

	@Test
	void a_rejected_course_lists_each_problem_where_the_validator_prints_it() {
		CourseImportResult rejected = new CourseImportResult("broken-course", "broken-course", ImportOutcome.REJECTED,
				2, List.of("courses/broken-course/course.yml:4:8: error: unknown track 'electrical'"));
		CourseImportView view = navigate(CourseImportView.class);

		view.report.show(List.of(rejected));

		assertThat(view.report.isDetailsVisible(rejected)).isTrue();
		assertThat(test(view.report).getCellText(0, 1)).isEqualTo("Rejected");
		assertThat(test(view.report).getCellText(0, 2)).isEqualTo("v2");
		assertThat(test(view.report).getCellText(0, 3)).isEqualTo("1");
		assertThat(CourseReportGrid.problems(rejected).getElement().getTextRecursively())
			.isEqualTo("courses/broken-course/course.yml:4:8: error: unknown track 'electrical'");
	}

	/**
	 * What the page's next poll request does on the server: the session lock is released and taken again, which runs
	 * the changes the import queued with UI.access.
	 */
	private static void nextPoll() {
		VaadinSession session = VaadinSession.getCurrent();
		session.unlock();
		session.lock();
		roundTrip();
	}

	/** An import by another administrator that holds the importer until released. */
	private Thread otherAdministratorImporting(CountDownLatch holding, CountDownLatch release) {
		var task = new DelegatingSecurityContextRunnable(() -> imports.reimport((done, total, course) -> {
			holding.countDown();
			awaitQuietly(release);
		}), securityContext.getContext());
		task.setSecurityContextHolderStrategy(securityContext);
		return Thread.ofVirtual().start(task);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
