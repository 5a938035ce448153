package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.htmacademy.certificate.pdf.Poppler;
import org.junit.jupiter.api.Test;

class TranscriptPdfTest {

	@Test
	void a_transcript_prints_names_as_spelled_and_writes_samples() throws Exception {
		byte[] zoe = TranscriptPdf.render(Transcripts.sample("Zoë Ødegård-Łukasiewicz"));
		byte[] jose = TranscriptPdf.render(Transcripts.long_("José Nuñez"));
		Files.createDirectories(Path.of("target/transcripts"));
		Files.write(Path.of("target/transcripts/sample.pdf"), zoe);
		Files.write(Path.of("target/transcripts/long.pdf"), jose);

		assertThat(text(zoe)).contains("Zoë Ødegård-Łukasiewicz", "Continuing Education Transcript");
		assertThat(text(jose)).contains("José Nuñez");
	}

	@Test
	void the_header_names_learner_certification_and_period() {
		String text = text(TranscriptPdf.render(Transcripts.sample("Zoë Ødegård-Łukasiewicz")));

		assertThat(text).contains("HTM Academy Continuing Education, LLC",
				"CBET · Certified Biomedical Equipment Technician",
				"March 4, 2026 to March 3, 2029 (CEUs due by March 3, 2029)", "June 15, 2027");
	}

	@Test
	void every_activity_appears_with_date_hours_ceus_number_and_source() {
		String text = text(TranscriptPdf.render(Transcripts.sample("Zoë Ødegård-Łukasiewicz"))).replaceAll("\\s+", " ");

		assertThat(text).contains("Mar 4, 2026", "Electrical Safety Testing of Medical Equipment (IEC 62353)",
				"HTMA-2026-7KQ2M-9XD4P", "HTMA-2027-3NW8R-QK2TV", "Hospital Clínico San José", "BX-2026/0193",
				"CHTM certification earned", "12.75", "1.275", "0.15");
		assertThat(count(text, "✓ HTM Academy")).as("two courses and the legend").isEqualTo(3);
		assertThat(count(text, "Self-reported")).as("three activities and the legend").isEqualTo(4);
		assertThat(text).contains("not verified by HTM Academy");
	}

	@Test
	void totals_per_category_show_caps_and_what_remains() {
		String text = text(TranscriptPdf.render(Transcripts.sample("Zoë Ødegård-Łukasiewicz")));

		assertThat(text).contains("CEUs by category", "I · Earn an additional HTM-related certification",
				"IV · Professional development (Cap not confirmed with ACI.)", "Total counted towards CBET renewal",
				"Required in this period", "Still needed");
		// IV: 0.15 + 0.8 + 1.275 = 2.225; I: 5; III: 2; total 9.225; remaining 20.775
		assertThat(text).contains("IV · Professional development (Cap not confirmed with ACI.) 2.225 none 2.225",
				"Total counted towards CBET renewal 9.225", "Still needed 20.775");
	}

	@Test
	void a_long_transcript_runs_over_pages_repeating_the_table_heading() throws Exception {
		byte[] pdf = TranscriptPdf.render(Transcripts.long_("José Nuñez"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(3);
			for (int page = 1; page <= pages; page++) {
				String pageText = text(document, page);
				assertThat(pageText).contains("Page " + page + " of " + pages, "José Nuñez · CBET");
				if (page < pages) {
					assertThat(pageText).contains("Course or activity · provider");
				}
			}
		}
		String all = text(pdf);
		for (int i = 1; i <= 70; i++) {
			assertThat(all).contains("Module " + i + ":");
		}
	}

	@Test
	void the_same_transcript_renders_to_the_same_bytes() {
		assertThat(TranscriptPdf.render(Transcripts.sample("José Nuñez")))
			.isEqualTo(TranscriptPdf.render(Transcripts.sample("José Nuñez")));
	}

	@Test
	void an_empty_period_says_so() {
		RenewalProgress empty = RenewalCalculator.progress(Rules.cbet(), java.time.LocalDate.parse("2026-03-04"),
				java.time.LocalDate.parse("2026-03-05"), List.of());

		String text = text(TranscriptPdf.render(new TranscriptDocument("José Nuñez", "HTM Academy",
				Transcripts.GENERATED, empty)));

		assertThat(text).contains("No continuing education is recorded in this period.", "Still needed");
	}

	@Test
	void a_name_the_fonts_cannot_print_is_refused_clearly() {
		assertThatThrownBy(() -> TranscriptPdf.render(Transcripts.sample("ᏣᎳᎩ")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("U+13E3 CHEROKEE LETTER TSA");
	}

	@Test
	void names_in_shaped_scripts_print_as_on_the_certificate_and_read_back_exactly() throws Exception {
		for (String name : List.of("王小明", "محمد بن سلمان", "अमिताभ बच्चन", "דוד בן־גוריון")) {
			byte[] pdf = TranscriptPdf.render(Transcripts.sample(name));

			String text = Poppler.text(pdf).replaceAll("[\\u202A-\\u202E]", "");
			assertThat(text).as(name).contains(name);
			assertThat(PdfChecks.isPdfA2b(pdf)).as(name).isTrue();
			Poppler.png(pdf, Path.of("target/transcripts/name-" + name.hashCode() + ".png"), 60);
		}
	}

	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
