package org.htmacademy.quiz.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Quizzes, attempts, responses and grades in MariaDB. Times are UTC instants. */
public interface QuizRepository {

	Optional<QuizRow> findQuiz(long quizId, long userId);

	/** The quizzes of the version the learner is enrolled in, module quizzes in module order, then the final exam. */
	List<QuizRow> findQuizzesOfEnrolment(String courseSlug, long userId);

	/** The pool in authored order. */
	List<Long> questionIds(long quizId);

	/** Serialises attempt starts of one learner, so two tabs cannot start two attempts. */
	void lockEnrolment(long enrolmentId);

	List<AttemptRow> attempts(long quizId, long userId);

	Optional<AttemptRow> findAttempt(String code);

	/** The attempt, locked until the transaction ends; submissions of one attempt queue here. */
	Optional<AttemptRow> lockAttempt(String code);

	long insertAttempt(String code, long quizId, long userId, long enrolmentId, int number, long seed,
			Instant startedAt, Instant deadline);

	void insertSlots(long attemptId, List<NewSlot> slots);

	List<SlotRow> slots(long attemptId);

	/** Every question of the attempt in slot order; empty when there is no such attempt. */
	List<AnswerTarget> findAnswerTargets(String code);

	/**
	 * Stores a response (null clears it) if the attempt belongs to the user, is in progress and its deadline, if
	 * any, is after {@code now}; all in one statement, so a submission or the deadline cannot slip in between.
	 *
	 * @return whether it was stored
	 */
	boolean saveResponse(long attemptId, int slot, long userId, String responseJson, Instant now);

	void moveTo(long attemptId, int slot);

	void finish(long attemptId, Instant finishedAt, String finishedBy, BigDecimal score, boolean passed,
			List<ScoredSlot> slots);

	void saveGrade(GradeRow grade, long enrolmentId);

	Optional<GradeRow> findGrade(long quizId, long userId);

	/** Codes of in-progress attempts whose deadline is at or before {@code now}, oldest deadline first. */
	List<String> overdueAttempts(Instant now, int limit);

}
