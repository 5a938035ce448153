package org.htmacademy.course;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.course.content.ContentHours;
import org.htmacademy.course.content.LessonSource;
import org.htmacademy.course.content.LoadedCourse;
import org.htmacademy.course.content.QuizDefinition;
import org.htmacademy.course.content.Track;

/**
 * What a course asks of a learner, counted from its files: the figures a CE reviewer checks the stated hours
 * against.
 *
 * @param moduleQuestionsPresented module quiz questions a learner actually answers (a quiz's draw, when it has one)
 * @param finalDraw final exam questions presented per attempt
 */
record CourseFigures(String id, Track track, int modules, int lessons, int words, int moduleQuestions,
		int moduleQuestionsPresented, int finalPool, int finalDraw, BigDecimal ceHours, ContentHours content) {

	static CourseFigures of(LoadedCourse course) {
		List<QuizDefinition> moduleQuizzes = course.modules().stream().flatMap(m -> m.quiz().stream()).toList();
		return new CourseFigures(course.id(), course.track(), course.modules().size(), course.lessons().size(),
				course.lessons().stream().mapToInt(LessonSource::wordCount).sum(),
				moduleQuizzes.stream().mapToInt(quiz -> quiz.questions().size()).sum(),
				moduleQuizzes.stream().mapToInt(ContentHours::presented).sum(),
				course.finalQuiz().map(quiz -> quiz.questions().size()).orElse(0),
				course.finalQuiz().map(ContentHours::presented).orElse(0), course.ceHours(), ContentHours.of(course));
	}

	/** The platform's one rule (docs/ce-hours.md), as the validator applies it. */
	BigDecimal supportedCeHours() {
		return content.supportedHours();
	}

	static String table(List<CourseFigures> courses) {
		String format = "%-42s %-13s %7s %7s %7s %17s %8s %8s %8s %9s %9s%n";
		StringBuilder table = new StringBuilder(format.formatted("course", "track", "modules", "lessons", "words",
				"questions (m + f)", "read min", "quiz min", "total", "CE hours", "supported"));
		for (CourseFigures c : courses) {
			table.append(format.formatted(c.id(), c.track().name().toLowerCase(), c.modules(), c.lessons(), c.words(),
					"%d + %d (draw %d)".formatted(c.moduleQuestions(), c.finalPool(), c.finalDraw()),
					c.content().readingMinutes().toPlainString(), c.content().questionMinutes(),
					c.content().totalMinutes().toPlainString(), c.ceHours().setScale(2).toPlainString(),
					c.supportedCeHours().toPlainString()));
		}
		table.append(format.formatted("total", courses.stream().map(CourseFigures::track).distinct().count() + " tracks",
				courses.stream().mapToInt(CourseFigures::modules).sum(),
				courses.stream().mapToInt(CourseFigures::lessons).sum(),
				courses.stream().mapToInt(CourseFigures::words).sum(),
				courses.stream().mapToInt(c -> c.moduleQuestions() + c.finalPool()).sum(), "", "", "",
				courses.stream().map(CourseFigures::ceHours).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString(),
				""));
		return table.toString();
	}

}
