package org.htmacademy.learning;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
@Import(SignIn.class)
class LearningServiceTest {

	@TempDir
	Path tree;

	@Autowired
	LearningService learning;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	CourseFolders courses;

	String courseId;

	String firstLearner;

	String secondLearner;

	@BeforeEach
	void aCourseAndTwoLearners() {
		courses = new CourseFolders(tree);
		courseId = courses.addCourse("safety");
		assertThat(runImport()).contains(courseId).contains("PUBLISHED").contains("v1");
		firstLearner = register("first");
		secondLearner = register("second");
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_enrolled_learner_keeps_the_version_they_started_after_a_new_one_is_published() throws IOException {
		signIn.as(firstLearner);
		learning.enrol(courseId);
		String lessonBefore = learning.openLesson(courseId, "leakage-current").html();

		Files.writeString(courses.path(courseId, "lessons/leakage-current.md"),
				"\nA paragraph added in version two about isolation transformers.\n", StandardOpenOption.APPEND);
		assertThat(runImport()).contains("PUBLISHED").contains("v2");

		CourseOverview mine = learning.course(courseId).orElseThrow();
		assertThat(mine.versionNumber()).isEqualTo(1);
		assertThat(mine.newerVersion()).isTrue();
		assertThat(learning.openLesson(courseId, "leakage-current").html()).isEqualTo(lessonBefore)
			.doesNotContain("isolation transformers");

		signIn.as(secondLearner);
		CourseOverview theirs = learning.enrol(courseId);
		assertThat(theirs.versionNumber()).isEqualTo(2);
		assertThat(learning.openLesson(courseId, "leakage-current").html()).contains("isolation transformers");
	}

	@Test
	void a_learner_sees_only_their_own_progress_and_resumes_where_they_left_off() {
		signIn.as(firstLearner);
		learning.enrol(courseId);
		learning.openLesson(courseId, "leakage-current");
		learning.markLessonComplete(courseId, "leakage-current");
		assertThat(learning.course(courseId).orElseThrow().progress().orElseThrow().lessonsCompleted()).isEqualTo(1);

		signIn.as(secondLearner);
		assertThat(learning.course(courseId).orElseThrow().progress()).isEmpty();
		learning.enrol(courseId);
		CourseOverview.Progress progress = learning.course(courseId).orElseThrow().progress().orElseThrow();
		assertThat(progress.lessonsCompleted()).isZero();
		assertThat(progress.resumeLessonId()).contains("leakage-current");
		assertThat(learning.myCourses()).extracting(MyCourse::courseId).contains(courseId);
	}

	@Test
	void resuming_continues_from_the_lesson_opened_last_not_from_the_first_gap() {
		String course = "dental-water-quality-sterility-assurance";
		signIn.as(firstLearner);
		learning.enrol(course);
		learning.openLesson(course, "01-dental-unit-water-systems-and-biofilm");
		learning.markLessonComplete(course, "01-dental-unit-water-systems-and-biofilm");
		learning.openLesson(course, "03-reservoirs-chemical-treatment-filtration");
		assertThat(resumeAt(course)).contains("03-reservoirs-chemical-treatment-filtration");

		learning.markLessonComplete(course, "03-reservoirs-chemical-treatment-filtration");
		assertThat(resumeAt(course)).contains("04-monitoring-water-quality-and-sampling");
	}

	private java.util.Optional<String> resumeAt(String course) {
		return learning.course(course).orElseThrow().progress().orElseThrow().resumeLessonId();
	}

	@Test
	void a_lesson_of_a_course_the_learner_has_not_enrolled_in_is_refused() {
		signIn.as(firstLearner);

		assertThatThrownBy(() -> learning.openLesson(courseId, "leakage-current"))
			.isInstanceOf(NotEnrolledException.class);
	}

	@Test
	void lesson_html_is_sanitized_and_images_point_at_the_versions_assets() {
		signIn.as(firstLearner);
		learning.enrol(courseId);

		String html = learning.openLesson(courseId, "leakage-current").html();
		assertThat(html).doesNotContain("<script").doesNotContain("onerror").contains("src=\"/course-assets/");
	}

	private String register(String who) {
		String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", who + " learner");
		return email;
	}

	private String runImport() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		return out.toString();
	}

}
