package org.htmacademy.course;

import java.nio.file.Path;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.course.repository.ContentColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** One bad course among several is that course's report; the others of the folder still import. */
@HtmSpringTest
class CourseImportIsolationTest {

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

	@Test
	void a_question_title_too_long_for_the_database_rejects_its_course_with_the_position_and_the_others_import() {
		String first = tree.addCourse("a-first");
		String bad = tree.addCourse("b-too-long");
		String third = tree.addCourse("c-third");
		String title = "t".repeat(ContentColumn.QUESTION_TITLE.limit() + 1);
		tree.edit(bad, CourseFolders.MODULE_QUIZ, "::Leakage limit basis::", "::" + title + "::");

		ImportReport report = importer.importTree(tree.root(), ImportProgress.NONE);

		assertThat(report.courses()).extracting(CourseImportResult::courseId, CourseImportResult::outcome)
			.containsExactly(tuple(first, ImportOutcome.PUBLISHED), tuple(bad, ImportOutcome.REJECTED),
					tuple(third, ImportOutcome.PUBLISHED));
		assertThat(report.courses().get(1).problems()).contains(tree.problem(bad,
				"quizzes/leakage.gift:5:3: error: a question title is 301 characters long; at most 300 fit"));
		assertThat(tables.exists(bad)).isFalse();
		assertThat(tables.liveVersionId(first)).isEqualTo(tables.versionId(first, 1));
		assertThat(tables.liveVersionId(third)).isEqualTo(tables.versionId(third, 1));
	}

	/**
	 * A refusal the validator cannot foresee (here a trigger standing in for any constraint added later) rolls back
	 * that course alone and becomes its report, in words, instead of stopping the import.
	 */
	@Test
	void a_course_the_database_refuses_is_reported_and_the_courses_after_it_still_import() {
		String first = tree.addCourse("a-before");
		String refused = tree.addCourse("b-refused");
		String third = tree.addCourse("c-after");
		jdbc.execute("CREATE TRIGGER refuse_one_course BEFORE INSERT ON course_module FOR EACH ROW "
				+ "IF (SELECT c.slug FROM course_version v JOIN course c ON c.id = v.course_id "
				+ "WHERE v.id = NEW.course_version_id) = '" + refused + "' THEN "
				+ "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'storage refused for this test'; END IF");
		try {
			ImportReport report = importer.importTree(tree.root(), ImportProgress.NONE);

			assertThat(report.courses()).extracting(CourseImportResult::courseId, CourseImportResult::outcome)
				.containsExactly(tuple(first, ImportOutcome.PUBLISHED), tuple(refused, ImportOutcome.REJECTED),
						tuple(third, ImportOutcome.PUBLISHED));
			assertThat(report.courses().get(1).problems()).singleElement()
				.asString()
				.startsWith(tree.problem(refused, "course.yml:1:1: error: the course passed every check but the "
						+ "database refused it, so nothing of it was stored (the database said: "))
				.contains("storage refused for this test")
				.endsWith("the previously published version stays live");
			assertThat(tables.exists(refused)).isFalse();
		}
		finally {
			jdbc.execute("DROP TRIGGER IF EXISTS refuse_one_course");
		}
	}

}
