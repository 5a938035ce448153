package org.htmacademy.quiz.ui;

import java.nio.file.Path;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.MarkedQuizCourse;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.QuizStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A learner enrolled in a fresh copy of the marked quiz course, and helpers to open the quiz pages. */
@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
abstract class QuizViewTestBase extends SpringBrowserlessTest {

	@TempDir
	Path folder;

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

	String courseId;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	/** Imports the course with these module quiz settings, signs a new learner in and enrols them. */
	long enrolledInModuleQuiz(String review, String... settings) {
		courseId = MarkedQuizCourse.importInto(importer, folder, review, settings);
		signIn.as(newLearner());
		learning.enrol(courseId);
		return moduleQuiz().quizId();
	}

	QuizStatus moduleQuiz() {
		return quizzes.quizzesOf(courseId).stream().filter(quiz -> !quiz.finalExam()).findFirst().orElseThrow();
	}

	String newLearner() {
		String email = "quiz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", "Quiz Tester");
		return email;
	}

	<V> V open(String path, Class<V> view) {
		UI.getCurrent().navigate(path);
		return view.cast(getCurrentView());
	}

	String text() {
		return getCurrentView().getElement().getTextRecursively();
	}

}
