package org.htmacademy.seattime.ui;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.MovableClock;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.QuizStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** What the learner sees of the minimum seat time, and the lesson page reporting its time, without a browser. */
@HtmSpringTest
@Import({ SignIn.class, MovableClock.Configuration.class })
@ViewPackages(packages = "org.htmacademy")
class SeatTimeViewsTest extends SpringBrowserlessTest {

	@TempDir
	Path tree;

	@Autowired
	SignIn signIn;

	@Autowired
	AccountService accounts;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	LearningService learning;

	@Autowired
	QuizService quizzes;

	@Autowired
	MovableClock clock;

	String courseId;

	@BeforeEach
	void aLearnerEnrolledInACourseWithTheDefaultMinimum() {
		courseId = new CourseFolders(tree).addCourseWithDefaultSeatTime("seat-view");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		assertThat(out.toString()).contains("PUBLISHED");
		String email = "seat-view-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", "Seat Viewer");
		signIn.as(email);
		learning.enrol(courseId);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_course_page_says_how_much_reading_time_is_left_before_the_final_exam_opens() {
		UI.getCurrent().navigate("courses/" + courseId);

		assertThat(seatTimeLine()).isEqualTo("15 minutes of reading time left before the final exam opens (the course "
				+ "asks for 15 minutes of active study; you have 0).");
	}

	@Test
	void the_final_exams_start_button_is_disabled_with_the_minutes_left() {
		UI.getCurrent().navigate("quizzes/" + finalExam().quizId());

		assertThat(find(Button.class).withId("start-attempt").single().isEnabled()).isFalse();
		assertThat(find(Paragraph.class).withId("cannot-start").single().getText())
			.startsWith("15 minutes of reading time left before the final exam opens.");
	}

	@Test
	void time_reported_from_the_lesson_page_counts_and_the_course_page_shows_less_left() {
		UI.getCurrent().navigate("courses/" + courseId + "/lessons/leakage-current");
		ActiveTimeTracker tracker = find(ActiveTimeTracker.class).single();

		clock.advance(Duration.ofMinutes(4));
		tracker.report(9 * 60);
		assertThat(tracker.creditedSeconds()).as("no more than the 4 minutes that passed").isEqualTo(240);

		UI.getCurrent().navigate("courses/" + courseId);
		assertThat(seatTimeLine()).startsWith("11 minutes of reading time left before the final exam opens");
	}

	@Test
	void once_the_minimum_is_met_the_final_exam_can_start() {
		UI.getCurrent().navigate("courses/" + courseId + "/lessons/leakage-current");
		clock.advance(Duration.ofMinutes(15));
		find(ActiveTimeTracker.class).single().report(15 * 60);

		UI.getCurrent().navigate("courses/" + courseId);
		assertThat(seatTimeLine()).isEqualTo("Active study time: 15 minutes (the course asks for 15).");
		UI.getCurrent().navigate("quizzes/" + finalExam().quizId());
		Button start = find(Button.class).withId("start-attempt").single();
		assertThat(start.isEnabled()).isTrue();
		test(start).click();
		assertThat(UI.getCurrent().getActiveViewLocation().getPath()).startsWith("attempts/");
		assertThat(find(ActiveTimeTracker.class).all()).as("the attempt page records its time too").hasSize(1);
	}

	private String seatTimeLine() {
		return find(Paragraph.class).withId("seat-time").single().getText();
	}

	private QuizStatus finalExam() {
		return quizzes.quizzesOf(courseId).stream().filter(QuizStatus::finalExam).findFirst().orElseThrow();
	}

}
