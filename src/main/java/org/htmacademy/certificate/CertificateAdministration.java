package org.htmacademy.certificate;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;

import org.htmacademy.certificate.repository.CertificateRepository;
import org.htmacademy.certificate.repository.CertificateRow;
import org.htmacademy.certificate.repository.CourseCertificates;
import org.htmacademy.certificate.repository.NewCertificate;
import org.htmacademy.security.CurrentUser;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revoking and re-issuing certificates, for administrators and the course's instructors. Every action is in the
 * audit log with who did it and when; a certificate is never edited, only its status moves.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'INSTRUCTOR')")
@Transactional
public class CertificateAdministration {

	private final CertificateRepository repository;

	private final CertificateSettings settings;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final CertificateIdentifiers identifiers = new CertificateIdentifiers();

	CertificateAdministration(CertificateRepository repository, CertificateSettings settings, CurrentUser currentUser,
			Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The courses whose certificates I manage: all for an administrator, those I teach for an instructor. */
	@Transactional(readOnly = true)
	public List<ManagedCourse> coursesIManage() {
		SignedInUser me = me();
		return repository.courseCertificates(me.hasRole(Role.ADMIN) ? null : me.userId(), null).stream()
			.map(CertificateAdministration::managed)
			.toList();
	}

	/** @throws AccessDeniedException when the course does not exist or I do not manage it */
	@Transactional(readOnly = true)
	public ManagedCourse managedCourse(String courseId) {
		return managed(course(courseId));
	}

	/** Every certificate of a course, for its instructors and administrators. */
	@Transactional(readOnly = true)
	public List<IssuedCertificate> certificatesOf(String courseId) {
		course(courseId);
		return repository.findByCourse(courseId).stream().map(row -> Certificates.issued(row, settings)).toList();
	}

	/**
	 * Writes the course's valid certificates as one ZIP: a PDF each and {@code manifest.csv}. Leaves {@code out} open.
	 *
	 * @return how many certificates the ZIP holds
	 */
	@Transactional(readOnly = true)
	public int writeValidCertificates(String courseId, OutputStream out, ZipProgress progress) {
		course(courseId);
		List<CertificateRow> valid = repository.findByCourse(courseId).stream()
			.filter(row -> CertificateStatus.valueOf(row.status()) == CertificateStatus.VALID)
			.toList();
		CertificateZip.write(valid, settings, out, progress);
		return valid.size();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> auditLog(String certificateNumber) {
		CertificateRow row = repository.findByNumber(certificateNumber).orElseThrow(this::noSuchCertificate);
		requireStaffOf(row.courseId());
		return repository.auditLog(row.id()).stream()
			.map(a -> new AuditEntry(a.certificateNumber(), a.action(), a.actor(), a.at(), a.detail()))
			.toList();
	}

	/** @throws IllegalStateException when the certificate is not valid any more */
	public IssuedCertificate revoke(String certificateNumber, String reason) {
		String why = requireReason(reason);
		CertificateRow row = validForChange(certificateNumber);
		Instant now = clock.instant();
		repository.changeStatus(row.id(), CertificateStatus.REVOKED.name(), now, why, null);
		repository.audit(row.id(), "REVOKED", me().userId(), now, why);
		return Certificates.issued(repository.findById(row.id()).orElseThrow(), settings);
	}

	/**
	 * Issues a new certificate for the same completion under the learner's current certificate name (e.g. after a
	 * legal name change) and marks the old one superseded. Everything else is copied from the old certificate.
	 */
	public IssuedCertificate reissue(String certificateNumber, String reason) {
		String why = requireReason(reason);
		CertificateRow old = validForChange(certificateNumber);
		Instant now = clock.instant();
		long newId = repository.insert(new NewCertificate(
				identifiers.newCertificateNumber(Year.now(clock.withZone(settings.timeZone()))).value(),
				identifiers.newVerificationCode().value(), old.userId(), old.enrolmentId(), null, old.courseId(),
				versionOf(old), repository.currentLearnerName(old.userId()), old.courseTitle(), old.versionLabel(),
				old.contactHours(), old.ceus(), old.completedAt(), old.timeZone(), old.certificationAreas(),
				old.signedSkills(), old.providerName(), old.providerAddress(), old.accreditationStatement(),
				old.signatoryName(), old.signatoryTitle(), now, old.id()))
			.orElseThrow(() -> new IllegalStateException("Could not store the new certificate; try again"));
		repository.changeStatus(old.id(), CertificateStatus.SUPERSEDED.name(), now, why, newId);
		long actor = me().userId();
		repository.audit(old.id(), "SUPERSEDED", actor, now, why);
		repository.audit(newId, "REISSUED", actor, now, "Re-issue of " + old.number() + ": " + why);
		return Certificates.issued(repository.findById(newId).orElseThrow(), settings);
	}

	/** The name a re-issue would print: the learner's certificate name as their profile has it now. */
	@Transactional(readOnly = true)
	public String nameForReissue(String certificateNumber) {
		CertificateRow row = repository.findByNumber(certificateNumber).orElseThrow(this::noSuchCertificate);
		requireStaffOf(row.courseId());
		return repository.currentLearnerName(row.userId());
	}

	private long versionOf(CertificateRow row) {
		return repository.completion(row.enrolmentId()).orElseThrow().versionId();
	}

	private CertificateRow validForChange(String certificateNumber) {
		CertificateRow row = repository.lockByNumber(certificateNumber).orElseThrow(this::noSuchCertificate);
		requireStaffOf(row.courseId());
		if (CertificateStatus.valueOf(row.status()) != CertificateStatus.VALID) {
			throw new IllegalStateException("Certificate " + certificateNumber + " is already "
					+ row.status().toLowerCase(java.util.Locale.ROOT) + "; only a valid certificate can change.");
		}
		return row;
	}

	/** Checked even when the course has no certificate yet, so an empty list never stands in for a refusal. */
	private CourseCertificates course(String courseId) {
		SignedInUser me = me();
		return repository.courseCertificates(me.hasRole(Role.ADMIN) ? null : me.userId(), courseId).stream()
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("No such course among those whose certificates you manage"));
	}

	private static ManagedCourse managed(CourseCertificates course) {
		return new ManagedCourse(course.courseSlug(), course.title(), course.valid(), course.revoked(),
				course.superseded());
	}

	private void requireStaffOf(long courseId) {
		SignedInUser me = me();
		if (!me.hasRole(Role.ADMIN) && !repository.teaches(me.userId(), courseId)) {
			throw new AccessDeniedException("Only the course's instructors and administrators manage its certificates");
		}
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Give the reason: it is shown on the verification page and kept in the log.");
		}
		return reason.strip();
	}

	private AccessDeniedException noSuchCertificate() {
		return new AccessDeniedException("No such certificate among those you manage");
	}

	private SignedInUser me() {
		return currentUser.require();
	}

}
