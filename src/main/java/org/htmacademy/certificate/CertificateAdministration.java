package org.htmacademy.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;

import org.htmacademy.certificate.repository.AuditRow;
import org.htmacademy.certificate.repository.CertificateRepository;
import org.htmacademy.certificate.repository.CertificateRow;
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

	/** Every certificate of a course, for its instructors and administrators. */
	@Transactional(readOnly = true)
	public List<IssuedCertificate> certificatesOf(String courseId) {
		List<CertificateRow> rows = repository.findByCourse(courseId);
		rows.stream().findFirst().ifPresent(row -> requireStaffOf(row.courseId()));
		return rows.stream().map(row -> Certificates.issued(row, settings)).toList();
	}

	@Transactional(readOnly = true)
	public List<AuditRow> auditLog(String certificateNumber) {
		CertificateRow row = repository.findByNumber(certificateNumber).orElseThrow(this::noSuchCertificate);
		requireStaffOf(row.courseId());
		return repository.auditLog(row.id());
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
