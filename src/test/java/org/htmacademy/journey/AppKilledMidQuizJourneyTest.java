package org.htmacademy.journey;

import java.nio.file.Path;
import java.time.Duration;

import org.htmacademy.database.LeftoverServer;
import org.htmacademy.quiz.MarkedQuizCourse;
import org.htmacademy.startup.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app is killed outright (SIGKILL: the out-of-memory killer, a power cut) while a learner is in a quiz. Its
 * embedded MariaDB is left running, holding the data files; the next start must take over by itself, and every
 * answer the learner saw saved must still be there.
 */
class AppKilledMidQuizJourneyTest {

	static final Path DATABASE = Path.of("target", "embedded-mariadb-killed-app");

	static final Duration START = Duration.ofMinutes(4);

	@TempDir
	Path courses;

	@Test
	void after_a_sigkill_mid_quiz_the_next_start_recovers_and_the_answers_are_there() throws Exception {
		String courseId = MarkedQuizCourse.writeInto(courses, "your-answers");
		String attempt;
		String answered;
		AppProcess first = AppProcess.start("killed-mid-quiz", AppProcess.freePort(), DATABASE, true, courses);
		try {
			first.awaitServing(START);
			try (BrowserJourney browser = new BrowserJourney(first.port())) {
				QuizInBrowser quiz = new QuizInBrowser(browser);
				browser.signIn("learner@example.com", "night-shift-demo");
				attempt = quiz.enrolAndStart(courseId, "Module quiz: Leakage current");
				quiz.answerWithMouse();
				answered = quiz.shownAnswer();
			}
		}
		finally {
			first.kill();
		}
		assertThat(LeftoverServer.find(DATABASE.resolve("data")))
			.as("the killed app's MariaDB, still holding the data files")
			.hasSize(1);

		try (AppProcess second = AppProcess.start("after-the-kill", AppProcess.freePort(), DATABASE, false, courses)) {
			second.awaitServing(START);
			assertThat(second.log()).contains("still running");
			try (BrowserJourney browser = new BrowserJourney(second.port())) {
				browser.run("answers-after-the-kill", () -> {
					QuizInBrowser quiz = new QuizInBrowser(browser);
					browser.signIn("learner@example.com", "night-shift-demo");
					browser.open("attempts/" + attempt);
					browser.waitFor(By.cssSelector(".question-stage .question-panel"));
					assertThat(quiz.shownAnswer()).isEqualTo(answered);
					browser.screenshot("answers-after-the-kill");
				});
			}
		}
		assertThat(LeftoverServer.find(DATABASE.resolve("data"))).as("servers left after a graceful stop").isEmpty();
	}

}
