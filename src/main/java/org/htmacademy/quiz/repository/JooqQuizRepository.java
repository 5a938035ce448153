package org.htmacademy.quiz.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.ReviewPolicy;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import static org.htmacademy.common.UtcTime.fromColumn;
import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.ATTEMPT_SLOT;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.QUESTION;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;

@Repository
class JooqQuizRepository implements QuizRepository {

	private static final String IN_PROGRESS = "IN_PROGRESS";

	private final DSLContext dsl;

	JooqQuizRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<QuizRow> findQuiz(long quizId, long userId) {
		return selectQuizzes(userId).where(QUIZ.ID.eq(quizId)).fetchOptional(JooqQuizRepository::quiz);
	}

	@Override
	public List<QuizRow> findQuizzesOfEnrolment(String courseSlug, long userId) {
		return selectQuizzes(userId).where(COURSE.SLUG.eq(courseSlug).and(ENROLMENT.ID.isNotNull()))
			.orderBy(COURSE_MODULE.POSITION.isNull(), COURSE_MODULE.POSITION)
			.fetch(JooqQuizRepository::quiz);
	}

	private org.jooq.SelectOnConditionStep<Record> selectQuizzes(long userId) {
		Field<Integer> poolSize = DSL.field(DSL.selectCount().from(QUESTION).where(QUESTION.QUIZ_ID.eq(QUIZ.ID)));
		return dsl.select(QUIZ.asterisk(), COURSE.SLUG, COURSE_VERSION.TITLE, COURSE_MODULE.TITLE, ENROLMENT.ID,
				poolSize.as("pool_size"))
			.from(QUIZ)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(QUIZ.COURSE_VERSION_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_VERSION.COURSE_ID))
			.leftJoin(COURSE_MODULE)
			.on(COURSE_MODULE.ID.eq(QUIZ.MODULE_ID))
			.leftJoin(ENROLMENT)
			.on(ENROLMENT.COURSE_VERSION_ID.eq(QUIZ.COURSE_VERSION_ID).and(ENROLMENT.USER_ID.eq(userId)));
	}

	private static QuizRow quiz(Record r) {
		return new QuizRow(r.get(QUIZ.ID), r.get(QUIZ.COURSE_VERSION_ID), r.get(COURSE.SLUG),
				r.get(COURSE_VERSION.TITLE), r.get(COURSE_MODULE.TITLE), r.get(QUIZ.PASS_MARK),
				r.get(QUIZ.ATTEMPTS_ALLOWED), r.get(QUIZ.TIME_LIMIT_MINUTES), r.get(QUIZ.SHUFFLE_QUESTIONS),
				r.get(QUIZ.SHUFFLE_ANSWERS), r.get(QUIZ.DRAW_COUNT), ReviewPolicy.valueOf(r.get(QUIZ.REVIEW_POLICY)),
				GradingMethod.valueOf(r.get(QUIZ.GRADING_METHOD)), r.get("pool_size", Integer.class),
				r.get(ENROLMENT.ID));
	}

	@Override
	public List<Long> questionIds(long quizId) {
		return dsl.select(QUESTION.ID)
			.from(QUESTION)
			.where(QUESTION.QUIZ_ID.eq(quizId))
			.orderBy(QUESTION.POSITION)
			.fetch(r -> r.value1());
	}

	@Override
	public void lockEnrolment(long enrolmentId) {
		dsl.select(ENROLMENT.ID).from(ENROLMENT).where(ENROLMENT.ID.eq(enrolmentId)).forUpdate().fetch();
	}

	@Override
	public List<AttemptRow> attempts(long quizId, long userId) {
		return dsl.selectFrom(QUIZ_ATTEMPT)
			.where(QUIZ_ATTEMPT.QUIZ_ID.eq(quizId).and(QUIZ_ATTEMPT.USER_ID.eq(userId)))
			.orderBy(QUIZ_ATTEMPT.ATTEMPT_NUMBER)
			.fetch(JooqQuizRepository::attempt);
	}

	@Override
	public Optional<AttemptRow> findAttempt(String code) {
		return dsl.selectFrom(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.PUBLIC_CODE.eq(code)).fetchOptional(JooqQuizRepository::attempt);
	}

	@Override
	public Optional<AttemptRow> lockAttempt(String code) {
		return dsl.selectFrom(QUIZ_ATTEMPT)
			.where(QUIZ_ATTEMPT.PUBLIC_CODE.eq(code))
			.forUpdate()
			.fetchOptional(JooqQuizRepository::attempt);
	}

	private static AttemptRow attempt(Record r) {
		return new AttemptRow(r.get(QUIZ_ATTEMPT.ID), r.get(QUIZ_ATTEMPT.PUBLIC_CODE), r.get(QUIZ_ATTEMPT.QUIZ_ID),
				r.get(QUIZ_ATTEMPT.USER_ID), r.get(QUIZ_ATTEMPT.ENROLMENT_ID), r.get(QUIZ_ATTEMPT.ATTEMPT_NUMBER),
				r.get(QUIZ_ATTEMPT.SEED), r.get(QUIZ_ATTEMPT.STATE), fromColumn(r.get(QUIZ_ATTEMPT.STARTED_AT)),
				fromColumn(r.get(QUIZ_ATTEMPT.DEADLINE)), fromColumn(r.get(QUIZ_ATTEMPT.FINISHED_AT)),
				r.get(QUIZ_ATTEMPT.FINISHED_BY), r.get(QUIZ_ATTEMPT.CURRENT_SLOT), r.get(QUIZ_ATTEMPT.SCORE),
				r.get(QUIZ_ATTEMPT.PASSED));
	}

	@Override
	public long insertAttempt(String code, long quizId, long userId, long enrolmentId, int number, long seed,
			Instant startedAt, Instant deadline) {
		return dsl.insertInto(QUIZ_ATTEMPT)
			.set(QUIZ_ATTEMPT.PUBLIC_CODE, code)
			.set(QUIZ_ATTEMPT.QUIZ_ID, quizId)
			.set(QUIZ_ATTEMPT.USER_ID, userId)
			.set(QUIZ_ATTEMPT.ENROLMENT_ID, enrolmentId)
			.set(QUIZ_ATTEMPT.ATTEMPT_NUMBER, number)
			.set(QUIZ_ATTEMPT.SEED, seed)
			.set(QUIZ_ATTEMPT.STATE, IN_PROGRESS)
			.set(QUIZ_ATTEMPT.STARTED_AT, toColumn(startedAt))
			.set(QUIZ_ATTEMPT.DEADLINE, toColumn(deadline))
			.returningResult(QUIZ_ATTEMPT.ID)
			.fetchSingle()
			.value1();
	}

	@Override
	public void insertSlots(long attemptId, List<NewSlot> slots) {
		var insert = dsl.insertInto(ATTEMPT_SLOT, ATTEMPT_SLOT.ATTEMPT_ID, ATTEMPT_SLOT.SLOT, ATTEMPT_SLOT.QUESTION_ID,
				ATTEMPT_SLOT.MARK);
		for (NewSlot slot : slots) {
			insert = insert.values(attemptId, slot.slot(), slot.questionId(), slot.mark());
		}
		insert.execute();
	}

	@Override
	public List<SlotRow> slots(long attemptId) {
		return dsl.select(ATTEMPT_SLOT.SLOT, ATTEMPT_SLOT.QUESTION_ID, ATTEMPT_SLOT.MARK, QUESTION.DEFINITION,
				ATTEMPT_SLOT.RESPONSE, ATTEMPT_SLOT.ANSWERED_AT, ATTEMPT_SLOT.FRACTION, ATTEMPT_SLOT.OUTCOME)
			.from(ATTEMPT_SLOT)
			.join(QUESTION)
			.on(QUESTION.ID.eq(ATTEMPT_SLOT.QUESTION_ID))
			.where(ATTEMPT_SLOT.ATTEMPT_ID.eq(attemptId))
			.orderBy(ATTEMPT_SLOT.SLOT)
			.fetch(r -> new SlotRow(r.value1(), r.value2(), r.value3(), r.value4().data(), text(r.value5()),
					fromColumn(r.value6()), r.value7(), r.value8()));
	}

	@Override
	public List<AnswerTarget> findAnswerTargets(String code) {
		return dsl.select(QUIZ_ATTEMPT.ID, QUIZ_ATTEMPT.USER_ID, QUIZ_ATTEMPT.SEED, QUIZ.SHUFFLE_ANSWERS,
				ATTEMPT_SLOT.SLOT, QUESTION.ID, QUESTION.DEFINITION)
			.from(QUIZ_ATTEMPT)
			.join(ATTEMPT_SLOT)
			.on(ATTEMPT_SLOT.ATTEMPT_ID.eq(QUIZ_ATTEMPT.ID))
			.join(QUESTION)
			.on(QUESTION.ID.eq(ATTEMPT_SLOT.QUESTION_ID))
			.join(QUIZ)
			.on(QUIZ.ID.eq(QUIZ_ATTEMPT.QUIZ_ID))
			.where(QUIZ_ATTEMPT.PUBLIC_CODE.eq(code))
			.orderBy(ATTEMPT_SLOT.SLOT)
			.fetch(r -> new AnswerTarget(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7().data()));
	}

	@Override
	public boolean saveResponse(long attemptId, int slot, long userId, String responseJson, Instant now) {
		Condition open = QUIZ_ATTEMPT.STATE.eq(IN_PROGRESS)
			.and(QUIZ_ATTEMPT.USER_ID.eq(userId))
			.and(QUIZ_ATTEMPT.DEADLINE.isNull().or(QUIZ_ATTEMPT.DEADLINE.gt(toColumn(now))));
		return dsl.update(ATTEMPT_SLOT.join(QUIZ_ATTEMPT).on(QUIZ_ATTEMPT.ID.eq(ATTEMPT_SLOT.ATTEMPT_ID)))
			.set(ATTEMPT_SLOT.RESPONSE, responseJson == null ? null : JSON.json(responseJson))
			.set(ATTEMPT_SLOT.ANSWERED_AT, toColumn(now))
			.set(QUIZ_ATTEMPT.CURRENT_SLOT, slot)
			.where(ATTEMPT_SLOT.ATTEMPT_ID.eq(attemptId).and(ATTEMPT_SLOT.SLOT.eq(slot)).and(open))
			.execute() > 0;
	}

	@Override
	public void moveTo(long attemptId, int slot) {
		dsl.update(QUIZ_ATTEMPT)
			.set(QUIZ_ATTEMPT.CURRENT_SLOT, slot)
			.where(QUIZ_ATTEMPT.ID.eq(attemptId).and(QUIZ_ATTEMPT.STATE.eq(IN_PROGRESS)))
			.execute();
	}

	@Override
	public void finish(long attemptId, Instant finishedAt, String finishedBy, BigDecimal score, boolean passed,
			List<ScoredSlot> slots) {
		// one statement for all slots: a batch of one UPDATE per slot cost the server 20 statements per submission
		if (slots.isEmpty()) {
			throw new IllegalArgumentException("an attempt has at least one question");
		}
		Map<Integer, BigDecimal> fractions = new HashMap<>();
		Map<Integer, String> outcomes = new HashMap<>();
		slots.forEach(slot -> {
			fractions.put(slot.slot(), slot.fraction());
			outcomes.put(slot.slot(), slot.outcome());
		});
		dsl.update(ATTEMPT_SLOT)
			.set(ATTEMPT_SLOT.FRACTION, DSL.case_(ATTEMPT_SLOT.SLOT).mapValues(fractions))
			.set(ATTEMPT_SLOT.OUTCOME, DSL.case_(ATTEMPT_SLOT.SLOT).mapValues(outcomes))
			.where(ATTEMPT_SLOT.ATTEMPT_ID.eq(attemptId).and(ATTEMPT_SLOT.SLOT.in(fractions.keySet())))
			.execute();
		dsl.update(QUIZ_ATTEMPT)
			.set(QUIZ_ATTEMPT.STATE, "FINISHED")
			.set(QUIZ_ATTEMPT.FINISHED_AT, toColumn(finishedAt))
			.set(QUIZ_ATTEMPT.FINISHED_BY, finishedBy)
			.set(QUIZ_ATTEMPT.SCORE, score)
			.set(QUIZ_ATTEMPT.PASSED, passed)
			.where(QUIZ_ATTEMPT.ID.eq(attemptId))
			.execute();
	}

	@Override
	public void saveGrade(GradeRow grade, long enrolmentId) {
		dsl.insertInto(QUIZ_GRADE)
			.set(QUIZ_GRADE.QUIZ_ID, grade.quizId())
			.set(QUIZ_GRADE.USER_ID, grade.userId())
			.set(QUIZ_GRADE.ENROLMENT_ID, enrolmentId)
			.set(QUIZ_GRADE.GRADE, grade.grade())
			.set(QUIZ_GRADE.BEST_SCORE, grade.bestScore())
			.set(QUIZ_GRADE.PASSED, grade.passed())
			.set(QUIZ_GRADE.FINISHED_ATTEMPTS, grade.finishedAttempts())
			.set(QUIZ_GRADE.LAST_FINISHED_AT, toColumn(grade.lastFinishedAt()))
			.onDuplicateKeyUpdate()
			.set(QUIZ_GRADE.GRADE, grade.grade())
			.set(QUIZ_GRADE.BEST_SCORE, grade.bestScore())
			.set(QUIZ_GRADE.PASSED, grade.passed())
			.set(QUIZ_GRADE.FINISHED_ATTEMPTS, grade.finishedAttempts())
			.set(QUIZ_GRADE.LAST_FINISHED_AT, toColumn(grade.lastFinishedAt()))
			.execute();
	}

	@Override
	public Optional<GradeRow> findGrade(long quizId, long userId) {
		return dsl.selectFrom(QUIZ_GRADE)
			.where(QUIZ_GRADE.QUIZ_ID.eq(quizId).and(QUIZ_GRADE.USER_ID.eq(userId)))
			.fetchOptional(r -> new GradeRow(r.getQuizId(), r.getUserId(), r.getGrade(), r.getBestScore(),
					r.getPassed(), r.getFinishedAttempts(), fromColumn(r.getLastFinishedAt())));
	}

	@Override
	public List<String> overdueAttempts(Instant now, int limit) {
		return dsl.select(QUIZ_ATTEMPT.PUBLIC_CODE)
			.from(QUIZ_ATTEMPT)
			.where(QUIZ_ATTEMPT.STATE.eq(IN_PROGRESS).and(QUIZ_ATTEMPT.DEADLINE.le(toColumn(now))))
			.orderBy(QUIZ_ATTEMPT.DEADLINE)
			.limit(limit)
			.fetch(r -> r.value1());
	}

	private static String text(JSON json) {
		return json == null ? null : json.data();
	}

}
