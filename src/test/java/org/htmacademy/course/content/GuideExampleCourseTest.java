package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE;
import static org.htmacademy.course.content.CourseFixture.SVG;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.LoadedCourse.Author;
import org.htmacademy.course.content.LoadedCourse.CertificationArea;
import org.htmacademy.course.content.LoadedCourse.Completion;
import org.htmacademy.course.gift.GiftQuestion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete small example of courses/README.md, with its lesson, quizzes and image. */
class GuideExampleCourseTest {

	@TempDir
	Path directory;

	CourseFixture fixture;

	CourseTree tree;

	LoadedCourse course;

	@BeforeEach
	void load() {
		fixture = CourseFixture.guide(directory);
		tree = fixture.load();
		assertThat(tree.valid()).hasSize(1);
		course = tree.valid().getFirst();
	}

	@Test
	void the_example_loads_without_any_problem() {
		assertThat(tree.problems()).isEmpty();
		assertThat(tree.hasErrors()).isFalse();
	}

	@Test
	void every_course_field_is_read_from_course_yml() {
		assertThat(course.id()).isEqualTo(COURSE);
		assertThat(course.title()).isEqualTo("Electrical Safety Testing Basics");
		assertThat(course.version()).isEqualTo("1.0.0");
		assertThat(course.track()).isEqualTo(Track.NETWORKING);
		assertThat(course.level()).isEqualTo(Level.INTRODUCTORY);
		assertThat(course.summary()).isEqualTo("What an electrical safety test measures on a line-powered medical "
				+ "device, and how to record it.");
		assertThat(course.objectives()).containsExactly(
				"Explain why leakage current is limited on patient-connected equipment.",
				"Record a safety test so that another technician can repeat it.");
		assertThat(course.ceHours()).isEqualTo(new BigDecimal("0.25"));
		assertThat(course.certificationAreas()).containsExactly(
				new CertificationArea(Certification.CBET, List.of("Public safety in the healthcare facility")));
		assertThat(course.prerequisites()).isEmpty();
		assertThat(course.authors()).containsExactly(new Author("Dana Whitfield", Optional.of("CBET")));
		assertThat(course.references()).containsExactly("IEC 62353:2014, Medical electrical equipment — Recurrent "
				+ "test and test after repair of medical electrical equipment");
		assertThat(course.completion()).isEqualTo(new Completion(true, true));
		assertThat(course.awardsCertificate()).isTrue();
		assertThat(course.folder()).isEqualTo(directory.resolve(COURSE));
		assertThat(course.contentHash()).matches("[0-9a-f]{64}");
	}

	@Test
	void the_module_has_its_lesson_with_title_text_and_word_count() throws Exception {
		assertThat(course.modules()).hasSize(1);
		CourseModule module = course.modules().getFirst();
		assertThat(module.id()).isEqualTo("leakage");
		assertThat(module.title()).isEqualTo("Leakage current");
		LessonSource lesson = module.lessons().getFirst();
		assertThat(module.lessons()).hasSize(1);
		assertThat(lesson.id()).isEqualTo("leakage-current");
		assertThat(lesson.path()).isEqualTo("lessons/leakage-current.md");
		assertThat(lesson.title()).isEqualTo("Leakage current");
		assertThat(lesson.markdown()).isEqualTo(fixture.read(CourseFixture.LESSON));
		assertThat(lesson.wordCount()).isEqualTo(32);
		assertThat(course.lessons()).containsExactly(lesson);
	}

	@Test
	void the_module_quiz_has_the_guide_settings_and_every_example_question() {
		QuizDefinition quiz = course.modules().getFirst().quiz().orElseThrow();

		assertThat(quiz.file()).isEqualTo("quizzes/leakage.gift");
		assertThat(quiz.settings()).isEqualTo(QuizSettings.DEFAULTS);
		assertThat(quiz.settings()).isEqualTo(new QuizSettings(70, 0, 0, true, true, 0, ReviewPolicy.CORRECT_ANSWERS,
				GradingMethod.HIGHEST));
		assertThat(quiz.questions()).extracting(GiftQuestion::title).containsExactly("Leakage limit basis",
				"Test record", "Applied parts", "Ground", "Unit", "Limit", "Range", "Partial", "Match units",
				"Missing word", "Formats");
	}

	@Test
	void the_final_quiz_has_its_own_settings_and_defaults_for_the_rest() {
		QuizDefinition finalQuiz = course.finalQuiz().orElseThrow();

		assertThat(finalQuiz.file()).isEqualTo("quizzes/final-exam.gift");
		assertThat(finalQuiz.settings()).isEqualTo(new QuizSettings(80, 3, 20, true, true, 5,
				ReviewPolicy.YOUR_ANSWERS, GradingMethod.HIGHEST));
		assertThat(finalQuiz.questions()).hasSize(6);
	}

	@Test
	void only_the_images_lessons_link_are_loaded_with_their_bytes() throws Exception {
		fixture.writeBytes(COURSE + "/images/unused.png", new byte[] { 1, 2, 3 });

		LoadedCourse reloaded = fixture.load().valid().getFirst();

		assertThat(reloaded.images()).containsOnlyKeys("images/leakage-path.svg");
		assertThat(reloaded.images().get("images/leakage-path.svg")).isEqualTo(Files.readAllBytes(fixture.path(SVG)));
		LessonSource lesson = reloaded.lessons().getFirst();
		assertThat(lesson.imagePath("../images/leakage-path.svg")).isEqualTo("images/leakage-path.svg");
	}

}
