package org.htmacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CertificateNumberTest {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Year YEAR = Year.of(2026);

	@Test
	void a_number_shows_the_year_and_ten_symbols() {
		CertificateNumber number = CertificateNumber.generate(YEAR, RANDOM);

		assertThat(number.value()).matches("HTMA-2026-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
		assertThat(number.year()).isEqualTo(YEAR);
	}

	@Test
	void a_number_parses_back_to_itself_in_every_typed_form() {
		for (int i = 0; i < 1000; i++) {
			CertificateNumber number = CertificateNumber.generate(YEAR, RANDOM);
			String v = number.value();

			assertThat(parsed(v)).isEqualTo(number);
			assertThat(parsed(v.toLowerCase())).isEqualTo(number);
			assertThat(parsed(v.replace("-", ""))).isEqualTo(number);
			assertThat(parsed(v.replace("-", " "))).isEqualTo(number);
			assertThat(parsed(v.substring(5))).as("without the prefix").isEqualTo(number);
			assertThat(parsed(v.replace('0', 'O').replace('1', 'l'))).isEqualTo(number);
		}
	}

	@Test
	void malformed_numbers_say_what_is_wrong() {
		String v = CertificateNumber.generate(YEAR, RANDOM).value();

		assertThat(reason("")).startsWith("Enter the certificate number");
		assertThat(reason("HTMA")).startsWith("Enter the certificate number");
		assertThat(reason(v + "7")).contains("this one has 15 characters after HTMA instead of 14");
		assertThat(reason(v.substring(0, v.length() - 1))).contains("13 characters");
		assertThat(reason("HTMA-20A6-" + v.substring(10))).isEqualTo("After HTMA comes the year of issue; “20A6” is "
				+ "not a year.");
		assertThat(reason(v.substring(0, 12) + "U" + v.substring(13))).isEqualTo(
				"The letter U is never used in certificate numbers.");
		assertThat(reason(v.substring(0, 12) + "%" + v.substring(13))).startsWith("“%” cannot be part of a certificate");
	}

	@Test
	void a_mistyped_number_is_called_not_valid_without_a_hint_at_the_number_meant() {
		String v = CertificateNumber.generate(YEAR, RANDOM).value();
		String typo = v.substring(0, 12) + (v.charAt(12) == '7' ? '8' : '7') + v.substring(13);

		assertThat(reason(typo.toLowerCase())).isEqualTo("“" + typo + "” is not a valid certificate number: it has a "
				+ "typing mistake (a wrong character, or two swapped). Compare it with the certificate character by "
				+ "character.");
	}

	@Test
	void the_example_number_is_a_valid_one() {
		assertThat(parsed(CertificateNumber.EXAMPLE).value()).isEqualTo(CertificateNumber.EXAMPLE);
	}

	@Test
	void every_single_substitution_including_the_year_is_caught() {
		for (int sample = 0; sample < 500; sample++) {
			String v = CertificateNumber.generate(YEAR, RANDOM).value();
			for (int i = 5; i < v.length(); i++) {
				if (v.charAt(i) == '-') {
					continue;
				}
				for (char symbol : Crockford.ALPHABET.toCharArray()) {
					if (symbol != v.charAt(i)) {
						assertThat(CertificateNumber.parse(v.substring(0, i) + symbol + v.substring(i + 1)))
							.as("%s at %d", symbol, i)
							.isInstanceOf(ParseResult.Malformed.class);
					}
				}
			}
		}
	}

	@Test
	void every_adjacent_transposition_is_caught_even_across_a_hyphen() {
		for (int sample = 0; sample < 2000; sample++) {
			String symbols = CertificateNumber.generate(YEAR, RANDOM).value().substring(5).replace("-", "");
			for (int i = 0; i + 1 < symbols.length(); i++) {
				if (symbols.charAt(i) != symbols.charAt(i + 1)) {
					String swapped = symbols.substring(0, i) + symbols.charAt(i + 1) + symbols.charAt(i)
							+ symbols.substring(i + 2);
					assertThat(CertificateNumber.parse(swapped)).as(swapped).isInstanceOf(ParseResult.Malformed.class);
				}
			}
		}
	}

	@Test
	void a_hundred_thousand_numbers_of_one_year_rarely_collide() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			seen.add(CertificateNumber.generate(YEAR, RANDOM).value());
		}

		// 45 random bits: the chance of even one collision here is below 0.02 %
		assertThat(seen).hasSizeGreaterThanOrEqualTo(99_999);
	}

	@Test
	void the_constructor_accepts_only_canonical_numbers() {
		CertificateNumber number = CertificateNumber.generate(YEAR, RANDOM);

		assertThat(new CertificateNumber(number.value())).isEqualTo(number);
		assertThatThrownBy(() -> new CertificateNumber(number.value().toLowerCase()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CertificateNumber(number.value().replace("-", "")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CertificateNumber("HTMA-2027" + number.value().substring(9)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CertificateNumber("HTM-2026-000417")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void the_identifier_source_draws_both_kinds() {
		CertificateIdentifiers identifiers = new CertificateIdentifiers();

		assertThat(identifiers.newCertificateNumber(Year.of(2031)).year()).isEqualTo(Year.of(2031));
		assertThat(identifiers.newVerificationCode()).isNotEqualTo(identifiers.newVerificationCode());
	}

	private static CertificateNumber parsed(String input) {
		ParseResult<CertificateNumber> result = CertificateNumber.parse(input);
		assertThat(result).as(input).isInstanceOf(ParseResult.WellFormed.class);
		return ((ParseResult.WellFormed<CertificateNumber>) result).value();
	}

	private static String reason(String input) {
		ParseResult<CertificateNumber> result = CertificateNumber.parse(input);
		assertThat(result).as(input).isInstanceOf(ParseResult.Malformed.class);
		return ((ParseResult.Malformed<CertificateNumber>) result).reason();
	}

}
