package org.htmacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationKeyTest {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Test
	void the_printed_number_is_read_as_a_number_however_it_is_typed() {
		for (int i = 0; i < 500; i++) {
			CertificateNumber number = CertificateNumber.generate(Year.of(2026), RANDOM);
			String v = number.value();

			for (String typed : new String[] { v, v.toLowerCase(), v.replace("-", ""), v.replace("-", " "),
					v.substring(5), v.substring(5).replace("-", "").toLowerCase(), " " + v + "\n",
					v.replace('0', 'O').replace('1', 'I'), v.replace('0', 'o').replace('1', 'l'),
					v.replace("-", "‐"), "https://academy.example.org/v/" + v }) {
				assertThat(VerificationKey.parse(typed)).as(typed)
					.isEqualTo(new ParseResult.WellFormed<>(new VerificationKey.ByNumber(number)));
			}
		}
	}

	@Test
	void the_verification_code_is_read_as_a_code_even_when_it_starts_like_a_number() {
		VerificationCode code = VerificationCode.generate(RANDOM);
		VerificationCode htma = new VerificationCode(
				CodeReader.canonical(CheckSymbols.append(values("HTMA2026" + code.value().substring(8, 26)), 2)));

		for (VerificationCode c : new VerificationCode[] { code, htma }) {
			for (String typed : new String[] { c.value(), c.grouped().toLowerCase(), c.grouped().replace('1', 'L'),
					"https://academy.example.org/v/" + c.value() }) {
				assertThat(VerificationKey.parse(typed)).as(typed)
					.isEqualTo(new ParseResult.WellFormed<>(new VerificationKey.ByCode(c)));
			}
		}
	}

	/** A near miss is told apart from an unknown number, and the answer never names the number that was meant. */
	@Test
	void every_number_one_character_off_is_not_a_valid_number_and_names_no_other() {
		for (int sample = 0; sample < 50; sample++) {
			String v = CertificateNumber.generate(Year.of(2026), RANDOM).value();
			for (int i = 5; i < v.length(); i++) {
				if (v.charAt(i) == '-') {
					continue;
				}
				for (char symbol : Crockford.ALPHABET.toCharArray()) {
					if (symbol == v.charAt(i)) {
						continue;
					}
					String typo = v.substring(0, i) + symbol + v.substring(i + 1);
					String reason = reason(typo);
					assertThat(reason).as(typo)
						.doesNotContain(v)
						.doesNotContain(v.substring(5).replace("-", ""))
						.satisfiesAnyOf(r -> assertThat(r).contains("is not a valid certificate number"),
								r -> assertThat(r).contains("is not a year"));
				}
			}
		}
	}

	@Test
	void a_mistyped_code_is_not_a_valid_code() {
		String code = VerificationCode.generate(RANDOM).value();
		String typo = code.substring(0, 20) + (code.charAt(20) == 'X' ? 'Y' : 'X') + code.substring(21);

		assertThat(reason(typo)).contains("is not a valid verification code: it has a typing mistake");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", " - - " })
	void nothing_typed_asks_for_either(String typed) {
		assertThat(reason(typed)).isEqualTo("Enter the certificate number or the verification code printed on the "
				+ "certificate.");
	}

	@Test
	void neither_length_says_what_both_look_like() {
		String code = VerificationCode.generate(RANDOM).grouped();

		assertThat(reason(code.substring(0, 14))).isEqualTo("This has 12 characters. A certificate number is HTMA, the "
				+ "year and ten characters (like HTMA-2026-7KQ2M-9XD4S); a verification code has 28 characters in "
				+ "seven groups of four.");
		assertThat(reason("HTMA-2026-7KQ2M")).contains("this one has 9 characters after HTMA instead of 14");
		assertThat(reason("Zoë")).startsWith("“ë” cannot be part of a certificate number or verification code");
	}

	private static String reason(String typed) {
		ParseResult<VerificationKey> result = VerificationKey.parse(typed);
		assertThat(result).as(typed).isInstanceOf(ParseResult.Malformed.class);
		return ((ParseResult.Malformed<VerificationKey>) result).reason();
	}

	private static int[] values(String symbols) {
		return symbols.chars().map(c -> Crockford.value((char) c)).toArray();
	}

}
