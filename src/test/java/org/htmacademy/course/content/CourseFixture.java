package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of a fixture tree from src/test/resources/course-fixtures that a test may change, then load. Problems
 * are printed without the copy's location, as {@code course/file:line:column: severity: message}.
 */
final class CourseFixture {

	static final Path FIXTURES = Path.of("src/test/resources/course-fixtures");

	static final String COURSE = "electrical-safety-basics";

	static final String COURSE_YML = COURSE + "/course.yml";

	static final String LESSON = COURSE + "/lessons/leakage-current.md";

	static final String QUIZ = COURSE + "/quizzes/leakage.gift";

	static final String FINAL_EXAM = COURSE + "/quizzes/final-exam.gift";

	static final String SVG = COURSE + "/images/leakage-path.svg";

	private final Path root;

	private CourseFixture(Path root) {
		this.root = root;
	}

	/** The authoring guide's example course, copied into {@code directory}. */
	static CourseFixture guide(Path directory) {
		return copy("guide", directory);
	}

	static CourseFixture copy(String fixture, Path directory) {
		copyTree(FIXTURES.resolve(fixture), directory);
		return new CourseFixture(directory);
	}

	Path root() {
		return root;
	}

	Path path(String file) {
		return root.resolve(file);
	}

	/** Replaces the one occurrence of {@code text} in a file. */
	CourseFixture edit(String file, String text, String replacement) {
		String content = read(file);
		assertThat(content.split(java.util.regex.Pattern.quote(text), -1)).as("occurrences of %s in %s", text, file)
			.hasSize(2);
		return write(file, content.replace(text, replacement));
	}

	CourseFixture write(String file, String content) {
		return writeBytes(file, content.getBytes(StandardCharsets.UTF_8));
	}

	CourseFixture writeBytes(String file, byte[] content) {
		try {
			Files.createDirectories(path(file).getParent());
			Files.write(path(file), content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	CourseFixture delete(String file) {
		try {
			Files.delete(path(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/** A second course: a copy of the guide's example under another id. */
	CourseFixture copyCourse(String id) {
		return copyFolder(id).edit(id + "/course.yml", "id: " + COURSE, "id: " + id);
	}

	/** A copy of the guide's example in another folder, with the same id. */
	CourseFixture copyFolder(String folder) {
		copyTree(path(COURSE), path(folder));
		return this;
	}

	String read(String file) {
		try {
			return Files.readString(path(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	CourseTree load() {
		return new CourseTreeLoader().load(root);
	}

	List<String> problems() {
		return printed(load().problems());
	}

	/** The problems as the validator prints them, with the copy's location left out wherever it appears. */
	List<String> printed(List<ContentProblem> problems) {
		return problems.stream().map(problem -> problem.toString().replace(root + "/", "")).toList();
	}

	private static void copyTree(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
