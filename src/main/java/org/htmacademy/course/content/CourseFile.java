package org.htmacademy.course.content;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.course.content.LoadedCourse.Author;
import org.htmacademy.course.content.LoadedCourse.CertificationArea;
import org.htmacademy.course.content.LoadedCourse.Completion;
import org.jspecify.annotations.Nullable;

/**
 * What course.yml says, as far as it could be read: a value is null when it is missing or wrong, which has been
 * reported as an error. File references keep their position for the checks that open the files.
 *
 * @param ceHoursAt where {@code ceHours} is written, to point at it when the content does not support it
 */
record CourseFile(@Nullable Located id, @Nullable String title, @Nullable String version, @Nullable Track track,
		@Nullable Level level, @Nullable String summary, @Nullable List<String> objectives,
		@Nullable BigDecimal ceHours, @Nullable At ceHoursAt, @Nullable List<CertificationArea> certificationAreas,
		List<Located> prerequisites, @Nullable List<Author> authors, @Nullable List<String> references,
		Completion completion, boolean certificate, List<ModuleEntry> modules, @Nullable QuizEntry finalQuiz,
		List<PracticalSkill> skills) {

	record ModuleEntry(@Nullable String id, @Nullable String title, List<Located> lessons, @Nullable QuizEntry quiz) {
	}

	/** @param drawAt where {@code draw} is written, to point at it when the quiz has fewer questions */
	record QuizEntry(@Nullable Located file, QuizSettings settings, @Nullable At drawAt) {
	}

}
