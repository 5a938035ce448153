package org.htmacademy.gradebook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.QuizService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A course with five learners at every stage: passed, failed, in the middle of the exam, not started, and one on a
 * newer version of the course. The tests only read, so the course is made once.
 */
@HtmSpringTest
@Import(Classroom.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeachingServiceTest {

	@Autowired
	Classroom classroom;

	@Autowired
	TeachingService teaching;

	@Autowired
	LearningService learning;

	@Autowired
	QuizService quizzes;

	@Autowired
	SignIn signIn;

	String courseId;

	String instructor;

	String otherInstructor;

	String passed;

	String failed;

	String inProgress;

	String notStarted;

	String onVersionTwo;

	@BeforeAll
	void aCourseWithLearnersAtEveryStage(@TempDir Path folder) throws IOException {
		CourseFolders tree = new CourseFolders(folder);
		courseId = classroom.importCourse(tree);
		instructor = classroom.instructor("Ines Instructor");
		otherInstructor = classroom.instructor("Oscar Other");
		classroom.assign(courseId, instructor);

		passed = classroom.learner("Alice Passed");
		classroom.enrol(passed, courseId);
		learning.markLessonComplete(courseId, "leakage-current");
		QuizTaker.moduleQuiz(quizzes).take(classroom.moduleQuiz(courseId), QuizTaker.all());
		QuizTaker.finalExam(quizzes).take(classroom.finalExam(courseId), QuizTaker.none());
		QuizTaker.finalExam(quizzes).take(classroom.finalExam(courseId), QuizTaker.all());

		failed = classroom.learner("Bob Failed");
		classroom.enrol(failed, courseId);
		QuizTaker.finalExam(quizzes).take(classroom.finalExam(courseId), QuizTaker.none());

		inProgress = classroom.learner("Carol Midway");
		classroom.enrol(inProgress, courseId);
		QuizTaker.finalExam(quizzes).answer(classroom.finalExam(courseId), QuizTaker.all());

		notStarted = classroom.learner("Dan Notyet");
		classroom.enrol(notStarted, courseId);

		Files.writeString(tree.path(courseId, "lessons/leakage-current.md"), "\nA paragraph of version two.\n",
				StandardOpenOption.APPEND);
		assertThat(classroom.runImport(tree.root())).contains("v2");
		onVersionTwo = classroom.learner("Eve Newer");
		classroom.enrol(onVersionTwo, courseId);
		signIn.out();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_gradebook_has_a_row_per_enrolled_learner_across_versions() {
		signIn.as(instructor);

		List<GradebookRow> rows = teaching.learners(courseId, GradebookFilter.EVERYONE);

		assertThat(rows).extracting(GradebookRow::learnerName, GradebookRow::versionNumber, GradebookRow::status)
			.containsExactly(tuple("Alice Passed", 1, FinalExamStatus.PASSED),
					tuple("Bob Failed", 1, FinalExamStatus.FAILED), tuple("Carol Midway", 1, FinalExamStatus.IN_PROGRESS),
					tuple("Dan Notyet", 1, FinalExamStatus.NOT_ATTEMPTED),
					tuple("Eve Newer", 2, FinalExamStatus.NOT_ATTEMPTED));
		GradebookRow alice = rows.getFirst();
		assertThat(alice.email()).isEqualTo(passed);
		assertThat(alice.lessonsRead()).isEqualTo(1);
		assertThat(alice.lessons()).isEqualTo(1);
		assertThat(alice.moduleQuizzesPassed()).isEqualTo(1);
		assertThat(alice.moduleQuizzes()).isEqualTo(1);
		assertThat(alice.grading()).contains(GradingMethod.HIGHEST);
		assertThat(alice.bestScore()).hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("100"));
		assertThat(alice.grade()).hasValueSatisfying(grade -> assertThat(grade).isEqualByComparingTo("100"));
		assertThat(alice.attemptsUsed()).isEqualTo(2);
		assertThat(alice.attemptsAllowed()).isEqualTo(3);
		assertThat(alice.lastActivity()).isNotNull();

		GradebookRow bob = rows.get(1);
		assertThat(bob.bestScore()).hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo(BigDecimal.ZERO));
		assertThat(bob.moduleQuizzesPassed()).isZero();
		assertThat(bob.attemptsUsed()).isEqualTo(1);
		assertThat(rows.get(2).attemptsUsed()).isEqualTo(1);
		assertThat(rows.get(2).bestScore()).isEmpty();
		assertThat(rows.get(3).attemptsUsed()).isZero();
		assertThat(rows.get(3).grade()).isEqualTo(Optional.empty());
	}

	@Test
	void the_gradebook_filters_by_name_or_email_status_and_version() {
		signIn.as(instructor);

		assertThat(names(new GradebookFilter("carol", null, null))).containsExactly("Carol Midway");
		assertThat(names(new GradebookFilter(failed.substring(0, 12).toUpperCase(), null, null)))
			.containsExactly("Bob Failed");
		assertThat(names(new GradebookFilter(null, FinalExamStatus.NOT_ATTEMPTED, null))).containsExactly("Dan Notyet",
				"Eve Newer");
		assertThat(names(new GradebookFilter(null, FinalExamStatus.NOT_ATTEMPTED, 2))).containsExactly("Eve Newer");
		assertThat(names(new GradebookFilter(null, FinalExamStatus.IN_PROGRESS, null))).containsExactly("Carol Midway");
		assertThat(names(new GradebookFilter("%", null, null))).isEmpty();
	}

	@Test
	void the_course_lists_its_versions_with_their_quizzes_newest_first() {
		signIn.as(instructor);

		GradebookCourse course = teaching.course(courseId);

		assertThat(course.title()).isEqualTo("Electrical Safety Testing Basics");
		assertThat(course.versions()).extracting(GradebookCourse.VersionQuizzes::versionNumber,
				GradebookCourse.VersionQuizzes::live, GradebookCourse.VersionQuizzes::learners)
			.containsExactly(tuple(2, true, 1), tuple(1, false, 4));
		assertThat(course.versions().get(1).quizzes())
			.extracting(GradebookCourse.QuizSummary::title, GradebookCourse.QuizSummary::finishedAttempts)
			.containsExactly(tuple("Module quiz: Leakage current", 1), tuple("Final exam", 3));
	}

	@Test
	void an_instructor_sees_only_the_courses_they_teach_and_an_administrator_sees_all() {
		signIn.as(instructor);
		assertThat(teaching.myCourses()).extracting(TaughtCourse::courseId).containsExactly(courseId);
		TaughtCourse mine = teaching.myCourses().getFirst();
		assertThat(mine.learners()).isEqualTo(5);
		assertThat(mine.passedFinalExam()).isEqualTo(1);
		assertThat(mine.liveVersion()).isEqualTo(2);
		assertThat(mine.instructors()).contains("Ines Instructor").doesNotContain("Oscar Other");

		signIn.as(otherInstructor);
		assertThat(teaching.myCourses()).extracting(TaughtCourse::courseId).doesNotContain(courseId);

		signIn.as(Classroom.ADMIN);
		assertThat(teaching.myCourses()).extracting(TaughtCourse::courseId)
			.contains(courseId, "med-device-networking-fundamentals");
		assertThat(teaching.learners(courseId, GradebookFilter.EVERYONE)).hasSize(5);
	}

	@Test
	void an_instructor_cannot_read_the_gradebook_of_a_course_they_do_not_teach() {
		signIn.as(otherInstructor);

		assertThatThrownBy(() -> teaching.learners(courseId, GradebookFilter.EVERYONE))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> teaching.course(courseId)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_learner_gets_nothing() {
		signIn.as(passed);

		assertThatThrownBy(() -> teaching.myCourses()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> teaching.learners(courseId, GradebookFilter.EVERYONE))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> teaching.course(courseId)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_learner_who_is_also_an_instructor_is_refused_by_the_service_itself_for_courses_they_do_not_teach() {
		signIn.as("instructor@example.com");
		assertThat(teaching.myCourses()).extracting(TaughtCourse::courseId).contains(courseId);

		signIn.as(Classroom.ADMIN);
		assertThatThrownBy(() -> teaching.course("no-such-course")).isInstanceOf(AccessDeniedException.class);
	}

	private List<String> names(GradebookFilter filter) {
		return teaching.learners(courseId, filter).stream().map(GradebookRow::learnerName).toList();
	}

}
