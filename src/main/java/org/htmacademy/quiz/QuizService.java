package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.quiz.AttemptLayouts.Layout;
import org.htmacademy.quiz.AttemptSubmission.Finished;
import org.htmacademy.quiz.ReviewBuilder.Reviewable;
import org.htmacademy.quiz.repository.AttemptRow;
import org.htmacademy.quiz.repository.GradeRow;
import org.htmacademy.quiz.repository.NewSlot;
import org.htmacademy.quiz.repository.QuizRepository;
import org.htmacademy.quiz.repository.QuizRow;
import org.htmacademy.quiz.repository.SlotRow;
import org.htmacademy.seattime.SeatTime;
import org.htmacademy.seattime.SeatTimeService;
import org.htmacademy.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking quizzes, for the signed-in learner and on their own attempts only. Every answer is stored as it is
 * given; the time limit is enforced here, not in the browser; answer keys and feedback leave this service only
 * in a submitted attempt's results, as far as the quiz's review policy allows.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(noRollbackFor = { AttemptClosedException.class, QuizUnavailableException.class })
public class QuizService {

	private static final BigDecimal MARK = BigDecimal.ONE;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

	private final SecureRandom seeds = new SecureRandom();

	private final QuizRepository repository;

	private final QuestionDefinitions definitions;

	private final QuestionPresenter presenter;

	private final ReviewBuilder reviews;

	private final AttemptSubmission submission;

	private final AttemptLayouts layouts;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final SeatTimeService seatTime;

