package org.htmacademy.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

	@Test
	void a_certificate_is_one_landscape_letter_page_with_subset_fonts_embedded() throws IOException {
		byte[] pdf = CertificatePdf.render(Certificates.sample());
		Path sample = Path.of("target/certificates/sample.pdf");
		Files.createDirectories(sample.getParent());
		Files.write(sample, pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDPage page = document.getPage(0);
			assertThat(page.getMediaBox().getWidth()).isEqualTo(792);
			assertThat(page.getMediaBox().getHeight()).isEqualTo(612);
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+DejaVu.*");
			}
		}
	}

	@Test
	void every_field_of_the_certificate_is_printed() {
		CertificateDocument certificate = Certificates.sample();

		String text = flat(PdfText.of(CertificatePdf.render(certificate)));

		assertThat(text).contains("HTM Academy", certificate.providerName(), certificate.providerAddress(),
				"Certificate of Completion", certificate.learnerName(), "has completed", certificate.courseTitle(),
				"Version 2.1", "March 4, 2026 (Central Standard Time)", "1.5 contact hours", "0.15 CEUs",
				"1 CEU = 10 contact hours", "CBET: Healthcare information technology",
				"CBET: Safety in the healthcare environment", certificate.accreditationStatement(),
				certificate.signatoryName(), certificate.signatoryTitle(), certificate.certificateNumber(),
				"Verification code", certificate.verificationCode(), certificate.verificationPage());
	}

	@Test
	void the_number_and_the_verification_code_are_printed_whole_and_labelled_beside_the_qr_code() {
		for (CertificateDocument certificate : List.of(Certificates.sample(),
				Certificates.crowded(LongTextLayoutTest.LONG_NAME, LongTextLayoutTest.LONG_TITLE))) {
			List<PdfText.Run> runs = PdfText.runs(CertificatePdf.render(certificate));

			PdfText.Run number = line(runs, certificate.certificateNumber());
			PdfText.Run label = line(runs, "Verification code");
			PdfText.Run code = line(runs, certificate.verificationCode());
			for (PdfText.Run run : List.of(number, label, code)) {
				assertThat(run.box().getMaxX()).as(run.text()).isLessThan(CertificateLayout.QR.getLowerLeftX())
					.isGreaterThan(CertificateLayout.QR.getLowerLeftX() - 20);
				assertThat(run.box().getMinX()).as(run.text())
					.isGreaterThan(CertificateLayout.SEAL_X + CertificateLayout.SEAL_RADIUS);
				assertThat(run.box().getMinY()).as(run.text()).isGreaterThan(CertificateLayout.QR.getLowerLeftY());
				assertThat(run.box().getMaxY()).as(run.text()).isLessThan(CertificateLayout.QR.getUpperRightY());
			}
			assertThat(label.box().getMinY()).as("label above the code").isGreaterThan(code.box().getCenterY());
		}
	}

	@Test
	void every_field_is_printed_in_full_even_when_every_text_is_at_its_longest() {
		CertificateDocument certificate = Certificates.crowded(LongTextLayoutTest.LONG_NAME,
				LongTextLayoutTest.LONG_TITLE);

		String text = flat(PdfText.of(CertificatePdf.render(certificate)));

		assertThat(text).contains(certificate.providerName(), certificate.providerAddress(),
				certificate.learnerName(), certificate.courseTitle(), certificate.courseVersion(),
				certificate.accreditationStatement(), certificate.signatoryName(), certificate.signatoryTitle(),
				certificate.certificateNumber(), "12.75 contact hours", "1.275 CEUs");
		assertThat(text).contains(certificate.verificationCode());
		assertThat(text.replace(" ", "")).contains(certificate.verificationPage());
		assertThat(certificate.certificationAreas()).allSatisfy(area -> assertThat(text).contains(area));
	}

	@Test
	void names_in_any_european_script_are_printed_and_extracted_exactly() {
		List<String> names = List.of("Zoë Ødegård-Łukasiewicz", "José Nuñez", "Nguyễn Thị Phương Thảo",
				"Γιώργος Παπαδόπουλος", "Юлия Соколова", "Sinéad Ní Bhriain", "Çağrı Öztürk", "Þórdís Ásgeirsdóttir",
				"Ștefan Țurcanu", "Keʻala Kahananui", "Ґанна Їжакевич", "Ərəbova Şəhla");

		for (String name : names) {
			assertThat(flat(PdfText.of(CertificatePdf.render(Certificates.withLearner(name))))).as(name)
				.contains(name);
		}
	}

	@Test
	void a_character_no_font_can_print_is_refused_rather_than_printed_as_a_blank_box() {
		// Cherokee: no installed face prints it; PersonName refuses it at entry with the same message
		assertThatThrownBy(() -> CertificatePdf.render(Certificates.withLearner("ᏣᎳᎩ")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("U+13E3 CHEROKEE LETTER TSA");
	}

	@Test
	void downloading_a_certificate_again_gives_the_same_bytes() {
		byte[] first = CertificatePdf.render(Certificates.sample());
		byte[] second = CertificatePdf.render(Certificates.sample());

		assertThat(second).isEqualTo(first);
		assertThat(CertificatePdf.render(Certificates.withLearner("José Nuñez"))).isNotEqualTo(first);
	}

	@Test
	void certificates_rendered_in_parallel_are_identical_to_one_rendered_alone() throws Exception {
		byte[] alone = CertificatePdf.render(Certificates.sample());
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<byte[]>> renders = IntStream.range(0, 16)
				.mapToObj(i -> pool.submit(() -> CertificatePdf.render(Certificates.sample())))
				.toList();
			for (Future<byte[]> render : renders) {
				assertThat(render.get()).isEqualTo(alone);
			}
		}
	}

	@Test
	void render_time_is_reported() {
		CertificatePdf.render(Certificates.sample());
		int warmUp = 150;
		int measured = 200;
		for (int i = 0; i < warmUp; i++) {
			CertificatePdf.render(Certificates.sample());
		}
		long start = System.nanoTime();
		int size = 0;
		for (int i = 0; i < measured; i++) {
			size = CertificatePdf.render(Certificates.sample()).length;
		}
		double millis = (System.nanoTime() - start) / 1e6 / measured;
		System.out.printf("Certificate render: %.2f ms each (one thread, warm), %d bytes%n", millis, size);
	}

	/** The one run of text that is exactly this line: a line broken in two would be two runs. */
	private static PdfText.Run line(List<PdfText.Run> runs, String text) {
		List<PdfText.Run> exact = runs.stream().filter(run -> run.text().strip().equals(text)).toList();
		assertThat(exact).as("a line that reads exactly %s, among %s", text, runs).hasSize(1);
		return exact.getFirst();
	}

	/** Wrapped lines come back with line breaks; a field is printed when it reads the same once they are spaces. */
	static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
