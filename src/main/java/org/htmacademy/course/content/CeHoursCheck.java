package org.htmacademy.course.content;

import java.math.BigDecimal;
import java.util.Map;

import org.htmacademy.course.content.CourseFile.ModuleEntry;
import org.htmacademy.course.content.CourseFile.QuizEntry;
import org.jspecify.annotations.Nullable;

/**
 * Holds the claimed {@code ceHours} against what the content supports ({@link ContentHours}). The messages name no
 * key, because the authoring screens show them next to the field to an instructor who never saw course.yml.
 */
final class CeHoursCheck {

	private CeHoursCheck() {
	}

	/**
	 * @return the content's hours; null when a lesson or quiz could not be read (already an error), so the content
	 *         cannot be counted
	 */
	static @Nullable ContentHours check(CourseFile course, Map<Located, LessonSource> lessons,
			Map<QuizEntry, QuizDefinition> quizzes, Problems problems) {
		ContentHours hours = counted(course, lessons, quizzes);
		BigDecimal claimed = course.ceHours();
		At at = course.ceHoursAt();
		if (hours == null || claimed == null || at == null) {
			return hours;
		}
		BigDecimal supported = hours.supportedHours();
		if (claimed.compareTo(supported) > 0) {
			problems.error(at, exceeds(claimed, hours));
		}
		else if (claimed.compareTo(hours.floorHours()) < 0) {
			problems.warning(at, "The course claims " + plain(claimed) + " CE hours, but its content supports "
					+ plain(supported) + ": " + hours.explanation() + ". Learners would get less credit than "
					+ "the time the course takes; raise the CE hours to between " + plain(hours.floorHours())
					+ " and " + plain(supported) + ".");
		}
		return hours;
	}

	private static String exceeds(BigDecimal claimed, ContentHours hours) {
		String start = "The course claims " + plain(claimed) + " CE hours, more than its content supports: "
				+ hours.explanation();
		if (hours.supportedHours().signum() == 0) {
			return start + ", less than a quarter hour. A quarter hour of CE credit needs 15 minutes of content: "
					+ "add lessons or quiz questions.";
		}
		return start + ", which supports at most " + plain(hours.supportedHours())
				+ " CE hours (rounded down to a quarter hour). Lower the CE hours to " + plain(hours.supportedHours())
				+ " or less, or add content.";
	}

	private static @Nullable ContentHours counted(CourseFile course, Map<Located, LessonSource> lessons,
			Map<QuizEntry, QuizDefinition> quizzes) {
		int words = 0;
		int questions = 0;
		for (ModuleEntry module : course.modules()) {
			for (Located lesson : module.lessons()) {
				LessonSource read = lessons.get(lesson);
				if (read == null) {
					return null;
				}
				words += read.wordCount();
			}
			if (module.quiz() != null) {
				QuizDefinition quiz = quizzes.get(module.quiz());
				if (quiz == null) {
					return null;
				}
				questions += ContentHours.presented(quiz);
			}
		}
		if (course.finalQuiz() != null) {
			QuizDefinition exam = quizzes.get(course.finalQuiz());
			if (exam == null) {
				return null;
			}
			questions += ContentHours.presented(exam);
		}
		int skillMinutes = course.skills().stream().mapToInt(PracticalSkill::minutes).sum();
		return new ContentHours(words, questions, skillMinutes);
	}

	static String plain(BigDecimal hours) {
		return hours.stripTrailingZeros().toPlainString();
	}

}
