package org.htmacademy.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.course.content.ContentProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
class CourseFilesImportTest {

	@Autowired
	CourseFilesImport files;

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
	void a_course_given_as_files_is_validated_and_published_like_an_imported_one() {
		String id = tree.addCourse("from-files");

		CoursePublication publication = files.publish(id, read(id));

		assertThat(publication.outcome()).isEqualTo(ImportOutcome.PUBLISHED);
		assertThat(publication.versionNumber()).isEqualTo(1);
		assertThat(publication.problems()).isEmpty();
		long version = tables.versionId(id, 1);
		assertThat(jdbc.queryForObject("select origin from course_version where id = ?", String.class, version))
			.isEqualTo("APP");
		assertThat(jdbc.queryForObject("""
				select l.source_path from lesson l join course_module m on m.id = l.module_id
				where m.course_version_id = ?""", String.class, version)).isEqualTo(CourseFolders.LESSON);
		assertThat(files.publish(id, read(id)).outcome()).isEqualTo(ImportOutcome.UNCHANGED);
	}

	@Test
	void problems_name_the_file_inside_the_course_and_nothing_is_written() {
		String id = tree.addCourse("broken-files");
		tree.edit(id, CourseFolders.LESSON, "(../images/leakage-path.svg)", "(../images/leakage-paths.svg)");
		Map<String, Long> before = tables.rowCounts();

		CoursePublication publication = files.publish(id, read(id));

		assertThat(publication.outcome()).isEqualTo(ImportOutcome.REJECTED);
		assertThat(publication.problems()).extracting(ContentProblem::toString)
			.containsExactly("lessons/leakage-current.md:5:1: error: image ../images/leakage-paths.svg does not exist");
		assertThat(tables.rowCounts()).isEqualTo(before);
	}

	@Test
	void prerequisites_resolve_against_the_published_courses() {
		String id = tree.addCourse("with-prerequisite");
		tree.edit(id, CourseFolders.COURSE_YML, "prerequisites: []",
				"prerequisites: [med-device-networking-fundamentals, no-such-course]");

		assertThat(files.check(id, read(id))).extracting(ContentProblem::toString)
			.containsExactly("course.yml:15:53: error: prerequisite 'no-such-course' names no course in the tree");
	}

	@Test
	void a_path_leading_out_of_the_course_folder_is_refused() {
		assertThatThrownBy(() -> files.check("escape", Map.of("../outside.md", new byte[0])))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> files.check("../escape", Map.of("course.yml", new byte[0])))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void an_unchanged_folder_does_not_replace_a_version_published_in_the_app() {
		String id = tree.addCourse("edited-in-app");
		importer.importTree(tree.root(), ImportProgress.NONE);
		Map<String, byte[]> edited = read(id);
		edited.put(CourseFolders.LESSON, (text(edited, CourseFolders.LESSON) + "\nAdded in the app.\n")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(files.publish(id, edited).versionNumber()).isEqualTo(2);

		ImportReport unchanged = importer.importTree(tree.root(), ImportProgress.NONE);

		assertThat(unchanged.courses()).extracting(CourseImportResult::outcome, CourseImportResult::versionNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ImportOutcome.UNCHANGED, 2));
		assertThat(tables.liveVersionId(id)).isEqualTo(tables.versionId(id, 2));

		tree.edit(id, CourseFolders.LESSON, "where no current is meant to flow.", "where no current should flow.");
		ImportReport changed = importer.importTree(tree.root(), ImportProgress.NONE);

		assertThat(changed.courses()).extracting(CourseImportResult::outcome, CourseImportResult::versionNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ImportOutcome.PUBLISHED, 3));
	}

	private Map<String, byte[]> read(String id) {
		Path folder = tree.root().resolve(id);
		Map<String, byte[]> read = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				read.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return read;
	}

	private static String text(Map<String, byte[]> files, String path) {
		return new String(files.get(path), StandardCharsets.UTF_8);
	}

}
