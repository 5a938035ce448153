package org.htmacademy.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.htmacademy.certificate.pdf.TextFitter.Fit;
import org.htmacademy.common.print.CertificateFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextFitterTest {

	private PDDocument document;

	private PDFont font;

	@BeforeEach
	void loadFont() throws IOException {
		document = new PDDocument();
		font = CertificateFont.SANS.embedIn(document);
	}

	@AfterEach
	void close() throws IOException {
		document.close();
	}

	@Test
	void short_text_keeps_its_largest_size_on_one_line() {
		FittedText text = TextFitter.fit("José Nuñez", font, new Fit(30, 16, 3), 400);

		assertThat(text.size()).isEqualTo(30);
		assertThat(text.lines()).containsExactly("José Nuñez");
	}

	@Test
	void text_a_little_too_wide_shrinks_but_stays_on_one_line() {
		FittedText text = TextFitter.fit("Zoë Ødegård-Łukasiewicz", font, new Fit(30, 16, 3), 300);

		assertThat(text.size()).isBetween(16f, 29.5f);
		assertThat(text.lines()).hasSize(1);
		assertThat(text.widest()).isLessThanOrEqualTo(300);
	}

	@Test
	void a_code_kept_on_one_line_shrinks_as_far_as_its_width_needs_and_never_breaks() {
		FittedText fits = TextFitter.oneLine("0F3K-9QZW-2M7D-XH4N-B8CR-T6VJ-5PW2", font, 8.5f, 400);
		FittedText shrunk = TextFitter.oneLine(Certificates.WIDEST_CODE, font, 8.5f, 192);

		assertThat(fits.size()).isEqualTo(8.5f);
		assertThat(fits.lines()).containsExactly("0F3K-9QZW-2M7D-XH4N-B8CR-T6VJ-5PW2");
		assertThat(shrunk.lines()).containsExactly(Certificates.WIDEST_CODE);
		assertThat(shrunk.widest()).isCloseTo(192, org.assertj.core.data.Offset.offset(0.01f));
		assertThat(shrunk.size()).as("still readable").isGreaterThan(6.4f);
	}

	@Test
	void text_too_wide_at_the_minimum_size_wraps_at_word_boundaries() {
		FittedText text = TextFitter.fit("Preventive maintenance of infusion pumps and patient monitors", font,
				new Fit(20, 12, 3), 200);

		assertThat(text.size()).isEqualTo(12);
		assertThat(text.lines()).hasSizeBetween(2, 3);
		assertThat(String.join(" ", text.lines()))
			.isEqualTo("Preventive maintenance of infusion pumps and patient monitors");
		assertThat(text.widest()).isLessThanOrEqualTo(200);
	}

	@Test
	void a_word_wider_than_the_line_is_broken_inside() {
		FittedText text = TextFitter.fit("Konstantinopoulou".repeat(4), font, new Fit(12, 12, 5), 100);

		assertThat(text.lines()).hasSizeGreaterThan(1);
		assertThat(String.join("", text.lines())).isEqualTo("Konstantinopoulou".repeat(4));
		assertThat(text.widest()).isLessThanOrEqualTo(100);
	}

	@Test
	void text_beyond_the_last_allowed_line_ends_in_an_ellipsis() {
		FittedText text = TextFitter.fit("word ".repeat(200), font, new Fit(12, 10, 2), 150);

		assertThat(text.lines()).hasSize(2);
		assertThat(text.lines().getLast()).endsWith("…");
		assertThat(text.widest()).isLessThanOrEqualTo(150);
		assertThat(text.height()).isLessThanOrEqualTo(new Fit(12, 10, 2).maxHeight());
	}

}
