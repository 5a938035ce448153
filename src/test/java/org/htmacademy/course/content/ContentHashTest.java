package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;
import static org.htmacademy.course.content.CourseFixture.FINAL_EXAM;
import static org.htmacademy.course.content.CourseFixture.LESSON;
import static org.htmacademy.course.content.CourseFixture.QUIZ;
import static org.htmacademy.course.content.CourseFixture.SVG;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentHashTest {

	@TempDir
	Path directory;

	@TempDir
	Path elsewhere;

	@Test
	void the_same_files_always_hash_the_same_wherever_the_tree_lies() {
		CourseFixture fixture = CourseFixture.guide(directory);

		String first = hash(fixture);

		assertThat(hash(fixture)).isEqualTo(first);
		assertThat(hash(CourseFixture.guide(elsewhere))).isEqualTo(first);
	}

	@ParameterizedTest
	@CsvSource({ COURSE_YML + ", Dana Whitfield, Dane Whitfield", LESSON + ", small current, smell current",
			QUIZ + ", The weather, The weathes", FINAL_EXAM + ", kiloamperes, kiloamperas",
			SVG + ", Leakage current path, Leakage current pith" })
	void changing_one_byte_of_any_file_of_the_course_changes_the_hash(String file, String text, String edited) {
		CourseFixture fixture = CourseFixture.guide(directory);
		String before = hash(fixture);

		fixture.edit(file, text, edited);

		assertThat(hash(fixture)).isNotEqualTo(before);
	}

	@Test
	void a_file_the_course_does_not_use_leaves_the_hash_alone() {
		CourseFixture fixture = CourseFixture.guide(directory);
		String before = hash(fixture);

		fixture.write(COURSE + "/images/unused.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		fixture.write(COURSE + "/notes.txt", "reviewer notes");

		assertThat(hash(fixture)).isEqualTo(before);
	}

	@Test
	void moving_bytes_from_one_file_to_the_next_changes_the_hash() {
		assertThat(ContentHash.of(java.util.Map.of("a", "xy".getBytes(), "b", "z".getBytes())))
			.isNotEqualTo(ContentHash.of(java.util.Map.of("a", "x".getBytes(), "b", "yz".getBytes())));
	}

	private static String hash(CourseFixture fixture) {
		CourseTree tree = fixture.load();
		assertThat(tree.problems()).isEmpty();
		return tree.valid().getFirst().contentHash();
	}

}
