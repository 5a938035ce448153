package org.htmacademy.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.htmacademy.quiz.repository.QuizRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits attempts whose time ran out while the learner was away (tab closed, connection lost, server restarted):
 * each finishes at its deadline with the answers saved before it. Runs shortly after start and then every few
 * seconds ({@code htm.quiz.overdue-check}).
 */
@Component
public class OverdueAttempts {

	private static final Logger log = LoggerFactory.getLogger(OverdueAttempts.class);

	private static final int BATCH = 200;

	private final QuizRepository repository;

	private final AttemptSubmission submission;

	private final Clock clock;

	OverdueAttempts(QuizRepository repository, AttemptSubmission submission, Clock clock) {
		this.repository = repository;
		this.submission = submission;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${htm.quiz.overdue-check:PT10S}", fixedDelayString = "${htm.quiz.overdue-check:PT10S}")
	void closeOverdueOnSchedule() {
		int closed = closeOverdue();
		if (closed > 0) {
			log.info("Submitted {} attempt(s) whose time limit had ended", closed);
		}
	}

	/** @return how many attempts were submitted */
	public int closeOverdue() {
		Instant now = clock.instant();
		int closed = 0;
		List<String> overdue;
		do {
			overdue = repository.overdueAttempts(now, BATCH);
			for (String code : overdue) {
				submission.finish(code, Optional.empty(), now);
				closed++;
			}
		}
		while (overdue.size() == BATCH);
		return closed;
	}

}
