package org.htmacademy.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course tree in a temporary folder, made of copies of the authoring guide's example course. Each copy gets an id
 * no other test uses, because every test imports into the same database.
 */
public final class CourseFolders {

	static final Path GUIDE_COURSE = Path.of("src/test/resources/course-fixtures/guide/electrical-safety-basics");

	static final String COURSE_YML = "course.yml";

	static final String LESSON = "lessons/leakage-current.md";

	static final String MODULE_QUIZ = "quizzes/leakage.gift";

	static final String FINAL_EXAM = "quizzes/final-exam.gift";

	static final String IMAGE = "images/leakage-path.svg";

	private final Path root;

	public CourseFolders(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	/**
	 * A copy of the guide's example under a new id, in a folder of that name, that asks for no minimum seat time;
	 * returns the id. With the default minimum (15 minutes for this half-hour course) no final exam would open and no
	 * certificate issue without a quarter of an hour in a browser, which only the seat time tests spend.
	 */
	public String addCourse(String name) {
		String id = copyOfTheGuide(name);
		edit(id, COURSE_YML, "  finalQuizPassed: true\n", "  finalQuizPassed: true\n  minimumSeatMinutes: 0\n");
		return id;
	}

	/**
	 * A copy of the guide's example with a lesson long enough to support half a contact hour, claiming it, and the
	 * default minimum seat time (15 minutes); returns the id.
	 */
	public String addCourseWithDefaultSeatTime(String name) {
		String id = copyOfTheGuide(name);
		edit(id, COURSE_YML, "ceHours: 0.25", "ceHours: 0.5");
		edit(id, LESSON, "## References", LONGER_LESSON + "\n\n## References");
		return id;
	}

	/** About 2,400 words: with the guide's 16 questions, what half a contact hour needs at 150 words a minute. */
	public static final String LONGER_LESSON = ("Before the test, the biomed reads the service manual, checks the analyser's "
			+ "calibration date, confirms the device is the one on the work order, and notes its class and type of "
			+ "applied part. ").repeat(80).strip();

	private String copyOfTheGuide(String name) {
		String id = name + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		copyTree(GUIDE_COURSE, root.resolve(id));
		edit(id, COURSE_YML, "id: electrical-safety-basics", "id: " + id);
		return id;
	}

	/** Replaces the one occurrence of {@code text} in a file of a course. */
	public void edit(String courseId, String file, String text, String replacement) {
		String content = read(courseId, file);
		assertThat(content.split(Pattern.quote(text), -1)).as("occurrences of %s in %s", text, file)
			.hasSize(2);
		try {
			Files.writeString(path(courseId, file), content.replace(text, replacement));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String read(String courseId, String file) {
		try {
			return Files.readString(path(courseId, file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Path path(String courseId, String file) {
		return root.resolve(courseId).resolve(file);
	}

	/** How the importer prints a problem in a file of a course. */
	String problem(String courseId, String fileAndPosition) {
		return root.resolve(courseId) + "/" + fileAndPosition;
	}

	static void copyTree(Path from, Path to) {
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
