package org.htmacademy.certificate.badge;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * A certificate as an Open Badges 3.0 OpenBadgeCredential (a W3C Verifiable Credential 2.0), before signing.
 * Property names and required members follow the OB 3.0 data model; see DD007.
 */
public final class OpenBadgeCredential {

	static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

	static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

	/** CTDL's term for "a credential that acknowledges completion of an assignment, training or other activity". */
	static final String ACHIEVEMENT_TYPE = "CertificateOfCompletion";

	private OpenBadgeCredential() {
	}

	/** The credential as a JSON object: maps, lists, strings and numbers, in the order the spec lists them. */
	public static Map<String, Object> of(AwardedCertificate certificate) {
		String issued = DateTimeFormatter.ISO_INSTANT.format(certificate.issuedAt());
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
		credential.put("id", certificate.verificationUrl().toString());
		credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
		credential.put("name", "Certificate of Completion: " + certificate.courseTitle());
		credential.put("description", description(certificate));
		credential.put("issuer", issuer(certificate.issuer()));
		credential.put("validFrom", issued);
		credential.put("awardedDate", issued);
		credential.put("credentialSubject", subject(certificate));
		credential.put("credentialSchema",
				List.of(Map.of("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
		return credential;
	}

	public static String json(AwardedCertificate certificate) {
		return JSONObjectUtils.toJSONString(of(certificate));
	}

	static Map<String, Object> issuer(BadgeIssuer issuer) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", issuer.id().toString());
		profile.put("type", List.of("Profile"));
		profile.put("name", issuer.name());
		profile.put("url", issuer.url().toString());
		return profile;
	}

	private static Map<String, Object> subject(AwardedCertificate certificate) {
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", certificate.recipientId().toString());
		subject.put("type", List.of("AchievementSubject"));
		// the name printed on the certificate, in the clear like the PDF, so a verifier can compare the two
		subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
				"identityHash", certificate.learnerName())));
		subject.put("creditsEarned", plain(certificate.contactHours()));
		subject.put("achievement", achievement(certificate));
		return subject;
	}

	private static Map<String, Object> achievement(AwardedCertificate certificate) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("id", certificate.achievementId().toString());
		achievement.put("type", List.of("Achievement"));
		achievement.put("achievementType", ACHIEVEMENT_TYPE);
		achievement.put("name", certificate.courseTitle());
		achievement.put("description", certificate.achievementDescription());
		achievement.put("criteria", Map.of("narrative", certificate.criteria()));
		achievement.put("creditsAvailable", plain(certificate.contactHours()));
		achievement.put("fieldOfStudy", "Healthcare Technology Management");
		List<String> tags = new ArrayList<>(certificate.certificationAreas());
		tags.add("continuing education");
		achievement.put("tag", tags);
		achievement.put("version", certificate.courseVersion());
		return achievement;
	}

	/** OB 3.0 gives credits no unit, so the description says they are contact hours and what they are in CEUs. */
	private static String description(AwardedCertificate certificate) {
		String hours = plain(certificate.contactHours()).toPlainString();
		String ceus = plain(certificate.ceus()).toPlainString();
		String areas = certificate.certificationAreas().isEmpty() ? ""
				: " Supports AAMI certification: " + String.join("; ", certificate.certificationAreas()) + ".";
		return "Certificate " + certificate.certificateNumber() + ": " + certificate.learnerName() + " completed "
				+ certificate.courseTitle() + " (version " + certificate.courseVersion() + "), " + hours
				+ (certificate.contactHours().compareTo(BigDecimal.ONE) == 0 ? " contact hour" : " contact hours")
				+ " of continuing education = " + ceus + " CEU (1 CEU = 10 contact hours). Credits in this credential "
				+ "are contact hours." + areas;
	}

	private static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

}
