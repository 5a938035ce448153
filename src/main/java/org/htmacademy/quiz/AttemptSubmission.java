package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.quiz.repository.AttemptRow;
import org.htmacademy.quiz.repository.GradeRow;
import org.htmacademy.quiz.repository.QuizRepository;
import org.htmacademy.quiz.repository.QuizRow;
import org.htmacademy.quiz.repository.ScoredSlot;
import org.htmacademy.quiz.repository.SlotRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finishes an attempt: scores every response, stores the score and the learner's new quiz grade, in one
 * transaction on the locked attempt row. A second submission (double click, second tab, the deadline job at the
 * same moment) waits for the lock, then finds the attempt finished and changes nothing.
 */
@Component
class AttemptSubmission {

	private final QuizRepository repository;

	private final QuestionDefinitions definitions;

	private final ApplicationEventPublisher events;

	AttemptSubmission(QuizRepository repository, QuestionDefinitions definitions, ApplicationEventPublisher events) {
		this.repository = repository;
		this.definitions = definitions;
		this.events = events;
	}

	/** A finished attempt with what its results page shows: its quiz, its questions as scored, the quiz grade. */
	record Finished(AttemptRow attempt, QuizRow quiz, List<SlotRow> slots, Optional<GradeRow> grade) {
	}

	/**
	 * @param learnerId the learner submitting, who must own the attempt; empty when the deadline job closes it
	 * @return the attempt as finished, now or earlier
	 */
	@Transactional
	public AttemptRow finish(String code, Optional<Long> learnerId, Instant now) {
		AttemptRow attempt = lock(code, learnerId);
		return finished(attempt) ? attempt : score(attempt, now).attempt();
	}

	/**
	 * The learner's own submission: {@link #finish}, handing back what it read and wrote so that the results page
	 * need not read it all again.
	 */
	@Transactional
	public Finished submit(String code, long learnerId, Instant now) {
		AttemptRow attempt = lock(code, Optional.of(learnerId));
		if (finished(attempt)) {
			QuizRow quiz = repository.findQuiz(attempt.quizId(), attempt.userId()).orElseThrow();
			return new Finished(attempt, quiz, repository.slots(attempt.id()),
					repository.findGrade(quiz.id(), attempt.userId()));
		}
		return score(attempt, now);
	}

	private AttemptRow lock(String code, Optional<Long> learnerId) {
		return repository.lockAttempt(code)
			.filter(row -> learnerId.map(id -> id == row.userId()).orElse(true))
			.orElseThrow(AttemptNotFoundException::new);
	}

	private static boolean finished(AttemptRow attempt) {
		return AttemptState.valueOf(attempt.state()) == AttemptState.FINISHED;
	}

	private Finished score(AttemptRow attempt, Instant now) {
		boolean late = attempt.deadline() != null && !now.isBefore(attempt.deadline());
		Instant finishedAt = late ? attempt.deadline() : now;
		FinishedBy finishedBy = late ? FinishedBy.DEADLINE : FinishedBy.LEARNER;
		QuizRow quiz = repository.findQuiz(attempt.quizId(), attempt.userId()).orElseThrow();

		List<SlotRow> slots = new ArrayList<>();
		List<ScoredResponse> scores = new ArrayList<>();
		List<ScoredSlot> scored = new ArrayList<>();
		for (SlotRow slot : repository.slots(attempt.id())) {
			GiftQuestion question = definitions.question(slot.questionId(), slot.definitionJson());
			ScoredResponse score = QuestionScorer.score(question, definitions.response(slot.responseJson()));
			scores.add(score);
			scored.add(new ScoredSlot(slot.slot(), score.fraction(), score.outcome().name()));
			slots.add(new SlotRow(slot.slot(), slot.questionId(), slot.mark(), slot.definitionJson(),
					slot.responseJson(), slot.answeredAt(), score.fraction(), score.outcome().name()));
		}
		BigDecimal percent = QuizScore.percent(scores, slots.stream().map(SlotRow::mark).toList());
		boolean passed = percent.compareTo(BigDecimal.valueOf(quiz.passMark())) >= 0;
		repository.finish(attempt.id(), finishedAt, finishedBy.name(), percent, passed, scored);

		GradeRow grade = grade(quiz, attempt.userId());
		repository.saveGrade(grade, attempt.enrolmentId());
		events.publishEvent(new QuizGraded(attempt.userId(), attempt.enrolmentId(), quiz.id(), quiz.courseSlug(),
				quiz.finalExam(), grade.passed()));
		return new Finished(repository.findAttempt(attempt.code()).orElseThrow(), quiz, slots, Optional.of(grade));
	}

	private GradeRow grade(QuizRow quiz, long userId) {
		List<AttemptRow> attempts = repository.attempts(quiz.id(), userId);
		List<AttemptScore> scores = attempts.stream()
			.map(row -> row.score() == null ? AttemptScore.inProgress(row.number())
					: AttemptScore.finished(row.number(), row.score()))
			.toList();
		BigDecimal grade = Grading.grade(quiz.grading(), scores).orElseThrow();
		BigDecimal best = Grading.grade(org.htmacademy.course.content.GradingMethod.HIGHEST, scores).orElseThrow();
		Instant last = attempts.stream()
			.map(AttemptRow::finishedAt)
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElseThrow();
		int finished = (int) attempts.stream().filter(row -> row.score() != null).count();
		boolean passed = grade.compareTo(BigDecimal.valueOf(quiz.passMark())) >= 0;
		return new GradeRow(quiz.id(), userId, grade, best, passed, finished, last);
	}

}
