package org.htmacademy.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourseZipTest {

	static final CourseZip.Limits SMALL = new CourseZip.Limits(10, 1024 * 1024, 2 * 1024 * 1024);

	@Test
	void a_course_folder_zipped_reads_back_as_the_same_files() {
		Map<String, byte[]> files = Map.of("course.yml", utf8("id: x"), "lessons/a.md", utf8("# A"),
				"images/b.png", new byte[] { 1, 2, 3 });

		byte[] zip = CourseZip.write("x", files);
		CourseZip.Content read = CourseZip.read(zip, SMALL);

		assertThat(read.folder()).isEqualTo("x");
		assertThat(read.files()).containsOnlyKeys(files.keySet());
		files.forEach((path, content) -> assertThat(read.files().get(path)).isEqualTo(content));
		assertThat(CourseZip.write("x", files)).as("the same course gives the same bytes").isEqualTo(zip);
	}

	@Test
	void course_yml_may_sit_at_the_root_and_system_clutter_is_ignored() throws IOException {
		byte[] zip = zip(Map.of("course.yml", utf8("id: x"), "__MACOSX/._course.yml", utf8("junk"),
				"lessons/.DS_Store", utf8("junk")));

		CourseZip.Content read = CourseZip.read(zip, SMALL);

		assertThat(read.folder()).isNull();
		assertThat(read.files()).containsOnlyKeys("course.yml");
	}

	@Test
	void a_name_leading_out_of_the_course_folder_is_refused() throws IOException {
		for (String evil : new String[] { "x/../../etc/cron.d/evil", "../evil.md", "/etc/passwd", "x\\..\\evil",
				"C:/evil", "x//evil" }) {
			byte[] zip = zip(Map.of("x/course.yml", utf8("id: x"), evil, utf8("boom")));

			assertThatThrownBy(() -> CourseZip.read(zip, SMALL)).as(evil)
				.isInstanceOf(CourseZipException.class)
				.hasMessageContaining("outside the course folder");
		}
	}

	@Test
	void a_zip_bomb_is_stopped_while_it_inflates() throws IOException {
		byte[] zeros = new byte[8 * 1024 * 1024];
		byte[] bomb = zip(Map.of("x/course.yml", utf8("id: x"), "x/images/big.png", zeros));
		assertThat(bomb.length).as("compressed").isLessThan(64 * 1024);

		assertThatThrownBy(() -> CourseZip.read(bomb, SMALL)).isInstanceOf(CourseZipException.class)
			.hasMessageContaining("larger than 1 MB once unpacked");
	}

	@Test
	void many_files_or_many_bytes_in_all_are_refused() throws IOException {
		Map<String, byte[]> many = new LinkedHashMap<>();
		for (int i = 0; i < 11; i++) {
			many.put("x/lessons/" + i + ".md", utf8("# " + i));
		}
		assertThatThrownBy(() -> CourseZip.read(zip(many), SMALL)).isInstanceOf(CourseZipException.class)
			.hasMessageContaining("more than 10 files");

		Map<String, byte[]> large = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			large.put("x/images/" + i + ".png", new byte[900 * 1024]);
		}
		assertThatThrownBy(() -> CourseZip.read(zip(large), SMALL)).isInstanceOf(CourseZipException.class)
			.hasMessageContaining("more than 2 MB");
	}

	@Test
	void anything_but_one_course_is_refused() throws IOException {
		assertThatThrownBy(() -> CourseZip.read(zip(Map.of("a/course.yml", utf8("id: a"), "b/course.yml",
				utf8("id: b"))), SMALL)).hasMessageContaining("must hold one course");
		assertThatThrownBy(() -> CourseZip.read(utf8("not a zip"), SMALL)).isInstanceOf(CourseZipException.class);
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
