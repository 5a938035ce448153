package org.htmacademy.certificate;

import org.htmacademy.learning.LessonCompleted;
import org.htmacademy.quiz.QuizGraded;
import org.htmacademy.seattime.SeatTimeMet;
import org.htmacademy.skill.SkillSigned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issues a certificate when the last step of a course's completion rule is taken: a lesson read, a quiz graded, a
 * hands-on skill signed or the minimum seat time reached, once that transaction has committed, so a certificate never rests on a rolled-back result.
 * The issue is queued ({@link PendingCertificates}), so the learner's request does not wait for a second database
 * connection. Should the application stop in between, the sweep finds the completed enrolment without a certificate
 * and issues it.
 */
@Component
class CompletionListener {

	private static final Logger log = LoggerFactory.getLogger(CompletionListener.class);

	private final CertificateIssuer issuer;

	private final CertificateRepositoryAccess sweep;

	private final PendingCertificates pending;

	CompletionListener(CertificateIssuer issuer, CertificateRepositoryAccess sweep, PendingCertificates pending) {
		this.issuer = issuer;
		this.sweep = sweep;
		this.pending = pending;
	}

	@TransactionalEventListener
	void lessonRead(LessonCompleted event) {
		pending.queue(event.userId(), () -> issue(event.enrolmentId()));
	}

	@TransactionalEventListener
	void quizGraded(QuizGraded event) {
		if (event.finalExam() && event.passed()) {
			pending.queue(event.userId(), () -> issue(event.enrolmentId()));
		}
	}

	@TransactionalEventListener
	void skillSigned(SkillSigned event) {
		pending.queue(event.learnerId(), () -> issue(event.enrolmentId()));
	}

	/** A course without a final exam may be complete once the learner has studied long enough. */
	@TransactionalEventListener
	void seatTimeMet(SeatTimeMet event) {
		pending.queue(event.userId(), () -> issue(event.enrolmentId()));
	}

	@Scheduled(initialDelayString = "${htm.certificates.sweep:PT1M}", fixedDelayString = "${htm.certificates.sweep:PT1M}")
	void sweep() {
		sweep.completedWithoutCertificate().forEach(this::issue);
	}

	/** A failure here must not fail the learner's committed action; the sweep tries again. */
	private void issue(long enrolmentId) {
		try {
			issuer.issueIfComplete(enrolmentId)
				.ifPresent(certificate -> log.info("Issued certificate {} for {}", certificate.number(),
						certificate.courseSlug()));
		}
		catch (RuntimeException ex) {
			log.error("Could not issue the certificate of enrolment {}; the sweep will try again", enrolmentId, ex);
		}
	}

}
