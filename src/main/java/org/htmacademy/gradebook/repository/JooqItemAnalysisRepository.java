package org.htmacademy.gradebook.repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.gradebook.AttemptSelection;
import org.htmacademy.jooq.tables.QuizAttempt;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import static org.htmacademy.jooq.Tables.ATTEMPT_SLOT;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.QUESTION;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.selectCount;

@Repository
class JooqItemAnalysisRepository implements ItemAnalysisRepository {

	private static final String FINISHED = "FINISHED";

	private static final int STREAMED_ROWS = 5_000;

	private final DSLContext dsl;

	JooqItemAnalysisRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<AnalysedQuiz> quiz(long quizId) {
		Field<Integer> poolSize = DSL.field(selectCount().from(QUESTION).where(QUESTION.QUIZ_ID.eq(QUIZ.ID)));
		return dsl
			.select(QUIZ.ID, COURSE.SLUG, COURSE_VERSION.TITLE, COURSE_VERSION.VERSION_NUMBER, COURSE_MODULE.TITLE,
					QUIZ.GRADING_METHOD, QUIZ.DRAW_COUNT, poolSize)
			.from(QUIZ)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(QUIZ.COURSE_VERSION_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_VERSION.COURSE_ID))
			.leftJoin(COURSE_MODULE)
			.on(COURSE_MODULE.ID.eq(QUIZ.MODULE_ID))
			.where(QUIZ.ID.eq(quizId))
			.fetchOptional(r -> new AnalysedQuiz(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					GradingMethod.valueOf(r.value6()), r.value7(), r.value8()));
	}

	@Override
	public List<PoolQuestion> questions(long quizId) {
		return dsl.select(QUESTION.ID, QUESTION.POSITION, QUESTION.DEFINITION)
			.from(QUESTION)
			.where(QUESTION.QUIZ_ID.eq(quizId))
			.orderBy(QUESTION.POSITION)
			.fetch(r -> new PoolQuestion(r.value1(), r.value2(), r.value3().data()));
	}

	@Override
	public AttemptsSummary attempts(long quizId, AttemptSelection selection) {
		return dsl.select(count(), countDistinct(QUIZ_ATTEMPT.USER_ID), DSL.avg(QUIZ_ATTEMPT.SCORE))
			.from(QUIZ_ATTEMPT)
			.where(selected(QUIZ_ATTEMPT, quizId, selection))
			.fetchSingle(r -> new AttemptsSummary(r.value1(), r.value2(), r.value3()));
	}

	@Override
	public void forEachSlot(long quizId, AttemptSelection selection, SlotVisitor visitor) {
		// the column types fix the scales (DECIMAL(6,2) and DECIMAL(8,7)), so these products are whole numbers; read
		// straight off the result set, 200,000 slots cost no record objects and no decimal parsing
		Field<Long> mark = ATTEMPT_SLOT.MARK.mul(100).cast(SQLDataType.BIGINT);
		Field<Long> fraction = DSL.coalesce(ATTEMPT_SLOT.FRACTION, BigDecimal.ZERO).mul(10_000_000).cast(SQLDataType.BIGINT);
		try (ResultSet slots = dsl
			.select(ATTEMPT_SLOT.ATTEMPT_ID, ATTEMPT_SLOT.QUESTION_ID, mark, fraction, ATTEMPT_SLOT.RESPONSE)
			.from(ATTEMPT_SLOT)
			.join(QUIZ_ATTEMPT)
			.on(QUIZ_ATTEMPT.ID.eq(ATTEMPT_SLOT.ATTEMPT_ID))
			.where(selected(QUIZ_ATTEMPT, quizId, selection))
			.fetchSize(STREAMED_ROWS)
			.fetchResultSet()) {
			while (slots.next()) {
				visitor.slot(slots.getLong(1), slots.getLong(2), slots.getLong(3), slots.getLong(4), slots.getString(5));
			}
		}
		catch (SQLException e) {
			throw new DataAccessException("Reading the slots of quiz " + quizId + " failed", e);
		}
	}

	/**
	 * The finished attempts of the quiz that the selection keeps, as Moodle's quiz_report_grade_method_sql picks
	 * them: a learner's highest-scoring attempt is their earliest among equals.
	 */
	private static Condition selected(QuizAttempt attempt, long quizId, AttemptSelection selection) {
		Condition finished = attempt.QUIZ_ID.eq(quizId).and(attempt.STATE.eq(FINISHED));
		QuizAttempt other = QUIZ_ATTEMPT.as("other_attempt");
		Condition sameLearner = other.QUIZ_ID.eq(attempt.QUIZ_ID)
			.and(other.USER_ID.eq(attempt.USER_ID))
			.and(other.STATE.eq(FINISHED));
		Condition better = switch (selection) {
			case ALL -> null;
			case FIRST -> other.ATTEMPT_NUMBER.lt(attempt.ATTEMPT_NUMBER);
			case LAST -> other.ATTEMPT_NUMBER.gt(attempt.ATTEMPT_NUMBER);
			case HIGHEST -> other.SCORE.gt(attempt.SCORE)
				.or(other.SCORE.eq(attempt.SCORE).and(other.ATTEMPT_NUMBER.lt(attempt.ATTEMPT_NUMBER)));
		};
		return better == null ? finished
				: finished.andNotExists(DSL.selectOne().from(other).where(sameLearner.and(better)));
	}

	private static String text(JSON json) {
		return json == null ? null : json.data();
	}

}
