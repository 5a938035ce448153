package org.htmacademy.certificate;

import java.util.Optional;

import org.htmacademy.quiz.AttemptResult;
import org.htmacademy.quiz.ResultNotice;
import org.springframework.stereotype.Component;

/** Tells the learner on the results page of the exam that completed their course that the certificate is theirs. */
@Component
class CertificateEarnedNotice implements ResultNotice {

	private final CertificateService certificates;

	CertificateEarnedNotice(CertificateService certificates) {
		this.certificates = certificates;
	}

	@Override
	public Optional<Notice> after(AttemptResult result) {
		if (!result.quizPassed()) {
			return Optional.empty();
		}
		return certificates.myCertificateFor(result.courseId())
			.map(certificate -> new Notice("You completed " + certificate.courseTitle() + " and earned its certificate ("
					+ certificate.contactHours().stripTrailingZeros().toPlainString() + " contact hours), number "
					+ certificate.number() + ".", "Download it from My certificates", "certificates"));
	}

}
