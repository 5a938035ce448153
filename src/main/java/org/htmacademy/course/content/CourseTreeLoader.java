package org.htmacademy.course.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.htmacademy.course.markdown.Severity;

/**
 * Loads and validates course folders against the authoring guide (courses/README.md). Pure Java: no database, no
 * Spring. A course with any error is left out of {@link CourseTree#valid()} as a whole; every problem is kept.
 * Problem paths start with the path given, so a relative path gives relative problem paths.
 */
public final class CourseTreeLoader {

	/** The whole tree: every sub-folder with a course.yml is a course. */
	public CourseTree load(Path root) {
		Path tree = root.normalize();
		if (!Files.isDirectory(tree)) {
			return notAFolder(tree);
		}
		List<ContentProblem> problems = new ArrayList<>(
				FileNameCollisions.collisions(subfolders(tree).stream().filter(CourseTreeLoader::isCourse).toList(),
						tree));
		List<CourseDraft> courses = new ArrayList<>();
		for (Path folder : subfolders(tree)) {
			if (isCourse(folder)) {
				courses.add(new CourseLoader().read(folder));
			}
			else if (hasFiles(folder)) {
				problems.add(new ContentProblem(folder, 1, 1, Severity.WARNING,
						"the folder has no course.yml and is ignored"));
			}
		}
		return checked(courses, courses, problems);
	}

	/** One course; its prerequisites are resolved against the other courses next to it. */
	public CourseTree loadOne(Path courseDir) {
		Path folder = courseDir.normalize();
		if (!Files.isDirectory(folder)) {
			return notAFolder(folder);
		}
		if (!isCourse(folder)) {
			return new CourseTree(List.of(), List.of(new ContentProblem(folder, 1, 1,
					Severity.ERROR, "the folder has no course.yml")));
		}
		CourseDraft course = new CourseLoader().read(folder);
		List<CourseDraft> all = new ArrayList<>(List.of(course));
		Path parent = folder.getParent() != null ? folder.getParent() : folder.toAbsolutePath().getParent();
		if (parent != null) {
			String name = CoursePaths.folderName(folder);
			subfolders(parent).stream()
				.filter(sibling -> !CoursePaths.folderName(sibling).equals(name) && isCourse(sibling))
				.forEach(sibling -> all.add(new CourseLoader().readCourseFileOnly(sibling)));
		}
		return checked(List.of(course), all, new ArrayList<>());
	}

	/** The course folders of a tree, in name order: the courses {@link #load} checks. */
	public static List<Path> courseFolders(Path root) {
		Path tree = root.normalize();
		return Files.isDirectory(tree) ? subfolders(tree).stream().filter(CourseTreeLoader::isCourse).toList()
				: List.of();
	}

	private static CourseTree checked(List<CourseDraft> courses, List<CourseDraft> all,
			List<ContentProblem> problems) {
		TreeChecks tree = new TreeChecks(all);
		List<LoadedCourse> valid = new ArrayList<>();
		List<CourseExamQuality> examQuality = new ArrayList<>();
		Map<Path, ContentHours> hours = new HashMap<>();
		for (CourseDraft course : courses) {
			tree.check(course);
			if (course.hours() != null) {
				hours.put(course.folder(), course.hours());
			}
			problems.addAll(course.problems().all());
			examQuality.add(course.examQuality());
			if (!course.problems().hasErrors()) {
				valid.add(course.assemble());
			}
		}
		return new CourseTree(valid, problems, examQuality, hours);
	}

	private static CourseTree notAFolder(Path path) {
		return new CourseTree(List.of(), List.of(new ContentProblem(path, 1, 1,
				Severity.ERROR, Files.exists(path) ? "not a folder" : "no such folder")));
	}

	private static boolean isCourse(Path folder) {
		return Files.isRegularFile(folder.resolve(CourseLoader.COURSE_FILE));
	}

	/** Hidden folders (.git, .idea) are never courses. */
	private static List<Path> subfolders(Path parent) {
		try (Stream<Path> entries = Files.list(parent)) {
			return entries.filter(Files::isDirectory)
				.filter(folder -> !folder.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean hasFiles(Path folder) {
		try (Stream<Path> entries = Files.walk(folder)) {
			return entries.anyMatch(Files::isRegularFile);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
