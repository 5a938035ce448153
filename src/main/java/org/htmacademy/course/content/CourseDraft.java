package org.htmacademy.course.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.htmacademy.course.content.CourseFile.ModuleEntry;
import org.htmacademy.course.content.CourseFile.QuizEntry;
import org.jspecify.annotations.Nullable;

/**
 * One course folder as read, before the checks that need the whole tree (duplicate ids, prerequisites).
 *
 * @param file null when course.yml could not be read at all
 * @param lessons the lessons that could be read, by their entry in course.yml
 * @param quizzes the quizzes that could be read, by their entry in course.yml
 * @param files every file read, by course-relative path, for the content hash
 * @param examQuality the exam-quality figures of the quiz files that could be read
 * @param hours what the content supports; null when a lesson or quiz could not be read
 */
record CourseDraft(Path folder, Problems problems, @Nullable CourseFile file, Map<Located, LessonSource> lessons,
		Map<QuizEntry, QuizDefinition> quizzes, Map<String, byte[]> images, Map<String, byte[]> files,
		CourseExamQuality examQuality, @Nullable ContentHours hours) {

	static CourseDraft unreadable(Path folder, Problems problems) {
		return new CourseDraft(folder, problems, null, Map.of(), Map.of(), Map.of(), Map.of(), noQuizzes(folder),
				null);
	}

	static CourseExamQuality noQuizzes(Path folder) {
		return new CourseExamQuality(CoursePaths.folderName(folder), List.of());
	}

	@Nullable Located id() {
		return file == null ? null : file.id();
	}

	List<Located> prerequisites() {
		return file == null ? List.of() : file.prerequisites();
	}

	Path courseFile() {
		return folder.resolve(CourseLoader.COURSE_FILE);
	}

	/** Only for a draft without errors, where every value has been read. */
	LoadedCourse assemble() {
		if (problems.hasErrors()) {
			throw new IllegalStateException(folder + " has errors");
		}
		CourseFile course = Objects.requireNonNull(file);
		List<CourseModule> modules = course.modules().stream().map(this::module).toList();
		return new LoadedCourse(Objects.requireNonNull(course.id()).value(), Objects.requireNonNull(course.title()),
				Objects.requireNonNull(course.version()), Objects.requireNonNull(course.track()),
				Objects.requireNonNull(course.level()), Objects.requireNonNull(course.summary()),
				Objects.requireNonNull(course.objectives()), Objects.requireNonNull(course.ceHours()),
				Objects.requireNonNull(course.certificationAreas()),
				course.prerequisites().stream().map(Located::value).toList(), Objects.requireNonNull(course.authors()),
				Objects.requireNonNull(course.references()), course.completion(), course.certificate(), modules,
				quiz(course.finalQuiz()), course.skills(), images, folder, ContentHash.of(files));
	}

	private CourseModule module(ModuleEntry module) {
		List<LessonSource> moduleLessons = module.lessons().stream()
			.map(lesson -> Objects.requireNonNull(lessons.get(lesson)))
			.toList();
		return new CourseModule(Objects.requireNonNull(module.id()), Objects.requireNonNull(module.title()),
				moduleLessons, quiz(module.quiz()));
	}

	private Optional<QuizDefinition> quiz(@Nullable QuizEntry entry) {
		return entry == null ? Optional.empty() : Optional.of(Objects.requireNonNull(quizzes.get(entry)));
	}

}
