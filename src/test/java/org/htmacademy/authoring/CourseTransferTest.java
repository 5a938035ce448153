package org.htmacademy.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.course.ImportOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
@Import(SignIn.class)
class CourseTransferTest {

	static final Path GUIDE = Path.of("src/test/resources/course-fixtures/guide/electrical-safety-basics");

	@Autowired
	CourseTransfer transfer;

	@Autowired
	DraftService drafts;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	String instructor;

	@BeforeEach
	void anInstructor() {
		instructor = Accounts.instructor(accounts, signIn, "Zip Importer");
		signIn.as(instructor);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_instructor_imports_a_new_course_as_a_zip_teaches_it_and_exports_it_again() {
		String courseId = Accounts.courseId("electrical-safety");

		ZipImport imported = transfer.importZip(zip("electrical-safety-basics", guide()), courseId);

		assertThat(imported.outcome()).isEqualTo(ImportOutcome.PUBLISHED);
		assertThat(imported.versionNumber()).isEqualTo(1);
		assertThat(drafts.myCourses()).extracting(TaughtCourse::courseId).contains(courseId);
		ExportedCourse exported = transfer.exportCourse(courseId);
		assertThat(exported.fileName()).isEqualTo(courseId + "-v1.zip");
		Map<String, byte[]> files = CourseZip.read(exported.zip(), CourseZip.Limits.DEFAULT).files();
		assertThat(files).containsOnlyKeys("course.yml", "lessons/leakage-current.md", "quizzes/leakage.gift",
				"quizzes/final-exam.gift", "images/leakage-path.svg");
		assertThat(new String(files.get("course.yml"), StandardCharsets.UTF_8)).startsWith("id: " + courseId + "\n")
			.contains("  - name: Dana Whitfield\n    credentials: CBET\n");
		assertThat(files.get("lessons/leakage-current.md")).isEqualTo(guide().get("lessons/leakage-current.md"));
		transfer.importZip(exported.zip(), null);
		assertThat(transfer.importZip(exported.zip(), null).outcome()).as("the same ZIP again changes nothing")
			.isEqualTo(ImportOutcome.UNCHANGED);
	}

	@Test
	void a_zip_with_a_file_outside_the_course_folder_imports_nothing() {
		Map<String, byte[]> files = new TreeMap<>(guide());
		files.put("../../../../tmp/evil.sh", "echo owned".getBytes(StandardCharsets.UTF_8));
		long versions = versions();

		assertThatThrownBy(() -> transfer.importZip(zip("electrical-safety-basics", files), null))
			.isInstanceOf(CourseZipException.class)
			.hasMessageContaining("outside the course folder");
		assertThat(versions()).isEqualTo(versions);
	}

	@Test
	void a_zip_with_an_error_imports_nothing_and_says_where() {
		Map<String, byte[]> files = new TreeMap<>(guide());
		files.put("lessons/leakage-current.md", new String(files.get("lessons/leakage-current.md"),
				StandardCharsets.UTF_8).replace("leakage-path.svg", "missing.svg").getBytes(StandardCharsets.UTF_8));
		long versions = versions();

		ZipImport imported = transfer.importZip(zip("x", files), Accounts.courseId("broken"));

		assertThat(imported.outcome()).isEqualTo(ImportOutcome.REJECTED);
		assertThat(imported.problems())
			.containsExactly("lessons/leakage-current.md:5:1: error: image ../images/missing.svg does not exist");
		assertThat(versions()).isEqualTo(versions);
	}

	@Test
	void only_a_course_s_instructors_and_administrators_import_into_or_export_it() {
		String taughtByOthers = "med-device-networking-fundamentals";
		byte[] zip = zip(taughtByOthers, guide());

		assertThatThrownBy(() -> transfer.importZip(zip, taughtByOthers)).isInstanceOf(AuthoringException.class)
			.hasMessageContaining("Only the instructors of " + taughtByOthers);
		assertThatThrownBy(() -> transfer.exportCourse(taughtByOthers)).isInstanceOf(AuthoringException.class);

		signIn.as(Accounts.learner(accounts, "Zip Learner"));
		assertThatThrownBy(() -> transfer.exportCourse(taughtByOthers)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> transfer.importZip(zip, null)).isInstanceOf(AccessDeniedException.class);

		signIn.as(Accounts.ADMIN);
		assertThat(transfer.exportCourse(taughtByOthers).zip()).isNotEmpty();
	}

	private long versions() {
		return jdbc.queryForObject("select count(*) from course_version", Long.class);
	}

	static Map<String, byte[]> guide() {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(GUIDE)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(GUIDE.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	/** A ZIP as a person makes it, without the checks of {@link CourseZip#write}. */
	static byte[] zip(String folder, Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(folder + "/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

}
