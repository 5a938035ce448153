package org.htmacademy.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.course.content.CourseTree;
import org.htmacademy.course.content.CourseTreeLoader;
import org.htmacademy.course.content.LessonSource;
import org.htmacademy.course.content.LoadedCourse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long validating and importing takes on the embedded MariaDB: the real courses/ tree, and a generated tree of
 * 100 courses with 5,000 questions. Not part of the default test run; see docs/benchmarks/README.md. Every first
 * import uses course ids never imported before, so it writes every row as a first import does.
 */
@HtmSpringTest
@Tag("benchmark")
class CourseImportBenchmark {

	static final Path COURSES = Path.of("courses");

	static final int REAL_RUNS = 5;

	static final int GENERATED_RUNS = 3;

	static final int GENERATED_COURSES = 100;

	@Autowired
	CourseImporter importer;

	@TempDir
	Path directory;

	final String token = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);

	@Test
	void the_real_course_tree() {
		int courses = CourseTreeLoader.courseFolders(COURSES).size();
		Timings first = new Timings("real tree, first import", Duration.ofSeconds(3));
		Timings again = new Timings("real tree, unchanged re-import", Duration.ofSeconds(3));
		for (int run = 1; run <= REAL_RUNS; run++) {
			Path tree = directory.resolve("real-" + run);
			copyUnderNewIds(COURSES, tree, "-b" + token + run);

			ImportReport published = first.measure(() -> importer.importTree(tree, ImportProgress.NONE));
			ImportReport unchanged = again.measure(() -> importer.importTree(tree, ImportProgress.NONE));

			assertThat(published.count(ImportOutcome.PUBLISHED)).as(published.summary()).isEqualTo(courses);
			assertThat(unchanged.count(ImportOutcome.UNCHANGED)).as(unchanged.summary()).isEqualTo(courses);
		}
		print("courses/ (%d courses)".formatted(courses), first, again);
	}

	@Test
	void a_generated_tree_of_a_hundred_courses_and_five_thousand_questions() {
		Timings first = new Timings("generated tree, first import", Duration.ofSeconds(30));
		Timings again = new Timings("generated tree, unchanged re-import", Duration.ofSeconds(30));
		String shape = "";
		for (int run = 1; run <= GENERATED_RUNS; run++) {
			Path tree = directory.resolve("generated-" + run);
			GeneratedCourses.write(tree, "gen-" + token + "-r" + run, GENERATED_COURSES);
			shape = shapeOf(tree);

			ImportReport published = first.measure(() -> importer.importTree(tree, ImportProgress.NONE));
			ImportReport unchanged = again.measure(() -> importer.importTree(tree, ImportProgress.NONE));

			assertThat(published.count(ImportOutcome.PUBLISHED)).as(published.summary()).isEqualTo(GENERATED_COURSES);
			assertThat(unchanged.count(ImportOutcome.UNCHANGED)).as(unchanged.summary()).isEqualTo(GENERATED_COURSES);
		}
		print(shape, first, again);
	}

	/** Checks the generated tree is valid and as large as promised; returns its description. */
	private static String shapeOf(Path tree) {
		CourseTree loaded = new CourseTreeLoader().load(tree);
		assertThat(loaded.problems()).isEmpty();
		List<LessonSource> lessons = loaded.valid().stream().flatMap(course -> course.lessons().stream()).toList();
		int questions = loaded.valid().stream().mapToInt(CourseImportBenchmark::questions).sum();
		assertThat(questions).isEqualTo(GENERATED_COURSES * GeneratedCourses.QUESTIONS_PER_COURSE);
		return "generated (%d courses, %d lessons of %d words on average, %d questions, %.1f MB)".formatted(
				loaded.valid().size(), lessons.size(),
				lessons.stream().mapToInt(LessonSource::wordCount).sum() / lessons.size(), questions,
				megabytes(tree));
	}

	private static int questions(LoadedCourse course) {
		return course.modules().stream().flatMap(m -> m.quiz().stream()).mapToInt(q -> q.questions().size()).sum()
				+ course.finalQuiz().map(q -> q.questions().size()).orElse(0);
	}

	/** A copy of a tree with every course id, its folder and the prerequisites naming it given a suffix. */
	private static void copyUnderNewIds(Path from, Path to, String suffix) {
		List<String> ids = CourseTreeLoader.courseFolders(from).stream().map(f -> f.getFileName().toString()).toList();
		Pattern anyId = Pattern.compile("(?<![a-z0-9-])(" + String.join("|", ids.stream().map(Pattern::quote).toList())
				+ ")(?![a-z0-9-])");
		for (String id : ids) {
			Path copy = to.resolve(id + suffix);
			CourseFolders.copyTree(from.resolve(id), copy);
			Path courseFile = copy.resolve("course.yml");
			try {
				Matcher matcher = anyId.matcher(Files.readString(courseFile));
				Files.writeString(courseFile, matcher.replaceAll(match -> Matcher.quoteReplacement(match.group() + suffix)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private static double megabytes(Path tree) {
		try (var files = Files.walk(tree)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / 1e6;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void print(String tree, Timings first, Timings again) {
		System.out.printf("%nCourse import benchmark: %s, validate + import, embedded MariaDB%n%s%n%s%n%n", tree,
				first.line(), again.line());
	}

}
