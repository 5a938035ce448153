package org.htmacademy.certificate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.htmacademy.certificate.pdf.CertificatePdf;
import org.htmacademy.certificate.repository.CertificateRepository;
import org.htmacademy.certificate.repository.CertificateRow;
import org.htmacademy.common.LearnerCertificates;
import org.htmacademy.security.CurrentUser;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's own certificates, and the PDF of any certificate its holder, the course's instructors or an
 * administrator may see. Issuing is automatic on completion (CompletionListener).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CertificateService implements LearnerCertificates {

	private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(5);

	private final CertificateRepository repository;

	private final CertificateSettings settings;

	private final CurrentUser currentUser;

	private final CertificateBadges badges;

	private final PendingCertificates pending;

	CertificateService(CertificateRepository repository, CertificateSettings settings, CurrentUser currentUser,
			CertificateBadges badges, PendingCertificates pending) {
		this.repository = repository;
		this.settings = settings;
		this.currentUser = currentUser;
		this.badges = badges;
		this.pending = pending;
	}

	/**
	 * Newest first, including revoked and superseded ones, which say so. A certificate the learner's last step has
	 * just earned is waited for (up to 5 s), so the page after that step announces it. No transaction is open while
	 * waiting: the issuer needs a connection.
	 */
	public List<IssuedCertificate> myCertificates() {
		long me = currentUser.require().userId();
		pending.settle(me, SETTLE_AT_MOST);
		return repository.findByUser(me).stream()
			.map(row -> Certificates.issued(row, settings))
			.toList();
	}

	/** The learner's valid certificate for a course, if they earned one. */
	public Optional<IssuedCertificate> myCertificateFor(String courseId) {
		return myCertificates().stream()
			.filter(certificate -> certificate.courseId().equals(courseId))
			.filter(certificate -> certificate.status() == CertificateStatus.VALID)
			.findFirst();
	}

	@Override
	public Optional<EarnedCertificate> earnedFor(String courseId) {
		return myCertificateFor(courseId).map(CertificateService::earned);
	}

	@Override
	public Map<String, EarnedCertificate> earned() {
		return myCertificates().stream()
			.filter(certificate -> certificate.status() == CertificateStatus.VALID)
			.map(CertificateService::earned)
			.collect(Collectors.toMap(EarnedCertificate::courseId, Function.identity(), (newer, older) -> newer));
	}

	/** The same certificate always gives the same bytes. */
	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(String certificateNumber) {
		return CertificatePdf.render(Certificates.document(visible(certificateNumber), settings));
	}

	/**
	 * The certificate as a signed Open Badges 3.0 credential, a compact JWS (VC-JWT) to import into a wallet.
	 *
	 * @throws IllegalStateException when the certificate is revoked or superseded
	 */
	@Transactional(readOnly = true)
	public String openBadge(String certificateNumber) {
		CertificateRow row = visible(certificateNumber);
		if (CertificateStatus.valueOf(row.status()) != CertificateStatus.VALID) {
			throw new IllegalStateException("Certificate " + certificateNumber + " is no longer valid, so it has no "
					+ "credential to download.");
		}
		return badges.sign(row);
	}

	/** {@code HTMA-2026-7KQ2M-9XD4S.pdf}: the number alone, which never holds a character a file system refuses. */
	public static String pdfFileName(String certificateNumber) {
		return certificateNumber + ".pdf";
	}

	/** {@code HTMA-2026-7KQ2M-9XD4S.jwt}, the usual extension of a VC-JWT. */
	public static String badgeFileName(String certificateNumber) {
		return certificateNumber + ".jwt";
	}

	CertificateRow visible(String certificateNumber) {
		SignedInUser me = currentUser.require();
		CertificateRow row = repository.findByNumber(certificateNumber)
			.orElseThrow(() -> new AccessDeniedException("No such certificate among those you may see"));
		boolean allowed = row.userId() == me.userId() || me.hasRole(Role.ADMIN)
				|| (me.hasRole(Role.INSTRUCTOR) && repository.teaches(me.userId(), row.courseId()));
		if (!allowed) {
			throw new AccessDeniedException("No such certificate among those you may see");
		}
		return row;
	}

	private static EarnedCertificate earned(IssuedCertificate certificate) {
		return new EarnedCertificate(certificate.number(), certificate.courseId(), certificate.courseTitle(),
				pdfFileName(certificate.number()), certificate.verificationUrl());
	}

}
