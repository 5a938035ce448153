package org.htmacademy.certificate;

import java.util.List;
import java.util.Optional;

import org.htmacademy.certificate.pdf.CertificatePdf;
import org.htmacademy.certificate.repository.CertificateRepository;
import org.htmacademy.certificate.repository.CertificateRow;
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
@Transactional(readOnly = true)
public class CertificateService {

	private final CertificateRepository repository;

	private final CertificateSettings settings;

	private final CurrentUser currentUser;

	CertificateService(CertificateRepository repository, CertificateSettings settings, CurrentUser currentUser) {
		this.repository = repository;
		this.settings = settings;
		this.currentUser = currentUser;
	}

	/** Newest first, including revoked and superseded ones, which say so. */
	public List<IssuedCertificate> myCertificates() {
		return repository.findByUser(currentUser.require().userId()).stream()
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

	/** The same certificate always gives the same bytes. */
	public byte[] pdf(String certificateNumber) {
		return CertificatePdf.render(Certificates.document(visible(certificateNumber), settings));
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

}
