package org.htmacademy.certificate.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

class OpenBadgeCredentialTest {

	private final Map<String, Object> credential = parse(OpenBadgeCredential.json(Awards.sample()));

	@Test
	void it_is_a_verifiable_credential_2_0_of_type_open_badge_credential() {
		assertThat(credential.get("@context")).isEqualTo(List.of("https://www.w3.org/ns/credentials/v2",
				"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
		assertThat(credential.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
		assertThat(credential.get("id")).isEqualTo("https://htm.academy/v/0F3K-9QZW-2M7D-XH4N-B8CR-T6VJ-5PW2");
		assertThat(credential.get("validFrom")).as("DateTimeZ in whole seconds").isEqualTo("2026-03-05T04:47:15Z");
		assertThat(credential.get("awardedDate")).isEqualTo("2026-03-05T04:47:15Z");
		assertThat(credential).doesNotContainKeys("validUntil", "proof", "issuanceDate");
	}

	@Test
	void the_issuer_is_a_profile() {
		assertThat(object(credential, "issuer")).containsEntry("id", "https://htm.academy/issuer")
			.containsEntry("type", List.of("Profile"))
			.containsEntry("name", "HTM Academy")
			.containsEntry("url", "https://htm.academy");
	}

	@Test
	void the_subject_is_an_achievement_subject_named_as_on_the_certificate() {
		Map<String, Object> subject = object(credential, "credentialSubject");

		assertThat(subject).containsEntry("id", "urn:uuid:6f1c2e9a-3b7d-4c15-9e0a-2d8f41b6c7e3")
			.containsEntry("type", List.of("AchievementSubject"))
			.containsEntry("creditsEarned", 1.5);
		assertThat(subject.get("identifier")).isEqualTo(List.of(Map.of("type", "IdentityObject", "identityType", "name",
				"hashed", false, "identityHash", "Zoë Ødegård-Łukasiewicz")));
	}

	@Test
	void the_achievement_is_the_course_version_as_a_certificate_of_completion() {
		Map<String, Object> achievement = object(object(credential, "credentialSubject"), "achievement");

		assertThat(achievement)
			.containsEntry("id", "https://htm.academy/achievements/electrical-safety-iec-62353/2.1")
			.containsEntry("type", List.of("Achievement"))
			.containsEntry("achievementType", "CertificateOfCompletion")
			.containsEntry("name", "Electrical Safety Testing of Medical Equipment (IEC 62353)")
			.containsEntry("version", "2.1")
			.containsEntry("creditsAvailable", 1.5)
			.containsEntry("criteria",
					Map.of("narrative", "Completed every lesson and passed the final quiz with at least 80 %."));
		assertThat((String) achievement.get("description")).startsWith("Recurrent tests");
		assertThat(achievement.get("tag")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("CBET: Healthcare information technology",
				"CBET: Safety in the healthcare environment");
	}

	@Test
	void the_description_states_hours_ceus_and_the_certificate_number() {
		assertThat((String) credential.get("description")).contains("HTMA-2026-7KQ2M-9XD4S", "Zoë Ødegård-Łukasiewicz",
				"1.5 contact hours", "0.15 CEU", "1 CEU = 10 contact hours", "CBET: Healthcare information technology");
		assertThat(parse(OpenBadgeCredential.json(Awards.withHours("1"))).get("description").toString())
			.contains("1 contact hour of", "0.1 CEU");
		assertThat(parse(OpenBadgeCredential.json(Awards.withHours("12.50"))).get("description").toString())
			.contains("12.5 contact hours", "1.25 CEU");
	}

	@Test
	void credits_are_plain_numbers_never_exponents() {
		String json = OpenBadgeCredential.json(Awards.withHours("10.00"));

		assertThat(json).contains("\"creditsEarned\":10").doesNotContain("1E+1");
	}

	@Test
	void a_certificate_without_hours_or_name_is_refused() {
		assertThatThrownBy(() -> Awards.withHours("0")).hasMessageContaining("contactHours must be positive");
		assertThatThrownBy(() -> new BadgeIssuer(Awards.ISSUER.id(), " ", Awards.ISSUER.url()))
			.hasMessageContaining("name");
	}

	static Map<String, Object> parse(String json) {
		try {
			return JSONObjectUtils.parse(json);
		}
		catch (java.text.ParseException e) {
			throw new AssertionError("not JSON: " + json, e);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Map<String, Object> parent, String name) {
		return (Map<String, Object>) parent.get(name);
	}

}
