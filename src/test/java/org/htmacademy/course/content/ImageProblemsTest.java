package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.LESSON;
import static org.htmacademy.course.content.CourseFixture.SVG;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageProblemsTest {

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
	}

	/** A lesson whose image sits at line 5, column 3. */
	static String lessonWithImage(String path) {
		return "# Leakage current\n\nText.\n\n- ![A diagram](" + path + ")\n\n## References\n\n- IEC 62353:2014\n";
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			../images/missing.svg           | image ../images/missing.svg does not exist
			images/leakage-path.svg         | image images/leakage-path.svg does not exist
			../../other/images/diagram.png  | image ../../other/images/diagram.png is outside the course folder
			/images/leakage-path.svg        | image /images/leakage-path.svg is outside the course folder
			../images/diagram.bmp           | image ../images/diagram.bmp is a .bmp file: use png, jpg, jpeg, gif, webp or svg
			../images/diagram               | image ../images/diagram has no file extension: use png, jpg, jpeg, gif, webp or svg
			https://example.org/diagram.png | image https://example.org/diagram.png is not a file of the course: put it in images/ and link it relative to the lesson
			""")
	void an_image_must_be_a_file_of_the_course_with_an_allowed_extension(String path, String message) {
		course.write(LESSON, lessonWithImage(path));

		assertThat(course.problems()).containsExactly(LESSON + ":5:3: error: " + message);
	}

	@Test
	void an_image_extension_is_allowed_in_any_case() {
		course.write(LESSON, lessonWithImage("../images/photo.JPG"))
			.writeBytes(CourseFixture.COURSE + "/images/photo.JPG", new byte[] { (byte) 0xFF, (byte) 0xD8 });

		assertThat(course.load().valid().getFirst().images()).containsOnlyKeys("images/photo.JPG");
	}

	@Test
	void svg_problems_are_reported_once_in_the_svg_file_even_when_two_lessons_link_it() {
		course.write(SVG, """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
				  <script>alert(1)</script>
				  <rect onclick="alert(1)" width="10" height="10"/>
				</svg>
				""")
			.write(LESSON, lessonWithImage("../images/leakage-path.svg") + "\n![Again](../images/leakage-path.svg)\n");

		assertThat(course.problems()).containsExactly(
				SVG + ":2:3: error: <script> is not allowed in an SVG image",
				SVG + ":3:9: error: event-handler attribute onclick is not allowed");
	}

}
