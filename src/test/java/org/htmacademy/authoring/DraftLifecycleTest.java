package org.htmacademy.authoring;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.authoring.ProblemPlace.CourseField;
import org.htmacademy.course.ImportOutcome;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;
import org.htmacademy.learning.LearningService;
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
class DraftLifecycleTest {

	@Autowired
	DraftService drafts;

	@Autowired
	DraftEditing editing;

	@Autowired
	DraftPublishing publishing;

	@Autowired
	LearningService learning;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	String instructor;

	String courseId;

	@BeforeEach
	void anInstructor() {
		instructor = Accounts.instructor(accounts, signIn, "Priya Author");
		courseId = Accounts.courseId("infusion-batteries");
		signIn.as(instructor);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_new_course_reserves_its_id_and_makes_its_creator_its_instructor() {
		long draftId = drafts.createCourse(courseId, "Battery Management", Track.NETWORKING, Level.INTRODUCTORY);

		Draft draft = drafts.open(draftId);
		assertThat(draft.newCourse()).isTrue();
		assertThat(draft.outline().title()).isEqualTo("Battery Management");
		assertThat(draft.outline().lessonFiles()).containsExactly("lessons/introduction.md");
		assertThat(draft.lessonTitles()).containsEntry("lessons/introduction.md", "Introduction");
		assertThat(draft.mayPublish()).isTrue();
		assertThat(drafts.myCourses()).extracting(TaughtCourse::courseId, TaughtCourse::myDraftId)
			.contains(org.assertj.core.groups.Tuple.tuple(courseId, draftId));
		assertThat(drafts.myDrafts()).extracting(DraftSummary::id).contains(draftId);

		assertThatThrownBy(() -> drafts.createCourse(courseId, "Again", Track.DENTAL, Level.ADVANCED))
			.isInstanceOf(AuthoringException.class)
			.hasMessageContaining("already exists");
		assertThatThrownBy(() -> drafts.createCourse("Not An Id", "x", Track.DENTAL, Level.ADVANCED))
			.hasMessageContaining("lowercase letters");
	}

	@Test
	void publishing_with_errors_writes_nothing_and_puts_each_problem_next_to_its_field() {
		long draftId = drafts.createCourse(courseId, "Battery Management", Track.NETWORKING, Level.INTRODUCTORY);
		long versionsBefore = versions();

		PublishResult result = publishing.publish(draftId);

		assertThat(result.outcome()).isEqualTo(ImportOutcome.REJECTED);
		assertThat(versions()).isEqualTo(versionsBefore);
		assertThat(result.problems()).filteredOn(DraftProblem::error)
			.extracting(DraftProblem::place)
			.contains(new CourseField("summary"), new CourseField("objectives"), new CourseField("ceHours"),
					new CourseField("certificationAreas"), new CourseField("references"));
		assertThat(result.problems()).extracting(DraftProblem::toString)
			.contains("course.yml:6:10: error: summary must not be empty");
		assertThat(drafts.open(draftId)).as("the draft stays for its author to fix").isNotNull();
	}

	@Test
	void a_short_lesson_claiming_half_an_hour_and_a_certificate_for_reading_is_refused_in_plain_words() {
		long draftId = drafts.createCourse(courseId, "Battery Management", Track.NETWORKING, Level.INTRODUCTORY);
		Draft draft = drafts.open(draftId);
		CourseOutline filled = Drafts.filledIn(draft.outline());
		editing.saveOutline(draftId, new CourseOutline(filled.id(), filled.title(), filled.version(), filled.track(),
				filled.level(), filled.summary(), filled.objectives(), new BigDecimal("0.5"),
				filled.certificationAreas(), filled.prerequisites(), filled.authors(), filled.references(), true, false,
				true, filled.modules(), filled.finalQuiz()), draft.outlineVersion());
		long versionsBefore = versions();

		PublishResult result = publishing.publish(draftId);

		assertThat(result.outcome()).isEqualTo(ImportOutcome.REJECTED);
		assertThat(versions()).isEqualTo(versionsBefore);
		assertThat(result.problems()).filteredOn(DraftProblem::error)
			.extracting(DraftProblem::place)
			.containsExactly(new CourseField("ceHours"), new CourseField("certificate"));
		assertThat(result.problems()).extracting(DraftProblem::message)
			.anyMatch(message -> message.startsWith("The course claims 0.5 CE hours, more than its content supports"))
			.anyMatch(message -> message.startsWith("A course that issues a CE certificate needs a final exam"));
	}

	@Test
	void publishing_creates_the_next_version_while_an_enrolled_learner_keeps_theirs() {
		long firstDraft = Drafts.publishableCourse(drafts, editing, courseId);
		PublishResult first = publishing.publish(firstDraft);
		assertThat(first.problems()).filteredOn(DraftProblem::error).isEmpty();
		assertThat(first.outcome()).isEqualTo(ImportOutcome.PUBLISHED);
		assertThat(first.versionNumber()).isEqualTo(1);
		assertThatThrownBy(() -> drafts.open(firstDraft)).as("a published draft is done")
			.isInstanceOf(DraftNotFoundException.class);

		String learner = Accounts.learner(accounts, "Early Learner");
		signIn.as(learner);
		learning.enrol(courseId);
		String lessonOfVersionOne = learning.openLesson(courseId, "introduction").html();

		signIn.as(instructor);
		long secondDraft = drafts.startDraft(courseId);
		assertThat(drafts.open(secondDraft).baseVersionNumber()).isEqualTo(1);
		LessonDraft lesson = editing.lesson(secondDraft, "introduction");
		editing.saveLesson(secondDraft, lesson.path(),
				lesson.markdown().replace("Write the lesson here.", "Test the battery under load."), lesson.version());
		PublishResult second = publishing.publish(secondDraft);

		assertThat(second.outcome()).isEqualTo(ImportOutcome.PUBLISHED);
		assertThat(second.versionNumber()).isEqualTo(2);
		signIn.as(learner);
		assertThat(learning.course(courseId).orElseThrow().versionNumber()).isEqualTo(1);
		assertThat(learning.course(courseId).orElseThrow().newerVersion()).isTrue();
		assertThat(learning.openLesson(courseId, "introduction").html()).isEqualTo(lessonOfVersionOne)
			.doesNotContain("under load");
		signIn.as(Accounts.learner(accounts, "Late Learner"));
		learning.enrol(courseId);
		assertThat(learning.openLesson(courseId, "introduction").html()).contains("Test the battery under load.");
	}

	@Test
	void an_unchanged_draft_publishes_nothing() {
		publishing.publish(Drafts.publishableCourse(drafts, editing, courseId));
		long draftId = drafts.startDraft(courseId);

		PublishResult result = publishing.publish(draftId);

		assertThat(result.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
		assertThat(result.versionNumber()).isEqualTo(1);
	}

	@Test
	void a_draft_is_private_to_its_authors() {
		long draftId = Drafts.publishableCourse(drafts, editing, courseId);
		Draft draft = drafts.open(draftId);
		LessonDraft lesson = editing.lesson(draftId, "introduction");
		String other = Accounts.instructor(accounts, signIn, "Other Instructor");

		signIn.as(other);
		assertThat(drafts.myDrafts()).extracting(DraftSummary::id).doesNotContain(draftId);
		List<Runnable> attempts = List.of(() -> drafts.open(draftId), () -> editing.lesson(draftId, "introduction"),
				() -> editing.saveLesson(draftId, lesson.path(), "# Taken over", lesson.version()),
				() -> editing.saveOutline(draftId, draft.outline(), draft.outlineVersion()),
				() -> publishing.check(draftId), () -> publishing.publish(draftId), () -> drafts.delete(draftId),
				() -> drafts.addAuthor(draftId, other));
		attempts.forEach(attempt -> assertThatThrownBy(attempt::run).isInstanceOf(DraftNotFoundException.class));
		assertThatThrownBy(() -> drafts.startDraft(courseId)).as("not an instructor of the course")
			.isInstanceOf(AuthoringException.class);

		signIn.as(Accounts.ADMIN);
		assertThatThrownBy(() -> drafts.open(draftId)).as("administrators too: drafts are private")
			.isInstanceOf(DraftNotFoundException.class);

		signIn.as(Accounts.learner(accounts, "Curious Learner"));
		assertThatThrownBy(() -> drafts.open(draftId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(drafts::myDrafts).isInstanceOf(AccessDeniedException.class);

		signIn.as(instructor);
		assertThat(editing.lesson(draftId, "introduction").markdown()).isEqualTo(lesson.markdown());
		assertThat(versions(courseId)).isZero();
	}

	@Test
	void a_co_author_edits_the_draft_but_only_the_course_instructors_publish_it() {
		long draftId = Drafts.publishableCourse(drafts, editing, courseId);
		String coAuthor = Accounts.instructor(accounts, signIn, "Co Author");
		signIn.as(instructor);
		drafts.addAuthor(draftId, coAuthor);

		signIn.as(coAuthor);
		assertThat(drafts.myDrafts()).extracting(DraftSummary::id).contains(draftId);
		LessonDraft lesson = editing.lesson(draftId, "introduction");
		editing.saveLesson(draftId, lesson.path(), lesson.markdown() + "\nA paragraph by the co-author.\n",
				lesson.version());
		assertThat(drafts.open(draftId).mayPublish()).isFalse();
		assertThatThrownBy(() -> publishing.publish(draftId)).isInstanceOf(AuthoringException.class)
			.hasMessageContaining("Only the instructors of " + courseId);
		assertThatThrownBy(() -> drafts.delete(draftId)).hasMessageContaining("Only the author who started");

		signIn.as(instructor);
		assertThat(publishing.publish(draftId).outcome()).isEqualTo(ImportOutcome.PUBLISHED);
	}

	@Test
	void deleting_a_draft_of_a_course_never_published_frees_its_id() {
		long draftId = drafts.createCourse(courseId, "Short-lived", Track.DENTAL, Level.INTRODUCTORY);

		drafts.delete(draftId);

		assertThat(jdbc.queryForObject("select count(*) from course where slug = ?", Long.class, courseId)).isZero();
		assertThat(drafts.createCourse(courseId, "Again", Track.DENTAL, Level.INTRODUCTORY)).isPositive();
	}

	private long versions() {
		return jdbc.queryForObject("select count(*) from course_version", Long.class);
	}

	private long versions(String slug) {
		return jdbc.queryForObject(
				"select count(*) from course_version v join course c on c.id = v.course_id where c.slug = ?",
				Long.class, slug);
	}

}
