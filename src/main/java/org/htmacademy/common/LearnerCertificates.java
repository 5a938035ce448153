package org.htmacademy.common;

import java.util.Map;
import java.util.Optional;

/**
 * The signed-in learner's valid certificates, for the pages where a course is completed (lessons, quizzes, the
 * dashboard). The certificate feature implements it; it listens to the learning and quiz features' completion
 * events, so their pages cannot depend on it in turn (DD012).
 */
public interface LearnerCertificates {

	/** The learner's valid certificate for a course, if they earned one. */
	Optional<EarnedCertificate> earnedFor(String courseId);

	/** Every valid certificate of the learner, by course id. */
	Map<String, EarnedCertificate> earned();

	/** The certificate's PDF; the same certificate always gives the same bytes. */
	byte[] pdf(String certificateNumber);

	/**
	 * @param pdfFileName e.g. {@code HTMA-2026-7KQ2M-9XD4S.pdf}
	 * @param verificationUrl the public page an employer opens from the QR code
	 */
	record EarnedCertificate(String number, String courseId, String courseTitle, String pdfFileName,
			String verificationUrl) {
	}

}
