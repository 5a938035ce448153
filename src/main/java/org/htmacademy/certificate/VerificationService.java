package org.htmacademy.certificate;

import org.htmacademy.certificate.repository.CertificateRepository;
import org.htmacademy.certificate.repository.CertificateRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public certificate verification by the number printed on a certificate or by its verification code: no sign-in,
 * throttled per client, says nothing beyond the certificate.
 */
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
	 * @param input the certificate number or the verification code as typed or scanned (any case, with or without
	 * hyphens, or the whole link)
	 * @param client who is asking, e.g. the remote address, for the throttle
	 */
	public Verification verify(String input, String client) {
		long wait = throttle.acquire(client);
		if (wait > 0) {
			return new Verification.Throttled(wait);
		}
		return switch (VerificationKey.parse(input)) {
			case ParseResult.Malformed<VerificationKey> malformed -> new Verification.Malformed(malformed.reason());
			case ParseResult.WellFormed<VerificationKey> key -> switch (key.value()) {
				case VerificationKey.ByNumber(CertificateNumber number) -> repository.findByNumber(number.value())
					.map(this::verification)
					.orElseGet(() -> new Verification.NotFound(Verification.Typed.CERTIFICATE_NUMBER));
				case VerificationKey.ByCode(VerificationCode code) -> repository.findByVerificationCode(code.value())
					.map(this::verification)
					.orElseGet(() -> new Verification.NotFound(Verification.Typed.VERIFICATION_CODE));
			};
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
