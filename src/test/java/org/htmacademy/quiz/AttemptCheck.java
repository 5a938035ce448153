package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.htmacademy.quiz.LoadRun.Learner;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.jooq.Tables.ATTEMPT_SLOT;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;

/**
 * After a load run, straight from the tables: each learner has exactly one attempt, FINISHED by themselves with
 * the score their answers earn, all 20 answers stored with the time they were saved, and a quiz grade equal to
 * that score.
 */
record AttemptCheck(DSLContext dsl) {

	void verify(long quizId, List<Learner> learners) {
		Map<Long, Learner> byUser = learners.stream().collect(Collectors.toMap(Learner::userId, Function.identity()));
		var answered = DSL.count(ATTEMPT_SLOT.RESPONSE);
		var timed = DSL.count(ATTEMPT_SLOT.ANSWERED_AT);
		var slots = DSL.count();
		List<Record> attempts = dsl
			.select(QUIZ_ATTEMPT.USER_ID, QUIZ_ATTEMPT.STATE, QUIZ_ATTEMPT.FINISHED_BY, QUIZ_ATTEMPT.SCORE,
					QUIZ_ATTEMPT.PASSED, QUIZ_GRADE.GRADE, QUIZ_GRADE.FINISHED_ATTEMPTS, slots, answered, timed)
			.from(QUIZ_ATTEMPT)
			.join(ATTEMPT_SLOT)
			.on(ATTEMPT_SLOT.ATTEMPT_ID.eq(QUIZ_ATTEMPT.ID))
			.leftJoin(QUIZ_GRADE)
			.on(QUIZ_GRADE.QUIZ_ID.eq(QUIZ_ATTEMPT.QUIZ_ID).and(QUIZ_GRADE.USER_ID.eq(QUIZ_ATTEMPT.USER_ID)))
			.where(QUIZ_ATTEMPT.QUIZ_ID.eq(quizId).and(QUIZ_ATTEMPT.USER_ID.in(byUser.keySet())))
			.groupBy(QUIZ_ATTEMPT.ID, QUIZ_GRADE.GRADE, QUIZ_GRADE.FINISHED_ATTEMPTS)
			.fetch()
			.stream()
			.map(Record.class::cast)
			.toList();

		assertThat(attempts).as("one attempt per learner").hasSize(learners.size());
		assertThat(attempts.stream().map(r -> r.get(QUIZ_ATTEMPT.USER_ID)).distinct()).hasSize(learners.size());
		for (Record attempt : attempts) {
			Learner learner = byUser.get(attempt.get(QUIZ_ATTEMPT.USER_ID));
			BigDecimal expected = learner.expectedScore();
			String who = "attempt of user " + learner.userId();
			assertThat(attempt.get(QUIZ_ATTEMPT.STATE)).as(who).isEqualTo("FINISHED");
			assertThat(attempt.get(QUIZ_ATTEMPT.FINISHED_BY)).as(who).isEqualTo("LEARNER");
			assertThat(attempt.get(slots)).as(who + ": slots").isEqualTo(BenchmarkExam.DRAWN);
			assertThat(attempt.get(answered)).as(who + ": answers stored").isEqualTo(BenchmarkExam.DRAWN);
			assertThat(attempt.get(timed)).as(who + ": answers with a save time").isEqualTo(BenchmarkExam.DRAWN);
			assertThat(attempt.get(QUIZ_ATTEMPT.SCORE)).as(who + ": score").isEqualByComparingTo(expected);
			assertThat(attempt.get(QUIZ_ATTEMPT.PASSED)).as(who + ": passed")
				.isEqualTo(expected.compareTo(BigDecimal.valueOf(BenchmarkExam.PASS_MARK)) >= 0);
			assertThat(attempt.get(QUIZ_GRADE.GRADE)).as(who + ": quiz grade").isEqualByComparingTo(expected);
			assertThat(attempt.get(QUIZ_GRADE.FINISHED_ATTEMPTS)).as(who + ": finished attempts").isEqualTo(1);
		}
	}

}
