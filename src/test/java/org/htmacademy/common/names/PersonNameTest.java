package org.htmacademy.common.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.htmacademy.common.print.NameFaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

	private static final NameFaces FACES = NameFaces.installed();

	@ParameterizedTest
	@ValueSource(strings = { "José Nuñez, CBET", "Siobhán O’Connor", "Jean-Luc d'Arc", "Dr. Amelia Okafor",
			"Lluís Ol·lé", "Nguyễn Thị Minh Khai", "Արամ Խաչատրյան", "გიორგი ბერიძე", "דוד בן־גוריון", "محمد بن سلمان",
			"علی\u200Cرضا", "अमिताभ बच्चन", "সত্যজিৎ রায়", "கமல் ஹாசன்", "ประยุทธ์ จันทร์โอชา", "አበበ ቢቂላ", "王小明", "陳美玲",
			"佐藤 さくら", "ジョン・スミス", "김민준" })
	void real_names_in_every_supported_script_are_accepted(String name) {
		assertThat(PersonName.clean(name, FACES)).isEqualTo(name);
	}

	@Test
	void a_name_is_stored_in_nfc_trimmed_with_single_spaces() {
		String decomposed = "  Zoe\u0308\u00A0\u00A0O\u0308degard ";

		assertThat(PersonName.clean(decomposed, FACES)).isEqualTo("Zoë Ödegard");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u200B\u200B", "\u3164\u3164", "\u115F", "\u200D", "   ", "\u2060", "..." })
	void a_name_of_invisible_characters_or_no_letter_is_refused(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean(name, FACES))
			.withMessageMatching(".*(invisible|at least one letter|Enter your full name).*");
	}

	@Test
	void a_bidi_override_is_refused_by_name_and_code_point() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("Ali\u202Eecila", FACES))
			.withMessageContaining("U+202E RIGHT-TO-LEFT OVERRIDE")
			.withMessageContaining("Delete it");
	}

	@Test
	void a_control_or_private_use_character_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("Ann\u0007a", FACES))
			.withMessageContaining("U+0007");
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("Ann\uE000a", FACES))
			.withMessageContaining("U+E000");
	}

	@Test
	void a_character_outside_the_basic_multilingual_plane_is_named_whole() {
		// U+1F600 is two UTF-16 units; the message must name the character, not half of it
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("Anna 😀", FACES))
			.withMessageContaining("“😀” (U+1F600 GRINNING FACE)");
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("Anna \uD801\uDC00", FACES))
			.withMessageContaining("U+10400 DESERET CAPITAL LETTER LONG I")
			.withMessageContaining("Deseret script is not supported");
	}

	@Test
	void joiners_are_kept_between_letters_and_refused_elsewhere() {
		assertThat(PersonName.clean("علی\u200Cرضا", FACES)).contains("\u200C");
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("Anna\u200D", FACES))
			.withMessageContaining("U+200D ZERO WIDTH JOINER");
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("\u200CAnna", FACES))
			.withMessageContaining("U+200C ZERO WIDTH NON-JOINER");
	}

	@Test
	void digits_and_symbols_are_refused_with_what_names_may_hold() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("Henry 3", FACES))
			.withMessageContaining("digit “3”");
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("Anna <b>", FACES))
			.withMessageContaining("“<” (U+003C LESS-THAN SIGN)");
	}

	@Test
	void names_longer_than_the_visible_limit_are_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("A".repeat(121), FACES))
			.withMessageContaining("120 characters");
		assertThat(PersonName.clean("A".repeat(120), FACES)).hasSize(120);
	}

	@Test
	void a_script_certificates_cannot_print_is_refused_naming_the_script() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("ᏣᎳᎩ", FACES))
			.withMessageContaining("U+13E3 CHEROKEE LETTER TSA")
			.withMessageContaining("Cherokee script is not supported");
	}

	@Test
	void names_mixing_a_shaped_script_with_letters_its_font_lacks_are_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("محمد Ali", FACES))
			.withMessageContaining("together with Arabic letters");
	}

	@Test
	void without_the_fonts_installed_names_in_their_scripts_are_refused_saying_what_to_install(@TempDir Path empty) {
		NameFaces none = new NameFaces(empty);

		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("محمد بن سلمان", none))
			.withMessageContaining("“م” (U+0645 ARABIC LETTER MEEM)")
			.withMessageContaining("fonts-noto-core");
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.clean("王小明", none))
			.withMessageContaining("fonts-wqy-zenhei");
		// the DejaVu faces ship with the application
		assertThat(PersonName.clean("Արամ Խաչատրյան", none)).isEqualTo("Արամ Խաչատրյան");
	}

	@Test
	void a_stored_name_is_checked_as_stored() {
		assertThat(PersonName.problem("Zoe\u0308", FACES)).hasValueSatisfying(p -> assertThat(p).contains("normal form"));
		assertThat(PersonName.problem("Zoë", FACES)).isEmpty();
	}

}
