package org.htmacademy.certificate;

import java.util.List;

import org.htmacademy.certificate.repository.CertificateRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sweep's read, in its own read-only transaction. */
@Component
class CertificateRepositoryAccess {

	private static final int BATCH = 500;

	private final CertificateRepository repository;

	CertificateRepositoryAccess(CertificateRepository repository) {
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	List<Long> completedWithoutCertificate() {
		return repository.completedWithoutCertificate(BATCH);
	}

}
