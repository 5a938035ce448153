package org.htmacademy.certificate;

import org.htmacademy.certificate.repository.CertificateRepository;
import org.htmacademy.certificate.repository.CertificateRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public certificate verification: no sign-in, throttled per client, says nothing beyond the certificate. */
@Service
@Transactional(readOnly = true)
public class VerificationService {

	private final CertificateRepository repository;

	private final LookupThrottle throttle;

	VerificationService(CertificateRepository repository, LookupThrottle throttle) {
		this.repository = repository;
		this.throttle = throttle;
	}

	/**
	 * @param input the code as typed or scanned (any case, with or without hyphens, or the whole link)
	 * @param client who is asking, e.g. the remote address, for the throttle
	 */
	public Verification verify(String input, String client) {
		long wait = throttle.acquire(client);
		if (wait > 0) {
			return new Verification.Throttled(wait);
		}
		return switch (VerificationCode.parse(input)) {
			case ParseResult.Malformed<VerificationCode> malformed -> new Verification.Malformed(malformed.reason());
			case ParseResult.WellFormed<VerificationCode> code -> repository.findByVerificationCode(code.value().value())
				.map(this::verification)
				.orElseGet(Verification.NotFound::new);
		};
	}

	private Verification verification(CertificateRow row) {
		return switch (CertificateStatus.valueOf(row.status())) {
			case VALID -> new Verification.Valid(row.number(), row.learnerName(), row.courseTitle(), row.versionLabel(),
					row.completedAt(), java.time.ZoneId.of(row.timeZone()), row.contactHours(), row.ceus(),
					row.providerName());
			case REVOKED -> new Verification.Revoked(row.number(), row.learnerName(), row.courseTitle(),
					row.statusChangedAt(), row.statusReason());
			case SUPERSEDED -> new Verification.Superseded(row.number(), row.courseTitle(), row.statusChangedAt(),
					row.statusReason(), repository.findById(row.supersededById()).orElseThrow().number());
		};
	}

}
