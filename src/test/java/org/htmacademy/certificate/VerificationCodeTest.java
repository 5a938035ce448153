package org.htmacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTest {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Test
	void a_generated_code_is_seven_groups_of_four_crockford_symbols() {
		VerificationCode code = VerificationCode.generate(RANDOM);

		assertThat(code.value()).hasSize(28).matches("[0-9A-HJKMNP-TV-Z]{28}");
		assertThat(code.grouped()).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(code).hasToString(code.grouped());
	}

	@Test
	void a_code_parses_back_to_itself_grouped_or_not() {
		for (int i = 0; i < 1000; i++) {
			VerificationCode code = VerificationCode.generate(RANDOM);

			assertThat(VerificationCode.parse(code.grouped())).isEqualTo(new ParseResult.WellFormed<>(code));
			assertThat(VerificationCode.parse(code.value())).isEqualTo(new ParseResult.WellFormed<>(code));
		}
	}

	@Test
	void typing_habits_are_forgiven() {
		VerificationCode code = code("0111-0000-1111-OOLI");
		String grouped = code.grouped();

		assertThat(parsed(grouped.toLowerCase(Locale.ROOT))).isEqualTo(code);
		assertThat(parsed("  " + grouped.replace("-", " ") + " \n")).isEqualTo(code);
		assertThat(parsed(grouped.replace("-", "‐"))).as("Unicode hyphens copied from a PDF").isEqualTo(code);
		assertThat(parsed(grouped.replace("-", "\u00a0"))).as("no-break spaces").isEqualTo(code);
		assertThat(parsed(grouped.replace('1', 'I'))).isEqualTo(code);
		assertThat(parsed(grouped.replace('1', 'l'))).isEqualTo(code);
		assertThat(parsed(grouped.replace('0', 'O'))).isEqualTo(code);
		assertThat(parsed(grouped.replace('0', 'o'))).isEqualTo(code);
	}

	@Test
	void the_whole_verification_link_can_be_pasted() {
		VerificationCode code = VerificationCode.generate(RANDOM);

		assertThat(parsed("https://htm.academy/v/" + code.grouped())).isEqualTo(code);
		assertThat(parsed("https://htm.academy/verify/" + code.value() + "/?utm=mail#top")).isEqualTo(code);
	}

	@Test
	void turkish_locale_does_not_turn_i_into_a_dotted_capital() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			VerificationCode code = code("1111-1111-1111-1111");

			assertThat(parsed(code.grouped().replace('1', 'i'))).isEqualTo(code);
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", " - - " })
	void an_empty_input_asks_for_the_code(String input) {
		assertThat(reason(input)).contains("Enter the verification code");
		assertThat(reason(null)).contains("Enter the verification code");
	}

	@Test
	void a_letter_u_is_named() {
		String typed = VerificationCode.generate(RANDOM).value().substring(0, 27) + "U";

		assertThat(reason(typed)).isEqualTo("The letter U is never used in verification codes.");
	}

	@ParameterizedTest
	@CsvSource({ "'#', #", "'*', *", "'é', é", "'Ø', Ø", "'.', ." })
	void a_character_outside_the_alphabet_is_named(String bad, String named) {
		String code = VerificationCode.generate(RANDOM).grouped();

		assertThat(reason(code.substring(0, 10) + bad + code.substring(11))).startsWith("“" + named + "” cannot be part")
			.contains("0–9", "A–Z except U");
	}

	@Test
	void a_code_too_short_or_too_long_gives_its_length() {
		String code = VerificationCode.generate(RANDOM).value();

		assertThat(reason(code.substring(1))).isEqualTo(
				"This code has 27 characters; a verification code has 28 (seven groups of four).");
		assertThat(reason(code + "A")).startsWith("This code has 29 characters");
		assertThat(reason("7KQ2-M9XD")).startsWith("This code has 8 characters");
	}

	@Test
	void a_mistyped_code_is_malformed_not_unknown() {
		String code = VerificationCode.generate(RANDOM).value();
		String typo = code.substring(0, 5) + other(code.charAt(5)) + code.substring(6);

		assertThat(reason(typo)).isEqualTo("“" + Crockford.grouped(typo, 4, 4, 4, 4, 4, 4, 4) + "” is not a valid "
				+ "verification code: it has a typing mistake (a wrong character, or two swapped). Compare it with the "
				+ "certificate character by character.");
	}

	/** Every position, every other symbol, over a sample of codes. */
	@Test
	void every_single_substitution_is_caught() {
		int checked = 0;
		for (int sample = 0; sample < 200; sample++) {
			String code = VerificationCode.generate(RANDOM).value();
			for (int i = 0; i < code.length(); i++) {
				for (char symbol : Crockford.ALPHABET.toCharArray()) {
					if (symbol != code.charAt(i)) {
						assertMalformed(code.substring(0, i) + symbol + code.substring(i + 1));
						checked++;
					}
				}
			}
		}
		assertThat(checked).isEqualTo(200 * 28 * 31);
	}

	@Test
	void every_adjacent_transposition_is_caught() {
		int checked = 0;
		for (int sample = 0; sample < 2000; sample++) {
			String code = VerificationCode.generate(RANDOM).value();
			for (int i = 0; i + 1 < code.length(); i++) {
				if (code.charAt(i) != code.charAt(i + 1)) {
					assertMalformed(code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2));
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(2000 * 27 * 9 / 10);
	}

	/** Two check symbols make a code of distance three: any two wrong symbols are caught, not only swaps. */
	@Test
	void every_pair_of_wrong_symbols_is_caught() {
		for (int sample = 0; sample < 3; sample++) {
			char[] code = VerificationCode.generate(RANDOM).value().toCharArray();
			for (int i = 0; i < code.length; i++) {
				for (int j = i + 1; j < code.length; j++) {
					for (char a : Crockford.ALPHABET.toCharArray()) {
						for (char b : Crockford.ALPHABET.toCharArray()) {
							if (a != code[i] && b != code[j]) {
								char[] typo = code.clone();
								typo[i] = a;
								typo[j] = b;
								assertThat(CodeReader.isCanonical(new String(typo), 28, 2)).isFalse();
							}
						}
					}
				}
			}
		}
	}

	@Test
	void a_hundred_thousand_codes_are_all_different() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			seen.add(VerificationCode.generate(RANDOM).value());
		}

		assertThat(seen).hasSize(100_000);
	}

	@Test
	void codes_use_the_whole_alphabet_in_every_random_position() {
		// 128 bits in 26 symbols leave the first symbol 3 bits (0–7); the other 25 take any of the 32
		Set<Character> first = new HashSet<>();
		Set<Character> last = new HashSet<>();
		for (int i = 0; i < 5000; i++) {
			String code = VerificationCode.generate(RANDOM).value();
			first.add(code.charAt(0));
			last.add(code.charAt(25));
		}

		assertThat(first).hasSize(8);
		assertThat(last).hasSize(32);
	}

	@Test
	void the_constructor_accepts_only_canonical_codes() {
		VerificationCode code = VerificationCode.generate(RANDOM);

		assertThat(new VerificationCode(code.value())).isEqualTo(code);
		assertThatThrownBy(() -> new VerificationCode(code.grouped())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new VerificationCode(code.value().toLowerCase(Locale.ROOT)))
			.isInstanceOf(IllegalArgumentException.class);
		String typo = code.value().substring(0, 27) + other(code.value().charAt(27));
		assertThatThrownBy(() -> new VerificationCode(typo)).isInstanceOf(IllegalArgumentException.class);
	}

	private static void assertMalformed(String typo) {
		assertThat(VerificationCode.parse(typo)).as(typo).isInstanceOf(ParseResult.Malformed.class);
	}

	private static char other(char symbol) {
		return symbol == 'A' ? 'B' : 'A';
	}

	/** A valid code made from the given 16 data symbols, padded with zeros, with its check symbols. */
	private static VerificationCode code(String data) {
		String symbols = (data.replace("-", "").replace('O', '0').replace('L', '1').replace('I', '1')
				+ "0".repeat(26)).substring(0, 26);
		int[] values = symbols.chars().map(c -> Crockford.ALPHABET.indexOf(c)).toArray();
		return new VerificationCode(CodeReader.canonical(CheckSymbols.append(values, 2)));
	}

	private static VerificationCode parsed(String input) {
		ParseResult<VerificationCode> result = VerificationCode.parse(input);
		assertThat(result).as(input).isInstanceOf(ParseResult.WellFormed.class);
		return ((ParseResult.WellFormed<VerificationCode>) result).value();
	}

	private static String reason(String input) {
		ParseResult<VerificationCode> result = VerificationCode.parse(input);
		assertThat(result).as(input).isInstanceOf(ParseResult.Malformed.class);
		return ((ParseResult.Malformed<VerificationCode>) result).reason();
	}

}
