package org.htmacademy.course.content;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.htmacademy.course.content.CourseFile.ModuleEntry;
import org.htmacademy.course.content.CourseFile.QuizEntry;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one course folder: course.yml, then the lessons, images and quizzes it lists. */
final class CourseLoader {

	static final String COURSE_FILE = "course.yml";

	CourseDraft read(Path folder) {
		Problems problems = new Problems();
		FileNameCollisions.in(folder).forEach(problems::add);
		ContentFiles files = new ContentFiles(folder, problems);
		CourseFile course = readCourseFile(folder, files, problems);
		if (course == null) {
			return CourseDraft.unreadable(folder, problems);
		}
		ImageFiles images = new ImageFiles(files, problems);
		LessonFiles lessonFiles = new LessonFiles(files, images, problems);
		QuizFiles quizFiles = new QuizFiles(files, problems);
		Map<Located, LessonSource> lessons = new HashMap<>();
		Map<QuizEntry, QuizDefinition> quizzes = new HashMap<>();
		for (ModuleEntry module : course.modules()) {
			for (Located written : module.lessons()) {
				LessonSource lesson = lessonFiles.load(written);
				if (lesson != null) {
					lessons.put(written, lesson);
				}
			}
			addQuiz(module.quiz(), quizFiles, quizzes);
		}
		addQuiz(course.finalQuiz(), quizFiles, quizzes);
		ContentHours hours = CeHoursCheck.check(course, lessons, quizzes, problems);
		return new CourseDraft(folder, problems, course, lessons, quizzes, images.images(), files.all(),
				new CourseExamQuality(CoursePaths.folderName(folder), quizFiles.examQuality()), hours);
	}

	/** Only course.yml, for the id and prerequisites of a sibling of the course being validated. */
	CourseDraft readCourseFileOnly(Path folder) {
		Problems problems = new Problems();
		CourseFile course = readCourseFile(folder, new ContentFiles(folder, problems), problems);
		return new CourseDraft(folder, problems, course, Map.of(), Map.of(), Map.of(), Map.of(),
				CourseDraft.noQuizzes(folder), null);
	}

	private static @Nullable CourseFile readCourseFile(Path folder, ContentFiles files, Problems problems) {
		Path file = folder.resolve(COURSE_FILE);
		String text = files.text(COURSE_FILE);
		if (text == null) {
			return null;
		}
		Node root;
		try {
			root = new Yaml().compose(new StringReader(text));
		}
		catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			problems.error(mark == null ? At.start(file) : At.of(file, mark), syntaxMessage(e));
			return null;
		}
		catch (YAMLException e) {
			problems.error(At.start(file), "invalid YAML: " + e.getMessage());
			return null;
		}
		if (root == null) {
			problems.error(At.start(file), "course.yml is empty");
			return null;
		}
		CourseFile course = new CourseYaml(new YamlValues(file, problems)).read(root);
		Located id = course == null ? null : course.id();
		String folderName = CoursePaths.folderName(folder);
		if (id != null && !id.value().equals(folderName)) {
			problems.error(id.at(), "course id '" + id.value() + "' must equal its folder name '" + folderName + "'");
		}
		return course;
	}

	private static void addQuiz(@Nullable QuizEntry entry, QuizFiles quizFiles,
			Map<QuizEntry, QuizDefinition> quizzes) {
		QuizDefinition quiz = quizFiles.load(entry);
		if (entry != null && quiz != null) {
			quizzes.put(entry, quiz);
		}
	}

	private static String syntaxMessage(MarkedYAMLException e) {
		String message = "invalid YAML: " + e.getProblem();
		if (e.getContext() == null) {
			return message;
		}
		Mark context = e.getContextMark();
		return message + " (" + e.getContext()
				+ (context == null ? "" : " from line " + (context.getLine() + 1) + ", column "
						+ (context.getColumn() + 1))
				+ ")";
	}

}
