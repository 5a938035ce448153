package org.htmacademy.certificate.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Certificates, their audit log and the completion facts they are issued from. */
public interface CertificateRepository {

	Optional<CompletionRow> completion(long enrolmentId);

	/** "Skill title — signed by Name on 2027-03-02" for each signed skill, in the course's order. */
	List<String> signedSkills(long enrolmentId);

	/** Enrolments that meet their completion rule and have no certificate yet. */
	List<Long> completedWithoutCertificate(int limit);

	/**
	 * Stores a certificate unless one with the same completion key exists; a colliding random number or code
	 * makes it throw, so the caller can draw again.
	 *
	 * @return the new certificate's id, or empty when the enrolment already has its certificate
	 */
	Optional<Long> insert(NewCertificate certificate);

	/** A locking read, so it sees a certificate another transaction has just committed. */
	boolean hasCompletionCertificate(long enrolmentId);

	Optional<CertificateRow> findById(long id);

	Optional<CertificateRow> findByNumber(String number);

	Optional<CertificateRow> findByVerificationCode(String code);

	/** Locked until the transaction ends, so two revocations or re-issues of one certificate queue. */
	Optional<CertificateRow> lockByNumber(String number);

	List<CertificateRow> findByUser(long userId);

	List<CertificateRow> findByCourse(String courseSlug);

	void changeStatus(long id, String status, Instant at, String reason, Long supersededById);

	void audit(long certificateId, String action, Long actorUserId, Instant at, String detail);

	List<AuditRow> auditLog(long certificateId);

	String currentLearnerName(long userId);

	/**
	 * Courses that award certificates or have some, with their counts.
	 *
	 * @param taughtBy only the courses this user teaches; null for every course
	 * @param courseSlug only this course; null for every course
	 */
	List<CourseCertificates> courseCertificates(Long taughtBy, String courseSlug);

	boolean teaches(long userId, long courseId);

}
