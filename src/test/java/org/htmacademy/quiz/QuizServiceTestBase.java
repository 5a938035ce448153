package org.htmacademy.quiz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.MovableClock;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course copied from the guide fixture, its learners and the quiz service on the test database, with a clock the
 * tests move. The deadline job only runs when a test calls it: on its schedule, with the moved clock, it would
 * close the timed attempts of tests in other contexts that share the database.
 */
@HtmSpringTest
@Import({ SignIn.class, MovableClock.Configuration.class })
@TestPropertySource(properties = "htm.quiz.overdue-check=PT1000H")
abstract class QuizServiceTestBase {

	@TempDir
	Path tree;

	@Autowired
	QuizService quizzes;

	@Autowired
	LearningService learning;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	MovableClock clock;

	CourseFolders courses;

	String courseId;

	String learner;

	@BeforeEach
	void aCourseAndAnEnrolledLearner() {
		courses = new CourseFolders(tree);
		courseId = courses.addCourse("quiz");
		adjustCourse();
		assertThat(runImport()).contains("PUBLISHED");
		learner = register("learner");
		signIn.as(learner);
		learning.enrol(courseId);
	}

	/** Edit the copied course before it is imported. */
	void adjustCourse() {
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	QuizStatus moduleQuiz() {
		return quizzes.quizzesOf(courseId).stream().filter(quiz -> !quiz.finalExam()).findFirst().orElseThrow();
	}

	QuizStatus finalExam() {
		return quizzes.quizzesOf(courseId).stream().filter(QuizStatus::finalExam).findFirst().orElseThrow();
	}

	AttemptResult answerAllRightAndSubmit(long quizId) {
		AttemptSheet sheet = quizzes.startOrResume(quizId);
		sheet.questions().forEach(q -> quizzes.saveAnswer(sheet.code(), q.slot(), QuizAnswers.right(q)));
		return quizzes.submit(sheet.code());
	}

	AttemptResult submitEmpty(long quizId) {
		return quizzes.submit(quizzes.startOrResume(quizId).code());
	}

	String register(String who) {
		String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", who + " learner");
		return email;
	}

	static BigDecimal percent(String value) {
		return new BigDecimal(value);
	}

	static List<Integer> slots(AttemptSheet sheet) {
		return sheet.questions().stream().map(SheetQuestion::slot).toList();
	}

	String runImport() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		return out.toString();
	}

	void later(Duration duration) {
		clock.advance(duration);
	}

}
