package org.htmacademy.common.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** What HarfBuzz and the bidi algorithm do to a name, seen in its glyphs (the pictures are NamesInEveryScriptTest's). */
class ShapedNameTest {

	private final NameFaces faces = NameFaces.installed();

	@Test
	void a_hebrew_name_is_laid_out_right_to_left() throws IOException {
		ShapedName name = faces.shape("דוד לוי");
		NameFace face = name.face();
		int dalet = face.pdfFont().getUnicodeCmapLookup().getGlyphId('ד');
		int yod = face.pdfFont().getUnicodeCmapLookup().getGlyphId('י');

		// the first letter typed stands at the right end, the last at the left
		assertThat(name.glyphs()[name.glyphs().length - 1]).isEqualTo(dalet);
		assertThat(name.glyphs()[0]).isEqualTo(yod);
		assertThat(name.x()).isSorted();
		assertThat(name.visualOrder()).isEqualTo("יול דוד");
	}

	@Test
	void arabic_letters_take_their_joined_forms() throws IOException {
		ShapedName name = faces.shape("محمد");
		int isolatedMeem = name.face().pdfFont().getUnicodeCmapLookup().getGlyphId('م');

		assertThat(name.glyphs()).hasSize(4).doesNotContain(isolatedMeem);
	}

	@Test
	void devanagari_conjuncts_and_vowel_signs_are_formed() throws IOException {
		// क्ष is one conjunct glyph (no क, virama or ष of their own), and ि (in a width fitted to what follows)
		// stands before the consonants it follows in the text
		ShapedName name = faces.shape("क्षिति");
		var cmap = name.face().pdfFont().getUnicodeCmapLookup();

		assertThat(name.glyphs()).doesNotContain(cmap.getGlyphId('क'), cmap.getGlyphId('्'), cmap.getGlyphId('ष'));
		assertThat(name.glyphs().length).isLessThan("क्षिति".length());
		assertThat(name.glyphs()[0]).isNotEqualTo(cmap.getGlyphId('त'));
	}

	@Test
	void thai_marks_sit_over_their_letters_not_after_them() {
		ShapedName name = faces.shape("จันทร์");

		boolean markOverLetter = false;
		for (int i = 1; i < name.glyphs().length; i++) {
			markOverLetter |= name.x()[i] < name.x()[i - 1] + advance(name, name.glyphs()[i - 1]) - 1;
		}
		assertThat(markOverLetter).isTrue();
	}

	private static float advance(ShapedName name, int glyph) {
		try {
			return name.face().pdfFont().getAdvanceWidth(glyph) * 1000f / name.face().pdfFont().getUnitsPerEm();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
