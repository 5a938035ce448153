package org.htmacademy.certificate.web;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Year;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertificateAdministration;
import org.htmacademy.certificate.CertificateNumber;
import org.htmacademy.certificate.CertifiedLearners;
import org.htmacademy.certificate.CertifiedLearners.Certified;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.certificate.VerificationCode;
import org.htmacademy.certificate.badge.PlatformSigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON verification endpoint and the key set, through the application's security filter chain, asked by a
 * visitor who is not signed in.
 */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
class VerificationApiTest {

	/** Each test asks from its own address, so the throttle of one never answers another. */
	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@TempDir
	Path tree;

	@Autowired
	WebApplicationContext context;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	CertificateAdministration administration;

	@Autowired
	PlatformSigningKey key;

	@Autowired
	SignIn signIn;

	@Autowired
	JsonMapper json;

	MockMvc http;

	String client;

	@BeforeEach
	void anonymousClient() {
		http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		client = "192.0.2." + CLIENTS.incrementAndGet();
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_valid_certificate_answers_200_with_what_the_page_shows_and_nothing_more_about_the_learner()
			throws Exception {
		Certified ana = learners.certified(learners.newCourse(tree), "Ana Ruiz");

		JsonNode answer = body(verify(ana.certificate().verificationCode()).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store")));

		assertThat(answer.propertyNames()).containsExactly("status", "certificateNumber", "learnerName",
				"courseTitle", "courseVersion", "completedOn", "timeZone", "contactHours", "ceus", "ceuBasis",
				"providerName");
		assertThat(answer.get("status").asString()).isEqualTo("VALID");
		assertThat(answer.get("certificateNumber").asString()).isEqualTo(ana.certificate().number());
		assertThat(answer.get("learnerName").asString()).isEqualTo("Ana Ruiz");
		assertThat(answer.get("courseTitle").asString()).isEqualTo("Electrical Safety Testing Basics");
		assertThat(answer.get("courseVersion").asString()).isEqualTo("1.0.0");
		assertThat(answer.get("completedOn").asString())
			.isEqualTo(ana.certificate().completedAt().atZone(ana.certificate().timeZone()).toLocalDate().toString());
		assertThat(answer.get("timeZone").asString()).isEqualTo("UTC");
		assertThat(answer.get("contactHours").toString()).isEqualTo("0.25");
		assertThat(answer.get("ceus").toString()).isEqualTo("0.025");
		assertThat(answer.get("ceuBasis").asString()).isEqualTo("1 CEU = 10 contact hours");
		assertThat(answer.get("providerName").asString()).isEqualTo("HTM Academy");
		assertThat(answer.toString()).doesNotContain(ana.email());
	}

	@Test
	void revoked_and_replaced_certificates_answer_200_with_date_reason_and_replacement() throws Exception {
		Certified ana = learners.certified(learners.newCourse(tree), "Ana Ruiz");
		Certified bo = learners.certified(learners.newCourse(tree), "Bo Nguyen");
		signIn.as("admin@example.com");
		administration.revoke(ana.certificate().number(), "Exam taken by someone else");
		IssuedCertificate replacement = administration.reissue(bo.certificate().number(), "Legal name change");
		signIn.out();

		JsonNode revoked = body(verify(ana.certificate().verificationCode()).andExpect(status().isOk()));
		assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
		assertThat(revoked.get("reason").asString()).isEqualTo("Exam taken by someone else");
		assertThat(revoked.get("revokedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

		JsonNode replaced = body(verify(bo.certificate().verificationCode()).andExpect(status().isOk()));
		assertThat(replaced.get("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(replaced.get("reason").asString()).isEqualTo("Legal name change");
		assertThat(replaced.get("replacementCertificateNumber").asString()).isEqualTo(replacement.number());
		assertThat(replaced.has("supersededAt")).isTrue();
		assertThat(replaced.has("learnerName")).isFalse();
	}

	@Test
	void an_unknown_code_answers_404_and_a_mistyped_one_400() throws Exception {
		String unknown = VerificationCode.generate(new SecureRandom()).value();
		JsonNode notFound = body(verify(unknown).andExpect(status().isNotFound()));
		assertThat(notFound.get("status").asString()).isEqualTo("NOT_FOUND");
		assertThat(notFound.get("message").asString()).startsWith("No certificate has this code.");

		String typo = unknown.substring(0, 27) + (unknown.charAt(27) == 'X' ? 'Y' : 'X');
		JsonNode malformed = body(verify(typo).andExpect(status().isBadRequest()));
		assertThat(malformed.get("status").asString()).isEqualTo("MALFORMED");
		assertThat(malformed.get("message").asString()).contains("typing mistake");
		assertThat(body(verify("not-a-code").andExpect(status().isBadRequest())).get("status").asString())
			.isEqualTo("MALFORMED");
	}

	@Test
	void the_printed_certificate_number_verifies_typed_in_any_of_the_usual_ways() throws Exception {
		Certified ana = learners.certified(learners.newCourse(tree), "Ana Ruiz");
		String number = ana.certificate().number();

		for (String typed : List.of(number, number.toLowerCase(), number.replace("-", ""), number.substring(5),
				number.replace('0', 'O').replace('1', 'I'), number.replace('1', 'l').replace("-", " "))) {
			JsonNode answer = body(verify(typed).andExpect(status().isOk()));
			assertThat(answer.get("status").asString()).as(typed).isEqualTo("VALID");
			assertThat(answer.get("certificateNumber").asString()).isEqualTo(number);
			assertThat(answer.get("learnerName").asString()).isEqualTo("Ana Ruiz");
		}
	}

	@Test
	void a_number_one_character_off_answers_400_not_valid_and_an_unknown_one_404() throws Exception {
		Certified ana = learners.certified(learners.newCourse(tree), "Ana Ruiz");
		String number = ana.certificate().number();
		String typo = number.substring(0, 12) + (number.charAt(12) == '7' ? '8' : '7') + number.substring(13);

		JsonNode nearMiss = body(verify(typo).andExpect(status().isBadRequest()));
		assertThat(nearMiss.get("status").asString()).isEqualTo("MALFORMED");
		assertThat(nearMiss.get("message").asString()).startsWith("“" + typo + "” is not a valid certificate number")
			.doesNotContain(number);
		assertThat(nearMiss.has("learnerName")).isFalse();

		String unknown = CertificateNumber.generate(Year.of(2026), new SecureRandom()).value();
		JsonNode notFound = body(verify(unknown).andExpect(status().isNotFound()));
		assertThat(notFound.get("status").asString()).isEqualTo("NOT_FOUND");
		assertThat(notFound.get("message").asString()).startsWith("No certificate has this number.");
	}

	@Test
	void the_31st_lookup_from_one_address_answers_429_with_retry_after_and_other_addresses_go_on() throws Exception {
		String unknown = VerificationCode.generate(new SecureRandom()).value();
		for (int i = 0; i < 30; i++) {
			verify(unknown).andExpect(status().isNotFound());
		}

		JsonNode throttled = body(verify(unknown).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]\\d*"))));

		assertThat(throttled.get("status").asString()).isEqualTo("THROTTLED");
		assertThat(throttled.get("message").asString()).startsWith("Too many lookups");
		client = "198.51.100.1";
		verify(unknown).andExpect(status().isNotFound());
	}

	@Test
	void the_key_set_is_public_and_holds_only_the_public_key() throws Exception {
		String keySet = http.perform(get("/.well-known/jwks.json").with(address()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(keySet).isEqualTo(key.publicJwkSetJson());
		JsonNode jwk = json.readTree(keySet).get("keys").get(0);
		assertThat(jwk.get("kid").asString()).isEqualTo(key.keyId())
			.startsWith("http://localhost:8080/.well-known/jwks.json#");
		assertThat(jwk.has("d")).isFalse();
		assertThat(jwk.has("p")).isFalse();
	}

	@Test
	void other_api_paths_stay_closed() throws Exception {
		http.perform(get("/api/certificates").with(address()))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
		http.perform(get("/api/certificates/verify").with(address()))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
	}

	private ResultActions verify(String code) throws Exception {
		return http.perform(get("/api/certificates/verify/{code}", code).with(address())
			.accept(MediaType.APPLICATION_JSON));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor address() {
		String from = client;
		return request -> {
			request.setRemoteAddr(from);
			return request;
		};
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
