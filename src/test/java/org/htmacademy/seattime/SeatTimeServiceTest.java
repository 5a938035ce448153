package org.htmacademy.seattime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.MovableClock;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.certificate.CertificateService;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.AttemptSheet;
import org.htmacademy.quiz.QuizAnswers;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.QuizStatus;
import org.htmacademy.quiz.QuizUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Active time on the real database, with a clock the tests move: the guide's half-hour course asks for its default
 * minimum, 15 minutes.
 */
@HtmSpringTest
@Import({ SignIn.class, MovableClock.Configuration.class })
class SeatTimeServiceTest {

	static final String LESSON = "leakage-current";

	@TempDir
	Path tree;

	@Autowired
	SeatTimeService seatTime;

	@Autowired
	QuizService quizzes;

	@Autowired
	LearningService learning;

	@Autowired
	CertificateService certificates;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	MovableClock clock;

	@Autowired
	DataSource dataSource;

	CourseFolders courses;

	String courseId;

	@BeforeEach
	void aCourseWithTheDefaultMinimumAndAnEnrolledLearner() {
		courses = new CourseFolders(tree);
		courseId = courses.addCourseWithDefaultSeatTime("seat");
		importAll();
		signIn.as(register());
		learning.enrol(courseId);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_page_is_never_credited_more_than_the_time_that_passed_since_it_opened() {
		Visit page = seatTime.lessonVisit(courseId, LESSON);
		clock.advance(Duration.ofSeconds(30));

		page = seatTime.report(page, 3 * 3600);
		assertThat(page.creditedSeconds()).isEqualTo(30);

		clock.advance(Duration.ofSeconds(60));
		page = seatTime.report(page, 45);
		assertThat(page.creditedSeconds()).isEqualTo(75);
		page = seatTime.report(page, 45);
		assertThat(page.creditedSeconds()).as("time not claimed when it passed is kept for later for 10 s at most")
			.isEqualTo(85);
		assertThat(seatTime.seatTime(courseId)).get().extracting(SeatTime::activeSeconds).isEqualTo(85);
		assertThat(sql().queryForObject("SELECT t.active_seconds FROM lesson_active_time t JOIN lesson l ON l.id = "
				+ "t.lesson_id JOIN enrolment e ON e.id = t.enrolment_id JOIN course c ON c.id = e.course_id "
				+ "WHERE c.slug = ? AND l.slug = ?", Integer.class, courseId, LESSON)).isEqualTo(85);
	}

	@Test
	void two_pages_open_side_by_side_cannot_count_the_same_minute_twice() {
		Visit first = seatTime.lessonVisit(courseId, LESSON);
		Visit second = seatTime.lessonVisit(courseId, LESSON);
		clock.advance(Duration.ofSeconds(60));

		first = seatTime.report(first, 60);
		second = seatTime.report(second, 60);
		assertThat(first.creditedSeconds()).isEqualTo(60);
		assertThat(second.creditedSeconds()).as("at most the clock's slack").isLessThanOrEqualTo(10);

		clock.advance(Duration.ofSeconds(60));
		first = seatTime.report(first, 60);
		second = seatTime.report(second, 60);
		assertThat(seatTime.seatTime(courseId).orElseThrow().activeSeconds()).as("two minutes passed")
			.isBetween(120, 130);
	}

	@Test
	void the_final_exam_stays_closed_until_the_minimum_is_met_and_says_how_many_minutes_are_left() {
		long exam = finalExam().quizId();
		assertThat(quizzes.overview(exam).cannotStartReason()).get()
			.asString()
			.startsWith("15 minutes of reading time left before the final exam opens. This course asks for 15 minutes");
		assertThatThrownBy(() -> quizzes.startOrResume(exam)).isInstanceOf(QuizUnavailableException.class)
			.hasMessageStartingWith("15 minutes of reading time left before the final exam opens");

		study(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(quizzes.overview(exam).cannotStartReason()).get()
			.asString()
			.startsWith("5 minutes of reading time left")
			.contains("you have 10 so far");
		assertThatThrownBy(() -> quizzes.startOrResume(exam)).hasMessageStartingWith("5 minutes of reading time left");

		study(Duration.ofMinutes(5));
		assertThat(quizzes.overview(exam).cannotStartReason()).isEmpty();
		assertThat(QuizAnswers.passFinalExam(quizzes, courseId).passed()).isTrue();
	}

	@Test
	void time_on_a_quiz_attempt_is_kept_per_attempt_until_it_is_submitted() {
		QuizStatus moduleQuiz = quizzes.quizzesOf(courseId).stream().filter(q -> !q.finalExam()).findFirst().orElseThrow();
		AttemptSheet sheet = quizzes.startOrResume(moduleQuiz.quizId());
		Visit attempt = seatTime.attemptVisit(sheet.code());
		clock.advance(Duration.ofSeconds(40));
		attempt = seatTime.report(attempt, 40);
		assertThat(attemptSeconds(sheet.code())).isEqualTo(40);

		quizzes.submit(sheet.code());
		clock.advance(Duration.ofSeconds(40));
		attempt = seatTime.report(attempt, 40);

		assertThat(attempt.creditedSeconds()).isEqualTo(40);
		assertThat(attemptSeconds(sheet.code())).isEqualTo(40);
		assertThat(seatTime.seatTime(courseId).orElseThrow().activeSeconds()).isEqualTo(40);
	}

	@Test
	void a_learner_cannot_report_time_on_another_learners_page() {
		Visit mine = seatTime.lessonVisit(courseId, LESSON);
		clock.advance(Duration.ofSeconds(60));
		signIn.as(register());

		assertThatThrownBy(() -> seatTime.report(mine, 60)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_lesson_of_a_course_the_learner_is_not_enrolled_in_records_nothing() {
		signIn.as(register());

		assertThatThrownBy(() -> seatTime.lessonVisit(courseId, LESSON)).isInstanceOf(IllegalArgumentException.class);
		assertThat(seatTime.seatTime(courseId)).isEmpty();
	}

	@Test
	void the_certificate_waits_for_the_seat_time_and_is_dated_when_it_was_met() {
		study(Duration.ofMinutes(14));
		assertThat(seatTime.seatTime(courseId).orElseThrow().minutesLeft()).isEqualTo(1);
		learning.markLessonComplete(courseId, LESSON);
		assertThat(certificates.myCertificateFor(courseId)).isEmpty();

		study(Duration.ofMinutes(1));
		QuizAnswers.passFinalExam(quizzes, courseId);
		IssuedCertificate certificate = certificates.myCertificateFor(courseId).orElseThrow();
		assertThat(certificate.completedAt()).isAfterOrEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * A course completed by reading alone used to get its certificate once the seat time was met; since a certificate
	 * needs a passed final exam (DD023), such a course is refused at import, so its seat time can never issue one.
	 */
	@Test
	void a_course_completed_by_reading_cannot_promise_a_certificate_for_its_seat_time() {
		String readingCourse = courses.addCourseWithDefaultSeatTime("seat-reading");
		courses.edit(readingCourse, "course.yml", "finalQuizPassed: true", "finalQuizPassed: false");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));

		assertThat(out.toString()).contains(readingCourse).contains("REJECTED")
			.contains("needs a final exam that learners must pass");
	}

	@Test
	void the_import_stores_the_default_minimum_and_a_stated_one() {
		String stated = courses.addCourseWithDefaultSeatTime("seat-stated");
		courses.edit(stated, "course.yml", "  finalQuizPassed: true\n", "  finalQuizPassed: true\n  minimumSeatMinutes: 20\n");
		importAll();

		assertThat(minimum(courseId)).isEqualTo("15 false");
		assertThat(minimum(stated)).isEqualTo("20 true");
	}

	/** The learner spends {@code time} on the lesson page, reported in one batch. */
	private void study(Duration time) {
		Visit page = seatTime.lessonVisit(courseId, LESSON);
		clock.advance(time);
		seatTime.report(page, (int) time.toSeconds());
	}

	private QuizStatus finalExam() {
		return quizzes.quizzesOf(courseId).stream().filter(QuizStatus::finalExam).findFirst().orElseThrow();
	}

	private int attemptSeconds(String code) {
		return sql().queryForObject("SELECT t.active_seconds FROM attempt_active_time t JOIN quiz_attempt a ON a.id = "
				+ "t.attempt_id WHERE a.public_code = ?", Integer.class, code);
	}

	private String minimum(String course) {
		return sql().queryForObject("SELECT CONCAT(v.minimum_seat_minutes, ' ', IF(v.seat_minutes_stated, 'true', "
				+ "'false')) FROM course_version v JOIN course c ON c.current_version_id = v.id WHERE c.slug = ?",
				String.class, course);
	}

	private JdbcTemplate sql() {
		return new JdbcTemplate(dataSource);
	}

	private void importAll() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		assertThat(out.toString()).doesNotContain("REJECTED");
	}

	private String register() {
		String email = "seat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", "Seat Tester");
		return email;
	}

}
