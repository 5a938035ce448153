package org.htmacademy.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.course.content.CourseModule;
import org.htmacademy.course.content.CourseTree;
import org.htmacademy.course.content.CourseTreeLoader;
import org.htmacademy.course.content.LessonSource;
import org.htmacademy.course.content.LoadedCourse;
import org.htmacademy.course.content.QuizDefinition;
import org.htmacademy.course.content.Track;
import org.htmacademy.course.gift.GiftQuestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The real courses/ tree, held to what a CE reviewer and a learner may expect of every course. */
@HtmSpringTest
class CurriculumTest {

	static final Path COURSES = Path.of("courses");

	/** Question kinds every course mixes, so no course can be passed by recognising one answer format. */
	static final Map<String, Predicate<GiftQuestion>> QUESTION_KINDS = Map.of(
			"multiple choice, one answer", q -> q instanceof GiftQuestion.MultipleChoice mc && !mc.multipleAnswers(),
			"multiple choice, several answers", q -> q instanceof GiftQuestion.MultipleChoice mc && mc.multipleAnswers(),
			"true/false", q -> q instanceof GiftQuestion.TrueFalse,
			"numerical", q -> q instanceof GiftQuestion.Numerical,
			"matching", q -> q instanceof GiftQuestion.Matching,
			"short answer", q -> q instanceof GiftQuestion.ShortAnswer);

	static CourseTree tree;

	@Autowired
	CourseImporter importer;

	@BeforeAll
	static void loadTheTree() {
		tree = new CourseTreeLoader().load(COURSES);
		System.out.println(CourseFigures.table(tree.valid().stream().map(CourseFigures::of).toList()));
	}

	@Test
	void the_curriculum_loads_without_a_single_error_or_warning_and_imports() {
		assertThat(tree.problems()).isEmpty();
		assertThat(tree.valid()).hasSize(CourseTreeLoader.courseFolders(COURSES).size());

		ImportReport report = importer.importTree(COURSES, ImportProgress.NONE);

		assertThat(report.treeProblems()).isEmpty();
		assertThat(report.courses()).hasSize(tree.valid().size()).allSatisfy(course -> {
			assertThat(course.outcome()).isIn(ImportOutcome.PUBLISHED, ImportOutcome.UNCHANGED);
			assertThat(course.problems()).isEmpty();
			assertThat(course.versionNumber()).isPositive();
		});
	}

	@Test
	void every_track_has_at_least_two_courses() {
		Map<Track, Long> perTrack = tree.valid()
			.stream()
			.collect(Collectors.groupingBy(LoadedCourse::track, Collectors.counting()));

		assertThat(perTrack).containsOnlyKeys(Track.values()).allSatisfy((track, count) -> assertThat(count)
			.as("courses in the %s track", track)
			.isGreaterThanOrEqualTo(2));
	}

	@Test
	void every_course_has_four_modules_of_full_lessons_each_with_a_quiz() {
		SoftAssertions softly = new SoftAssertions();
		for (LoadedCourse course : tree.valid()) {
			softly.assertThat(course.modules()).as("%s: modules", course.id()).hasSizeGreaterThanOrEqualTo(4);
			for (CourseModule module : course.modules()) {
				String where = course.id() + ", module " + module.id();
				softly.assertThat(module.lessons()).as("%s: lessons", where).isNotEmpty();
				softly.assertThat(module.quiz()).as("%s: quiz", where).isPresent();
				module.quiz()
					.ifPresent(quiz -> softly.assertThat(quiz.questions()).as("%s: quiz questions", where)
						.hasSizeGreaterThanOrEqualTo(6));
			}
			for (LessonSource lesson : course.lessons()) {
				softly.assertThat(lesson.wordCount()).as("%s: words in %s", course.id(), lesson.path())
					.isGreaterThanOrEqualTo(700);
			}
		}
		softly.assertAll();
	}

	@Test
	void every_course_ends_with_a_final_exam_drawn_from_a_large_pool_and_awards_a_certificate() throws IOException {
		SoftAssertions softly = new SoftAssertions();
		for (LoadedCourse course : tree.valid()) {
			softly.assertThat(course.awardsCertificate()).as("%s: certificate", course.id()).isTrue();
			softly.assertThat(course.finalQuiz()).as("%s: final quiz", course.id()).isPresent();
			course.finalQuiz().ifPresent(exam -> {
				softly.assertThat(exam.questions()).as("%s: final pool", course.id()).hasSizeGreaterThanOrEqualTo(30);
				softly.assertThat(exam.settings().draw()).as("%s: final draw", course.id()).isGreaterThanOrEqualTo(20);
			});
			softly.assertThat(finalQuizKeys(course)).as("%s: finalQuiz keys written in course.yml", course.id())
				.contains("passMark");
		}
		softly.assertAll();
	}

	@Test
	void every_course_mixes_the_question_types() {
		SoftAssertions softly = new SoftAssertions();
		for (LoadedCourse course : tree.valid()) {
			List<GiftQuestion> questions = quizzes(course).flatMap(quiz -> quiz.questions().stream()).toList();
			Set<String> missing = QUESTION_KINDS.entrySet()
				.stream()
				.filter(kind -> questions.stream().noneMatch(kind.getValue()))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			softly.assertThat(missing).as("%s: question types never used", course.id()).isEmpty();
		}
		softly.assertAll();
	}

	@Test
	void no_course_claims_more_ce_hours_than_its_reading_and_quiz_time_supports_nor_less_than_the_floor() {
		SoftAssertions softly = new SoftAssertions();
		for (LoadedCourse course : tree.valid()) {
			CourseFigures figures = CourseFigures.of(course);
			softly.assertThat(course.ceHours())
				.as("%s: ceHours for %d words and %d + %d questions presented", course.id(), figures.words(),
						figures.moduleQuestionsPresented(), figures.finalDraw())
				.isLessThanOrEqualTo(figures.supportedCeHours())
				.isGreaterThanOrEqualTo(figures.content().floorHours());
		}
		softly.assertAll();
	}

	private static Stream<QuizDefinition> quizzes(LoadedCourse course) {
		return Stream.concat(course.modules().stream().flatMap(module -> module.quiz().stream()),
				course.finalQuiz().stream());
	}

	@SuppressWarnings("unchecked")
	private static Set<String> finalQuizKeys(LoadedCourse course) throws IOException {
		Map<String, Object> yml = new Yaml().load(Files.readString(course.folder().resolve("course.yml")));
		return ((Map<String, Object>) yml.getOrDefault("finalQuiz", Map.of())).keySet();
	}

}
