package org.htmacademy.course;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@HtmSpringTest
class CourseImportTest {

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
	void a_new_course_is_published_as_version_one_with_its_modules_lessons_images_and_quizzes() throws Exception {
		String id = tree.addCourse("new-course");

		ImportReport report = importTree();

		assertThat(report.courses()).containsExactly(new CourseImportResult(id, "Electrical Safety Testing Basics",
				ImportOutcome.PUBLISHED, 1, List.of()));
		long versionId = tables.versionId(id, 1);
		assertThat(tables.liveVersionId(id)).isEqualTo(versionId);
		assertThat(jdbc.queryForMap("""
				select version_label, title, track, level, ce_hours, awards_certificate, requires_lessons,
				requires_final_quiz, length(content_hash) as hash_length from course_version where id = ?""", versionId))
			.containsEntry("version_label", "1.0.0")
			.containsEntry("title", "Electrical Safety Testing Basics")
			.containsEntry("track", "NETWORKING")
			.containsEntry("level", "INTRODUCTORY")
			.containsEntry("ce_hours", new BigDecimal("0.25"))
			.containsEntry("awards_certificate", true)
			.containsEntry("requires_lessons", true)
			.containsEntry("requires_final_quiz", true)
			.containsEntry("hash_length", 64);

		List<Map<String, Object>> modules = jdbc
			.queryForList("select id, position, slug, title from course_module where course_version_id = ?", versionId);
		assertThat(modules).hasSize(1);
		assertThat(modules.getFirst()).containsEntry("position", 1)
			.containsEntry("slug", "leakage")
			.containsEntry("title", "Leakage current");
		long moduleId = ((Number) modules.getFirst().get("id")).longValue();

		Map<String, Object> lesson = jdbc
			.queryForMap("select position, slug, title, markdown, html, word_count from lesson where module_id = ?", moduleId);
		assertThat(lesson).containsEntry("position", 1)
			.containsEntry("slug", "leakage-current")
			.containsEntry("title", "Leakage current")
			.containsEntry("markdown", tree.read(id, CourseFolders.LESSON));
		assertThat((Integer) lesson.get("word_count")).isPositive();
		assertThat((String) lesson.get("html")).startsWith("<p>Every line-powered device lets a small current flow")
			.contains("<div class=\"callout callout-warning\" role=\"note\">")
			.contains("src=\"/course-assets/" + versionId + "/images/leakage-path.svg\"")
			.contains("alt=\"Leakage current flowing from the enclosure through a person to earth\"")
			.doesNotContain("../images/")
			.doesNotContain("[!WARNING]");

		assertThat(jdbc.queryForList("select path, content_type from course_asset where course_version_id = ?",
				versionId))
			.containsExactly(Map.of("path", "images/leakage-path.svg", "content_type", "image/svg+xml"));
		assertThat(jdbc.queryForObject("select content from course_asset where course_version_id = ?", byte[].class,
				versionId))
			.isEqualTo(Files.readAllBytes(tree.path(id, CourseFolders.IMAGE)));

		assertThat(jdbc.queryForList("""
				select module_id, source_file, pass_mark, attempts_allowed, time_limit_minutes, shuffle_questions,
				shuffle_answers, draw_count, review_policy, grading_method,
				(select count(*) from question where quiz_id = quiz.id) as questions
				from quiz where course_version_id = ? order by id""", versionId))
			.containsExactly(quiz(moduleId, "quizzes/leakage.gift", 70, 0, 0, 0, "CORRECT_ANSWERS", 11),
					quiz(null, "quizzes/final-exam.gift", 80, 3, 20, 5, "YOUR_ANSWERS", 6));
		assertThat(jdbc.queryForList("""
				select question_type from question q join quiz z on z.id = q.quiz_id
				where z.course_version_id = ? and z.module_id is null order by q.position""", String.class, versionId))
			.containsExactly("TrueFalse", "MultipleChoice", "MultipleChoice", "MultipleChoice", "ShortAnswer",
					"Matching");
	}

	@Test
	void importing_an_unchanged_tree_again_writes_nothing() {
		String id = tree.addCourse("unchanged-course");
		importTree();
		Map<String, Long> before = tables.rowCounts();

		ImportReport report = importTree();

		assertThat(report.courses()).containsExactly(new CourseImportResult(id, "Electrical Safety Testing Basics",
				ImportOutcome.UNCHANGED, 1, List.of()));
		assertThat(tables.rowCounts()).isEqualTo(before);
	}

	@Test
	void a_changed_lesson_publishes_version_two_and_leaves_version_one_as_it_was() {
		String id = tree.addCourse("changed-course");
		importTree();
		long first = tables.versionId(id, 1);
		var firstVersion = tables.versionSnapshot(first);
		tree.edit(id, CourseFolders.LESSON, "where no current is meant to flow.",
				"where no current is meant to flow, through the enclosure and the applied parts.");

		ImportReport report = importTree();

		assertThat(report.courses()).extracting(CourseImportResult::outcome, CourseImportResult::versionNumber)
			.containsExactly(tuple(ImportOutcome.PUBLISHED, 2));
		long second = tables.versionId(id, 2);
		assertThat(tables.liveVersionId(id)).isEqualTo(second);
		assertThat(tables.versionSnapshot(first)).isEqualTo(firstVersion);
		assertThat(jdbc.queryForObject("""
				select l.html from lesson l join course_module m on m.id = l.module_id
				where m.course_version_id = ?""", String.class, second))
			.contains("through the enclosure and the applied parts")
			.contains("src=\"/course-assets/" + second + "/images/leakage-path.svg\"");
		assertThat(jdbc.queryForObject("select count(*) from course where slug = ?", Long.class, id)).isEqualTo(1);
	}

	private ImportReport importTree() {
		return importer.importTree(tree.root(), ImportProgress.NONE);
	}

	private static Map<String, Object> quiz(Long moduleId, String file, int passMark, int attempts, int timeLimit,
			int draw, String review, long questions) {
		var row = new HashMap<String, Object>();
		row.put("module_id", moduleId);
		row.put("source_file", file);
		row.put("pass_mark", passMark);
		row.put("attempts_allowed", attempts);
		row.put("time_limit_minutes", timeLimit);
		row.put("shuffle_questions", true);
		row.put("shuffle_answers", true);
		row.put("draw_count", draw);
		row.put("review_policy", review);
		row.put("grading_method", "HIGHEST");
		row.put("questions", questions);
		return row;
	}

}
