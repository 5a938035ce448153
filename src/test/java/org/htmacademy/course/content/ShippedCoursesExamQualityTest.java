package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.htmacademy.course.gift.ExamCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a learner who always picks the longest option must not pass a shipped course. Prints each course's
 * figures first, so a failing run still shows where each course stands.
 */
class ShippedCoursesExamQualityTest {

	static final Path COURSES = Path.of("courses");

	static CourseTree tree;

	@BeforeAll
	static void validateAndPrintTheFigures() {
		tree = new CourseTreeLoader().load(COURSES);
		Map<ExamCheck, Integer> total = new EnumMap<>(ExamCheck.class);
		int singleAnswer = 0;
		int keyLongest = 0;
		for (CourseExamQuality course : tree.examQuality()) {
			System.out.println(course.summary());
			course.warnings().forEach((check, count) -> total.merge(check, count, Integer::sum));
			singleAnswer += course.singleAnswer();
			keyLongest += course.keyLongest();
		}
		System.out.println("all courses: " + ExamShares.keyLongest(keyLongest, singleAnswer) + "; "
				+ ExamShares.warnings(total));
	}

	@Test
	void every_course_has_at_least_one_quiz_with_single_answer_questions() {
		assertThat(tree.examQuality()).hasSize(CourseTreeLoader.courseFolders(COURSES).size())
			.allSatisfy(course -> assertThat(course.singleAnswer()).as(course.course()).isPositive());
	}

	@Test
	void in_every_course_at_most_35_percent_of_single_answer_keys_are_the_longest_option() {
		assertThat(tree.examQuality()).allSatisfy(
				course -> assertThat(course.withinCourseLimit()).as(course.summary()).isTrue());
	}

	@Test
	void no_course_has_an_exam_quality_warning() {
		assertThat(tree.problems()).filteredOn(problem -> problem.message().startsWith("exam quality: "))
			.extracting(ContentProblem::toString)
			.isEmpty();
		assertThat(tree.examQuality()).allSatisfy(
				course -> assertThat(course.warningCount()).as(course.summary()).isZero());
	}

}
