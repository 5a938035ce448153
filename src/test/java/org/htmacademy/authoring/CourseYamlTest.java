package org.htmacademy.authoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.htmacademy.authoring.CourseOutline.Area;
import org.htmacademy.authoring.CourseOutline.Author;
import org.htmacademy.authoring.CourseOutline.ModuleOutline;
import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.course.content.ContentProblem;
import org.htmacademy.course.content.CourseTree;
import org.htmacademy.course.content.CourseTreeLoader;
import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.LoadedCourse;
import org.htmacademy.course.content.QuizSettings;
import org.htmacademy.course.content.ReviewPolicy;
import org.htmacademy.course.content.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CourseYamlTest {

	static final Path GUIDE = Path.of("src/test/resources/course-fixtures/guide/electrical-safety-basics");

	@TempDir
	Path directory;

	@Test
	void the_guide_course_written_from_its_outline_loads_as_the_same_course() throws IOException {
		Path copy = copyOfGuide();
		CourseOutline outline = CourseYamlReader.read(Files.readString(copy.resolve("course.yml")), "x");
		LoadedCourse original = loadedOnly(copy);

		Files.writeString(copy.resolve("course.yml"), CourseYamlWriter.write(outline).text());
		LoadedCourse rewritten = loadedOnly(copy);

		assertThat(rewritten).usingRecursiveComparison()
			.ignoringFields("contentHash")
			.withEqualsForType((a, b) -> a.compareTo(b) == 0, BigDecimal.class)
			.isEqualTo(original);
		assertThat(outline.finalQuiz().settings()).isEqualTo(new QuizSettings(80, 3, 20, true, true, 5,
				ReviewPolicy.YOUR_ANSWERS, GradingMethod.HIGHEST));
	}

	@Test
	void a_stated_minimum_seat_time_is_written_under_completion_and_read_back_and_the_default_is_left_out()
			throws IOException {
		Path copy = copyOfGuide();
		CourseOutline guide = CourseYamlReader.read(Files.readString(copy.resolve("course.yml")), "x");
		assertThat(guide.minimumSeatMinutes()).isNull();
		assertThat(CourseYamlWriter.write(guide).text()).doesNotContain("minimumSeatMinutes");

		CourseOutline stated = new CourseOutline(guide.id(), guide.title(), guide.version(), guide.track(),
				guide.level(), guide.summary(), guide.objectives(), guide.ceHours(), guide.certificationAreas(),
				guide.prerequisites(), guide.authors(), guide.references(), true, true, true, guide.modules(),
				guide.finalQuiz(), 0);
		CourseYaml written = CourseYamlWriter.write(stated);
		assertThat(written.text()).contains("completion:\n  lessonsRead: true\n  finalQuizPassed: true\n"
				+ "  minimumSeatMinutes: 0\n");
		assertThat(CourseYamlReader.read(written.text(), "x").minimumSeatMinutes()).isZero();

		Files.writeString(copy.resolve("course.yml"), written.text());
		assertThat(loadedOnly(copy).minimumSeatMinutes()).isZero();
		int line = written.text().substring(0, written.text().indexOf("  minimumSeatMinutes")).split("\n").length + 1;
		assertThat(written.fieldAt(line)).contains("minimumSeatMinutes");
	}

	@Test
	void any_text_reads_back_as_written() {
		List<String> awkward = List.of("yes", "1.0", "0.5", "null", "- starts like a list item", "a: colon",
				"a #hash", "'single' and \"double\" quotes", "line one\nline two", "Ødegård — Łukasz ✓", "[x]",
				"@at", "  padded  ".strip(), "tab\there", "%percent", "*star", "!bang", "&amp", "{brace}");
		CourseOutline outline = new CourseOutline("awkward-texts", awkward.get(7), "1.0", Track.IMAGING,
				Level.ADVANCED, awkward.get(8), awkward, new BigDecimal("1.25"),
				List.of(new Area("CRES", awkward), new Area("CBET", List.of())), List.of("a-course"),
				List.of(new Author("yes", "no"), new Author("Dana: Whitfield", "")), awkward, false, true, true,
				List.of(new ModuleOutline("m-1", "true", List.of("lessons/a.md", "lessons/b.md"),
						new QuizOutline("quizzes/m.gift", new QuizSettings(55, 2, 0, false, true, 0,
								ReviewPolicy.SCORE_ONLY, GradingMethod.AVERAGE))),
						new ModuleOutline("m-2", "", List.of(), null)),
				new QuizOutline("quizzes/final.gift", QuizSettings.DEFAULTS));

		String yaml = CourseYamlWriter.write(outline).text();

		assertThat(CourseYamlReader.read(yaml, "ignored")).isEqualTo(outline);
	}

	@Test
	void missing_values_are_written_for_the_validator_to_report_at_their_field() throws IOException {
		Path copy = copyOfGuide();
		CourseOutline guide = CourseYamlReader.read(Files.readString(copy.resolve("course.yml")), "x");
		CourseOutline broken = new CourseOutline(guide.id(), "", guide.version(), null, guide.level(),
				guide.summary(), List.of(), null, guide.certificationAreas(), guide.prerequisites(), guide.authors(),
				guide.references(), true, true, true,
				List.of(guide.modules().getFirst(), new ModuleOutline("Second Module", "Second", List.of(), null)),
				new QuizOutline(guide.finalQuiz().file(), new QuizSettings(80, 3, 20, true, true, 99,
						ReviewPolicy.YOUR_ANSWERS, GradingMethod.HIGHEST)));
		CourseYaml written = CourseYamlWriter.write(broken);
		Files.writeString(copy.resolve("course.yml"), written.text());

		List<ContentProblem> problems = new CourseTreeLoader().loadOne(copy).problems();

		assertThat(problems).extracting(problem -> written.fieldAt(problem.line()).orElseThrow())
			.containsExactly("title", "track", "objectives", "ceHours", "module/1/id", "module/1/lessons",
					"finalQuiz/draw");
	}

	private Path copyOfGuide() throws IOException {
		Path copy = directory.resolve("electrical-safety-basics");
		try (var files = Files.walk(GUIDE)) {
			for (Path source : files.toList()) {
				Path target = copy.resolve(GUIDE.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
		return copy;
	}

	private static LoadedCourse loadedOnly(Path folder) {
		CourseTree tree = new CourseTreeLoader().loadOne(folder);
		assertThat(tree.problems()).isEmpty();
		return tree.valid().getFirst();
	}

}