	QuizService(QuizRepository repository, QuestionDefinitions definitions, QuestionPresenter presenter,
			ReviewBuilder reviews, AttemptSubmission submission, AttemptLayouts layouts, CurrentUser currentUser,
			Clock clock, SeatTimeService seatTime) {
		this.seatTime = seatTime;
		this.repository = repository;
		this.definitions = definitions;
		this.presenter = presenter;
		this.reviews = reviews;
		this.submission = submission;
		this.layouts = layouts;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The quizzes of the learner's version of a course; empty when they are not enrolled. */
	@Transactional(readOnly = true)
	public List<QuizStatus> quizzesOf(String courseId) {
		long me = me();
		return repository.findQuizzesOfEnrolment(courseId, me).stream().map(quiz -> {
			List<AttemptRow> attempts = repository.attempts(quiz.id(), me);
			Optional<GradeRow> grade = repository.findGrade(quiz.id(), me);
			return new QuizStatus(quiz.id(), title(quiz), quiz.finalExam(), questionsPerAttempt(quiz), quiz.passMark(),
					grade.map(GradeRow::grade), grade.map(GradeRow::passed).orElse(false), attempts.size(),
					quiz.attemptsAllowed(), attempts.stream().anyMatch(QuizService::inProgress));
		}).toList();
	}

	@Transactional(readOnly = true)
	public QuizOverview overview(long quizId) {
		QuizRow quiz = myQuiz(quizId);
		List<AttemptRow> attempts = repository.attempts(quizId, me());
		Optional<GradeRow> grade = repository.findGrade(quizId, me());
		List<AttemptSummary> history = attempts.stream().map(QuizService::summary).toList();
		Optional<String> inProgress = attempts.stream().filter(QuizService::inProgress).map(AttemptRow::code).findFirst();
		return new QuizOverview(quiz.id(), title(quiz), quiz.courseSlug(), quiz.courseTitle(), quiz.finalExam(),
				questionsPerAttempt(quiz), quiz.passMark(), quiz.attemptsAllowed(), quiz.timeLimitMinutes(),
				quiz.review(), quiz.grading(), history, grade.map(GradeRow::grade),
				grade.map(GradeRow::passed).orElse(false), inProgress,
				inProgress.isPresent() ? Optional.empty() : cannotStart(quiz, attempts.size()));
	}

	/**
	 * The learner's attempt in progress at this quiz, or a new one: its questions, their order and their choice
	 * order are fixed now and kept for good. An overdue attempt is closed first.
	 *
	 * @throws QuizUnavailableException when every attempt allowed is used, or the final exam waits for the course's
	 *         minimum seat time (an attempt already started can always be continued)
	 */
	// Read committed: a second start that waited for the enrolment lock must see the attempt the first one made,
	// not the snapshot its transaction took before the wait, or it takes the same attempt number again
	@Transactional(isolation = Isolation.READ_COMMITTED,
			noRollbackFor = { AttemptClosedException.class, QuizUnavailableException.class })
	public AttemptSheet startOrResume(long quizId) {
		QuizRow quiz = myQuiz(quizId);
		long me = me();
		repository.lockEnrolment(quiz.enrolmentId());
		Instant now = clock.instant();
		List<AttemptRow> attempts = repository.attempts(quizId, me);
		for (AttemptRow attempt : attempts) {
			if (inProgress(attempt)) {
				if (overdue(attempt, now)) {
					submission.finish(attempt.code(), Optional.of(me), now);
				}
				else {
					return sheet(attempt, quiz);
				}
			}
		}
		cannotStart(quiz, attempts.size()).ifPresent(reason -> {
			throw new QuizUnavailableException(reason);
		});
		long seed = seeds.nextLong();
		List<Long> drawn = AttemptDraw.draw(repository.questionIds(quizId), quiz.drawCount(), quiz.shuffleQuestions(),
				seed);
		Instant deadline = quiz.timeLimitMinutes() > 0 ? now.plus(Duration.ofMinutes(quiz.timeLimitMinutes())) : null;
		String code = AttemptCode.next();
		long attemptId = repository.insertAttempt(code, quizId, me, quiz.enrolmentId(), attempts.size() + 1, seed, now,
				deadline);
		repository.insertSlots(attemptId,
				IntStream.range(0, drawn.size()).mapToObj(i -> new NewSlot(i + 1, drawn.get(i), MARK)).toList());
		return sheet(repository.findAttempt(code).orElseThrow(), quiz);
	}

	/**
	 * The learner's attempt in progress, exactly as it was.
	 *
	 * @throws AttemptClosedException when it is submitted, or its time ran out (it is then submitted now)
	 */
	public AttemptSheet resume(String code) {
		AttemptRow attempt = myAttempt(code);
		Instant now = clock.instant();
		if (inProgress(attempt) && overdue(attempt, now)) {
			submission.finish(code, Optional.of(me()), now);
			throw new AttemptClosedException("The time limit ended at " + TIME.format(attempt.deadline())
					+ ", so the attempt was submitted with the answers saved before then.", code);
		}
		if (!inProgress(attempt)) {
			// the deadline job may have closed it a moment before the learner's page noticed the time was up
			throw new AttemptClosedException(FinishedBy.DEADLINE.name().equals(attempt.finishedBy())
					? "The time limit ended at " + TIME.format(attempt.finishedAt())
							+ ", so the attempt was submitted with the answers saved before then."
					: "This attempt was submitted at " + TIME.format(attempt.finishedAt()) + ".", code);
		}
		return sheet(attempt, repository.findQuiz(attempt.quizId(), me()).orElseThrow());
	}

	/**
	 * Stores the learner's answer to one question at once, replacing any earlier one; {@link Response#EMPTY}
	 * clears it. Choices and matching items are numbered as shown on the sheet.
	 *
	 * @throws AttemptClosedException when the attempt is submitted or its time ran out: the answer is not stored
	 * @throws IllegalArgumentException when the answer does not fit the question
	 */
	// One statement per answer (docs/benchmarks/README.md): the attempt's layout is read once, and no transaction
	// is needed, since the UPDATE that stores the answer checks the attempt is open and commits when it returns.
	@Transactional(propagation = Propagation.SUPPORTS)
	public void saveAnswer(String code, int slot, Response answer) {
		long me = me();
		requireWellFormed(code);
		Layout attempt = layouts.of(code)
			.filter(layout -> layout.userId() == me)
			.orElseThrow(AttemptNotFoundException::new);
		PresentedQuestion shown = Optional.ofNullable(attempt.slots().get(slot))
			.orElseThrow(() -> new IllegalArgumentException("This attempt has no question " + slot));
		Response stored = shown.fromPresented(answer);
		Instant now = clock.instant();
		if (!repository.saveResponse(attempt.attemptId(), slot, me, definitions.responseJson(stored), now)) {
			throw refused(code, me, now);
		}
	}

	/** Remembers the question the learner is on, so a resumed attempt opens there. */
	public void moveTo(String code, int slot) {
		AttemptRow attempt = myAttempt(code);
		repository.moveTo(attempt.id(), slot);
	}

	/** Submits the attempt; submitting an already submitted attempt changes nothing and shows its results. */
	public AttemptResult submit(String code) {
		requireWellFormed(code);
		AttemptResult result = result(submission.submit(code, me(), clock.instant()));
		layouts.forget(code);
		return result;
	}

	/**
	 * The results of one of the learner's submitted attempts, as far as the review policy shows them.
	 *
	 * @throws AttemptClosedException never; {@link QuizUnavailableException} when the attempt is still in progress
	 */
	@Transactional(readOnly = true)
	public AttemptResult result(String code) {
		AttemptRow attempt = myAttempt(code);
		if (inProgress(attempt)) {
			throw new QuizUnavailableException("This attempt is still in progress: submit it to see your results.");
		}
		return result(attempt);
	}

	private AttemptResult result(AttemptRow attempt) {
		QuizRow quiz = repository.findQuiz(attempt.quizId(), attempt.userId()).orElseThrow();
		return result(new Finished(attempt, quiz, repository.slots(attempt.id()),
				repository.findGrade(quiz.id(), attempt.userId())));
	}

	private AttemptResult result(Finished finished) {
		AttemptRow attempt = finished.attempt();
		QuizRow quiz = finished.quiz();
		List<SlotRow> slots = finished.slots();
		Optional<GradeRow> grade = finished.grade();
		List<Reviewable> reviewable = new ArrayList<>();
		for (SlotRow slot : slots) {
			GiftQuestion question = definitions.question(slot.questionId(), slot.definitionJson());
			reviewable.add(new Reviewable(slot.slot(), question,
					QuestionPresenter.present(question, attempt.seed(), slot.questionId(), quiz.shuffleAnswers()),
					definitions.response(slot.responseJson())));
		}
		int answered = (int) slots.stream().filter(slot -> slot.responseJson() != null).count();
		return new AttemptResult(attempt.code(), quiz.id(), title(quiz), quiz.courseSlug(), quiz.courseTitle(),
				attempt.number(), attempt.startedAt(), attempt.finishedAt(), FinishedBy.valueOf(attempt.finishedBy()),
				attempt.score(), quiz.passMark(), Boolean.TRUE.equals(attempt.passed()), slots.size(), answered,
				quiz.review(), grade.map(GradeRow::grade), grade.map(GradeRow::passed).orElse(false),
				reviews.review(quiz.review(), reviewable));
	}

	private AttemptSheet sheet(AttemptRow attempt, QuizRow quiz) {
		List<SheetQuestion> questions = repository.slots(attempt.id()).stream().map(slot -> {
			GiftQuestion question = definitions.question(slot.questionId(), slot.definitionJson());
			PresentedQuestion shown = QuestionPresenter.present(question, attempt.seed(), slot.questionId(),
					quiz.shuffleAnswers());
			return presenter.sheet(slot.slot(), shown, definitions.response(slot.responseJson()));
		}).toList();
		return new AttemptSheet(attempt.code(), quiz.id(), title(quiz), quiz.courseSlug(), quiz.courseTitle(),
				attempt.number(), attempt.startedAt(), Optional.ofNullable(attempt.deadline()), attempt.currentSlot(),
				questions);
	}

	/** Why an answer was not stored; an attempt found overdue is submitted now, finishing at its deadline. */
	private AttemptClosedException refused(String code, long me, Instant now) {
		AttemptRow attempt = myAttempt(code);
		if (inProgress(attempt) && overdue(attempt, now)) {
			submission.finish(code, Optional.of(me), now);
		}
		if (attempt.deadline() != null && !now.isBefore(attempt.deadline())) {
			return new AttemptClosedException("Time is up: the time limit ended at " + TIME.format(attempt.deadline())
					+ ". This answer arrived after it and was not saved; your attempt was submitted with the answers"
					+ " saved before then.", code);
		}
		return new AttemptClosedException(
				"This attempt was already submitted, so this answer was not saved. Your results are on the results page.",
				code);
	}

	private Optional<String> cannotStart(QuizRow quiz, int attemptsUsed) {
		if (quiz.attemptsAllowed() > 0 && attemptsUsed >= quiz.attemptsAllowed()) {
			return Optional.of("You have used all " + quiz.attemptsAllowed() + " attempts allowed for this quiz.");
		}
		if (quiz.finalExam()) {
			return seatTime.seatTime(quiz.courseSlug())
				.filter(time -> !time.met())
				.map(SeatTime::finalExamClosedReason);
		}
		return Optional.empty();
	}

	private QuizRow myQuiz(long quizId) {
		return repository.findQuiz(quizId, me())
			.filter(quiz -> quiz.enrolmentId() != null)
			.orElseThrow(() -> new QuizUnavailableException(
					"This quiz is not part of a course version you are enrolled in. Enrol in the course first."));
	}

	private AttemptRow myAttempt(String code) {
		requireWellFormed(code);
		long me = me();
		return repository.findAttempt(code).filter(row -> row.userId() == me).orElseThrow(AttemptNotFoundException::new);
	}

	private static void requireWellFormed(String code) {
		if (!AttemptCode.isWellFormed(code)) {
			throw new AttemptNotFoundException();
		}
	}

	private static AttemptSummary summary(AttemptRow row) {
		return new AttemptSummary(row.code(), row.number(), AttemptState.valueOf(row.state()), row.startedAt(),
				Optional.ofNullable(row.finishedAt()), Optional.ofNullable(row.finishedBy()).map(FinishedBy::valueOf),
				Optional.ofNullable(row.score()), Boolean.TRUE.equals(row.passed()));
	}

	static String title(QuizRow quiz) {
		return quiz.finalExam() ? "Final exam" : "Module quiz: " + quiz.moduleTitle();
	}

	private static int questionsPerAttempt(QuizRow quiz) {
		return quiz.drawCount() == 0 ? quiz.poolSize() : quiz.drawCount();
	}

	private static boolean inProgress(AttemptRow attempt) {
		return AttemptState.valueOf(attempt.state()) == AttemptState.IN_PROGRESS;
	}

	private static boolean overdue(AttemptRow attempt, Instant now) {
		return attempt.deadline() != null && !now.isBefore(attempt.deadline());
	}

	private long me() {
		return currentUser.require().userId();
	}

}
