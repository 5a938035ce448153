package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.quiz.QuizService;
import org.jooq.DSLContext;
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
import static org.assertj.core.api.Assertions.within;
import static org.htmacademy.jooq.Tables.ATTEMPT_SLOT;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;

/**
 * The example course's final exam (five questions drawn from six, graded by the highest attempt) taken by twelve
 * learners once each, one learner twice (all wrong, then all right) and one learner whose attempt is still open.
 */
@HtmSpringTest
@Import(Classroom.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemAnalysisServiceTest {

	static final List<String> TITLES = List.of("Purpose of the test", "Leakage unit", "Protective earth", "Record",
			"Recurrent tests", "Match");

	static final int ONCE = 12;

	@Autowired
	Classroom classroom;

	@Autowired
	ItemAnalysisService analysis;

	@Autowired
	QuizService quizzes;

	@Autowired
	SignIn signIn;

	@Autowired
	DSLContext dsl;

	String courseId;

	long finalExam;

	String instructor;

	String otherInstructor;

	String learner;

	@BeforeAll
	void twelveLearnersTakeTheFinalExam(@TempDir Path folder) {
		courseId = classroom.importCourse(new CourseFolders(folder));
		instructor = classroom.instructor("Ivy Instructor");
		otherInstructor = classroom.instructor("Otto Other");
		classroom.assign(courseId, instructor);
		for (int k = 0; k < ONCE; k++) {
			learner = classroom.learner("Learner " + (char) ('A' + k));
			classroom.enrol(learner, courseId);
			finalExam = classroom.finalExam(courseId);
			QuizTaker.finalExam(quizzes).take(finalExam, rightFor(k));
		}
		classroom.enrol(classroom.learner("Twice Tried"), courseId);
		QuizTaker.finalExam(quizzes).take(finalExam, QuizTaker.none());
		QuizTaker.finalExam(quizzes).take(finalExam, QuizTaker.all());
		classroom.enrol(classroom.learner("Still Open"), courseId);
		QuizTaker.finalExam(quizzes).answer(finalExam, QuizTaker.all());
		signIn.out();
	}

	/** Everyone gets the first question right; the stronger the learner (higher k), the more of the others. */
	static Predicate<GiftQuestion> rightFor(int k) {
		return question -> {
			int i = TITLES.indexOf(question.title());
			return i == 0 || (k + i) % 5 != 0 && k >= i || k == ONCE - 1;
		};
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void figures_match_moodles_definitions_over_every_finished_attempt() {
		signIn.as(instructor);

		ItemAnalysis all = analysis.analyse(finalExam, Optional.of(AttemptSelection.ALL));

		assertThat(all.attempts()).as("finished attempts only: the open one is left out").isEqualTo(ONCE + 2);
		assertThat(all.learners()).isEqualTo(ONCE + 1);
		assertThat(all.questionsPerAttempt()).isEqualTo(5);
		assertThat(all.questions()).extracting(QuestionAnalysis::title).containsExactlyElementsOf(TITLES);
		Map<Long, ItemStatistics> expected = TwoPassStatistics.of(finishedAttemptSlots());
		for (QuestionAnalysis question : all.questions()) {
			ItemStatistics want = expected.get(question.questionId());
			ItemStatistics got = question.statistics();
			assertThat(got.attempts()).as(question.title()).isEqualTo(want.attempts());
			assertThat(got.facility().getAsDouble()).isCloseTo(want.facility().getAsDouble(), within(1e-12));
			assertThat(got.standardDeviation().getAsDouble()).isCloseTo(want.standardDeviation().getAsDouble(),
					within(1e-12));
			assertThat(got.discrimination().isPresent()).isEqualTo(want.discrimination().isPresent());
			if (want.discrimination().isPresent()) {
				assertThat(got.discrimination().getAsDouble()).isCloseTo(want.discrimination().getAsDouble(),
						within(1e-9));
			}
		}
	}

	@Test
	void each_drawn_question_is_measured_over_the_attempts_that_drew_it() {
		signIn.as(instructor);

		ItemAnalysis all = analysis.analyse(finalExam, Optional.of(AttemptSelection.ALL));

		long drawn = all.questions().stream().mapToLong(question -> question.statistics().attempts()).sum();
		assertThat(drawn).isEqualTo(5L * all.attempts());
		assertThat(all.questions()).anySatisfy(question -> assertThat(question.statistics().attempts())
			.isLessThan(all.attempts()));
	}

	@Test
	void a_question_everyone_answers_right_has_full_facility_and_no_discrimination_index() {
		signIn.as(instructor);

		QuestionAnalysis purpose = analysis.analyse(finalExam, Optional.of(AttemptSelection.LAST))
			.questions()
			.getFirst();

		assertThat(purpose.statistics().facility().getAsDouble()).isEqualTo(1.0);
		assertThat(purpose.statistics().discrimination()).isEmpty();
		assertThat(purpose.flags()).containsExactly(
				purpose.statistics().attempts() < ItemFlag.MIN_ATTEMPTS ? ItemFlag.TOO_FEW_ATTEMPTS : ItemFlag.TOO_EASY);
		assertThat(purpose.type()).isEqualTo("True/false");
		assertThat(purpose.answers()).extracting(AnswerCount::answer, AnswerCount::count)
			.containsExactly(tuple("True", purpose.statistics().attempts()),
					tuple("False", 0L),
					tuple("No answer", 0L));
	}

	@Test
	void every_drawn_answer_is_counted_under_the_choice_picked() {
		signIn.as(instructor);

		QuestionAnalysis unit = analysis.analyse(finalExam, Optional.of(AttemptSelection.ALL)).questions().get(1);

		Map<String, Long> counts = unit.answers()
			.stream()
			.collect(Collectors.toMap(AnswerCount::answer, AnswerCount::count));
		assertThat(counts.get("microamperes") + counts.get("kiloamperes")).isEqualTo(unit.statistics().attempts());
		assertThat(counts.get("volts")).isZero();
		assertThat(counts.get("microamperes"))
			.isEqualTo(Math.round(unit.statistics().facility().getAsDouble() * unit.statistics().attempts()));
		QuestionAnalysis recurrent = analysis.analyse(finalExam, Optional.of(AttemptSelection.ALL)).questions().get(4);
		assertThat(recurrent.unmatched()).extracting(TypedAnswer::text).containsExactly("not in the key");
	}

	@Test
	void the_attempts_analysed_follow_the_grading_method_unless_told_otherwise() {
		signIn.as(instructor);

		ItemAnalysis counting = analysis.analyse(finalExam, Optional.empty());
		ItemAnalysis first = analysis.analyse(finalExam, Optional.of(AttemptSelection.FIRST));
		ItemAnalysis last = analysis.analyse(finalExam, Optional.of(AttemptSelection.LAST));

		assertThat(counting.selection()).isEqualTo(AttemptSelection.HIGHEST);
		assertThat(counting.attempts()).isEqualTo(ONCE + 1);
		assertThat(first.attempts()).isEqualTo(ONCE + 1);
		// the learner who tried twice scored 0, then 100
		BigDecimal shift = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(ONCE + 1), 2, RoundingMode.HALF_UP);
		assertThat(last.meanScore().orElseThrow().subtract(first.meanScore().orElseThrow()))
			.isCloseTo(shift, within(new BigDecimal("0.02")));
		assertThat(counting.meanScore()).isEqualTo(last.meanScore());
	}

	@Test
	void only_the_courses_instructors_and_administrators_may_analyse_its_quizzes() {
		signIn.as(otherInstructor);
		assertThatThrownBy(() -> analysis.analyse(finalExam, Optional.empty())).isInstanceOf(AccessDeniedException.class);

		signIn.as(learner);
		assertThatThrownBy(() -> analysis.analyse(finalExam, Optional.empty())).isInstanceOf(AccessDeniedException.class);

		signIn.as(Classroom.ADMIN);
		assertThat(analysis.analyse(finalExam, Optional.empty()).courseId()).isEqualTo(courseId);
		assertThatThrownBy(() -> analysis.analyse(Long.MAX_VALUE, Optional.empty()))
			.isInstanceOf(AccessDeniedException.class);
	}

	/** Each finished attempt's slots: question id to fraction (every mark is 1). */
	private Collection<Map<Long, Double>> finishedAttemptSlots() {
		Map<Long, Map<Long, Double>> attempts = new HashMap<>();
		dsl.select(ATTEMPT_SLOT.ATTEMPT_ID, ATTEMPT_SLOT.QUESTION_ID, ATTEMPT_SLOT.MARK, ATTEMPT_SLOT.FRACTION)
			.from(ATTEMPT_SLOT)
			.join(QUIZ_ATTEMPT)
			.on(QUIZ_ATTEMPT.ID.eq(ATTEMPT_SLOT.ATTEMPT_ID))
			.where(QUIZ_ATTEMPT.QUIZ_ID.eq(finalExam).and(QUIZ_ATTEMPT.STATE.eq("FINISHED")))
			.forEach(r -> {
				assertThat(r.value3()).isEqualByComparingTo(BigDecimal.ONE);
				attempts.computeIfAbsent(r.value1(), id -> new HashMap<>()).put(r.value2(), r.value4().doubleValue());
			});
		return attempts.values();
	}

}
