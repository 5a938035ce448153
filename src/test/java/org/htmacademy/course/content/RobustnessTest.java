package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;
import static org.htmacademy.course.content.CourseFixture.LESSON;
import static org.htmacademy.course.content.CourseFixture.QUIZ;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded random edits of the guide's example: the loader reports problems, it never throws. */
class RobustnessTest {

	static final List<String> FILES = List.of(COURSE_YML, COURSE_YML, COURSE_YML, LESSON, QUIZ);

	static final List<String> INSERTS = List.of("", " ", "  ", "- ", ": ", "[", "]", "{", "}", "&a ", "*a", "!!int ",
			"~", "null", "-1", "0.1", "../", "/", "\t", "\"", "'", "#", "\n", "::", "->", "\u0000", "\uFEFF");

	@TempDir
	Path directory;

	@Test
	void random_edits_of_the_example_course_never_make_the_loader_throw() {
		Random random = new Random(20260101);
		CourseFixture course = CourseFixture.guide(directory);
		Map<String, String> originals = FILES.stream().distinct().collect(Collectors.toMap(file -> file, course::read));
		for (int round = 0; round < 300; round++) {
			String file = FILES.get(random.nextInt(FILES.size()));
			String original = originals.get(file);
			course.write(file, mutate(original, random));

			CourseTree tree = course.load();

			assertThat(tree.valid().size() + (tree.hasErrors() ? 1 : 0)).isEqualTo(1);
			course.write(file, original);
		}
	}

	private static String mutate(String text, Random random) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		for (int edit = 1 + random.nextInt(3); edit > 0 && !lines.isEmpty(); edit--) {
			int line = random.nextInt(lines.size());
			String current = lines.get(line);
			int at = current.isEmpty() ? 0 : random.nextInt(current.length());
			switch (random.nextInt(4)) {
				case 0 -> lines.remove(line);
				case 1 -> lines.add(line, current);
				case 2 -> lines.set(line, current.substring(0, at) + INSERTS.get(random.nextInt(INSERTS.size()))
						+ current.substring(at));
				default -> lines.set(line, current.substring(0, at));
			}
		}
		return String.join("\n", lines) + "\n";
	}

}
