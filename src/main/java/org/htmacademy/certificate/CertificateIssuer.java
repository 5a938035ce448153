package org.htmacademy.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.htmacademy.certificate.repository.CertificateRepository;
import org.htmacademy.certificate.repository.CertificateRow;
import org.htmacademy.certificate.repository.CompletionRow;
import org.htmacademy.certificate.repository.NewCertificate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues the certificate of a completed course, once per enrolment: the completion key is unique in the database,
 * so simultaneous completion events (two tabs, the sweep job) store one certificate.
 */
@Component
class CertificateIssuer {

	private static final TypeReference<List<Map<String, Object>>> AREAS = new TypeReference<>() {
	};

	private static final int DRAWS = 3;

	private final CertificateRepository repository;

	private final CertificateSettings settings;

	private final CertificateIdentifiers identifiers = new CertificateIdentifiers();

	private final JsonMapper json;

	private final Clock clock;

	CertificateIssuer(CertificateRepository repository, CertificateSettings settings, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/** @return the certificate issued now; empty when the course is not complete or its certificate exists */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<CertificateRow> issueIfComplete(long enrolmentId) {
		Optional<CompletionRow> completion = repository.completion(enrolmentId).filter(CertificateIssuer::complete);
		if (completion.isEmpty()) {
			return Optional.empty();
		}
		CompletionRow done = completion.get();
		Instant now = clock.instant();
		for (int draw = 0; draw < DRAWS; draw++) {
			Optional<Long> id = repository.insert(certificate(done, now));
			if (id.isPresent()) {
				repository.audit(id.get(), "ISSUED", null, now, "Issued on completion of the course");
				return repository.findById(id.get());
			}
			if (repository.hasCompletionCertificate(enrolmentId)) {
				return Optional.empty();
			}
			// a random number or code collided with an existing one: draw again
		}
		throw new IllegalStateException("Could not draw a unique certificate number in " + DRAWS + " tries");
	}

	/**
	 * Whether the enrolment has earned its certificate. A certificate needs a passed final exam (docs/ce-hours.md):
	 * a version published before the validator required one, that is completed by reading alone, never issues one,
	 * whatever is in the database (DD023).
	 */
	static boolean complete(CompletionRow row) {
		if (!row.awardsCertificate() || !assessed(row)) {
			return false;
		}
		boolean lessonsDone = !row.requiresLessons() || (row.lessonsTotal() > 0 && row.lessonsRead() >= row.lessonsTotal());
		boolean skillsDone = row.skillsSigned() >= row.skillsTotal();
		return lessonsDone && row.finalExamPassedAt() != null && skillsDone && row.seatTimeMet();
	}

	/** The version's rule requires passing a final exam, and the version has one. */
	static boolean assessed(CompletionRow row) {
		return row.requiresFinalQuiz() && row.hasFinalExam();
	}

	/**
	 * The moment the rule was met: the latest of the last lesson read, the passing final exam, the last skill
	 * sign-off recorded (when it was recorded, which may be after the day the instructor watched) and the moment the
	 * active time reached the minimum seat time.
	 */
	static Instant completedAt(CompletionRow row) {
		return Stream.of(row.requiresLessons() ? row.lastLessonReadAt() : null,
				row.requiresFinalQuiz() ? row.finalExamPassedAt() : null,
				row.skillsTotal() > 0 ? row.lastSkillSignedAt() : null,
				row.minimumSeatMinutes() > 0 ? row.seatTimeMetAt() : null)
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElseThrow();
	}

	private NewCertificate certificate(CompletionRow row, Instant now) {
		return new NewCertificate(identifiers.newCertificateNumber(Year.now(clock.withZone(settings.timeZone()))).value(),
				identifiers.newVerificationCode().value(), row.userId(), row.enrolmentId(), row.enrolmentId(),
				row.courseId(), row.versionId(), row.learnerName(), row.courseTitle(), row.versionLabel(),
				row.contactHours(), ceus(row.contactHours()), completedAt(row), settings.timeZone().getId(),
				certificationAreas(row.certificationAreasJson()),
				row.skillsTotal() > 0 ? repository.signedSkills(row.enrolmentId()) : List.of(), settings.providerName(),
				settings.providerAddress(), settings.accreditationStatement(), settings.signatoryName(),
				settings.signatoryTitle(), now, null);
	}

	/** 1 CEU = 10 contact hours. */
	static BigDecimal ceus(BigDecimal contactHours) {
		return contactHours.divide(BigDecimal.TEN, 3, RoundingMode.HALF_UP);
	}

	/** "CBET: Public safety in the healthcare facility; …" per certification, as printed. */
	List<String> certificationAreas(String areasJson) {
		return json.readValue(areasJson, AREAS).stream().map(area -> {
			Object domains = area.get("domains");
			String list = domains instanceof List<?> items && !items.isEmpty()
					? ": " + String.join("; ", items.stream().map(String::valueOf).toList()) : "";
			return area.get("certification") + list;
		}).toList();
	}

}
