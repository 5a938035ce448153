package org.htmacademy.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@HtmSpringTest
class CourseImportRejectionTest {

	/** One mistake an author makes, and the one line the report must print for it. */
	enum Mistake {

		YAML_SYNTAX(CourseFolders.COURSE_YML, "title: Electrical Safety", "title: Electrical: Safety",
				"course.yml:2:18: error: invalid YAML: mapping values are not allowed here"),
		UNKNOWN_TRACK(CourseFolders.COURSE_YML, "track: networking", "track: electrical",
				"course.yml:4:8: error: unknown track 'electrical': use networking, cybersecurity, dental or imaging"),
		GIFT_SYNTAX(CourseFolders.MODULE_QUIZ, "{#500:0#Right: 1 mA is 1000 µA.}", "{#500:0#Right: 1 mA is 1000 µA.",
				"quizzes/leakage.gift:33:52: error: missing '}': the answer block opened here is not closed"),
		BROKEN_IMAGE_LINK(CourseFolders.LESSON, "(../images/leakage-path.svg)", "(../images/leakage-paths.svg)",
				"lessons/leakage-current.md:5:1: error: image ../images/leakage-paths.svg does not exist"),
		UNKNOWN_PREREQUISITE(CourseFolders.COURSE_YML, "prerequisites: []", "prerequisites: [no-such-course]",
				"course.yml:15:17: error: prerequisite 'no-such-course' names no course in the tree");

		final String file;

		final String text;

		final String replacement;

		final String problem;

		Mistake(String file, String text, String replacement, String problem) {
			this.file = file;
			this.text = text;
			this.replacement = replacement;
			this.problem = problem;
		}

	}

	@Autowired
	CourseImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path directory;

	CourseFolders tree;

	CourseTables tables;

	@BeforeEach
	void setUp() {
		tree = new CourseFolders(directory);
		tables = new CourseTables(jdbc);
	}

	@ParameterizedTest
	@EnumSource(Mistake.class)
	void a_new_course_with_a_mistake_is_rejected_with_its_line_and_writes_nothing(Mistake mistake) {
		String id = tree.addCourse("new-" + mistake.name().toLowerCase().replace('_', '-'));
		tree.edit(id, mistake.file, mistake.text, mistake.replacement);
		Map<String, Long> before = tables.rowCounts();

		ImportReport report = importTree();

		assertThat(report.courses()).containsExactly(new CourseImportResult(id, id, ImportOutcome.REJECTED, 0,
				List.of(tree.problem(id, mistake.problem))));
		assertThat(tables.rowCounts()).isEqualTo(before);
		assertThat(tables.exists(id)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Mistake.class)
	void a_live_course_with_a_mistake_is_rejected_and_its_version_one_stays_live(Mistake mistake) {
		String id = tree.addCourse("live-" + mistake.name().toLowerCase().replace('_', '-'));
		importTree();
		long versionOne = tables.versionId(id, 1);
		tree.edit(id, mistake.file, mistake.text, mistake.replacement);
		Map<String, Long> before = tables.rowCounts();

		ImportReport report = importTree();

		assertThat(report.courses()).containsExactly(new CourseImportResult(id, id, ImportOutcome.REJECTED, 1,
				List.of(tree.problem(id, mistake.problem))));
		assertThat(tables.rowCounts()).isEqualTo(before);
		assertThat(tables.liveVersionId(id)).isEqualTo(versionOne);
	}

	@Test
	void a_bad_course_next_to_a_good_one_is_rejected_while_the_good_one_publishes() {
		String good = tree.addCourse("good-neighbour");
		String bad = tree.addCourse("bad-neighbour");
		tree.edit(bad, Mistake.UNKNOWN_TRACK.file, Mistake.UNKNOWN_TRACK.text, Mistake.UNKNOWN_TRACK.replacement);

		ImportReport report = importTree();

		assertThat(report.courses()).extracting(CourseImportResult::courseId, CourseImportResult::outcome)
			.containsExactlyInAnyOrder(tuple(good, ImportOutcome.PUBLISHED),
					tuple(bad, ImportOutcome.REJECTED));
		assertThat(tables.liveVersionId(good)).isEqualTo(tables.versionId(good, 1));
		assertThat(tables.exists(bad)).isFalse();
		assertThat(report.summary()).startsWith("1 published, 0 unchanged, 1 rejected in ");
	}

	private ImportReport importTree() {
		return importer.importTree(tree.root(), ImportProgress.NONE);
	}

}
