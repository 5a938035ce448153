package org.htmacademy.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfaComplianceTest {

	@BeforeAll
	static void startVeraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	static Stream<CertificateDocument> certificates() {
		return Stream.of(Certificates.sample(), Certificates.withLearner("Nguyễn Thị Phương Thảo"),
				Certificates.crowded(LongTextLayoutTest.LONG_NAME, LongTextLayoutTest.LONG_TITLE),
				Certificates.withSkills(Certificates.sample(), Certificates.SKILLS),
				Certificates.withSkills(
						Certificates.crowded(LongTextLayoutTest.LONG_NAME, LongTextLayoutTest.LONG_TITLE),
						Certificates.manyLongSkills()));
	}

	@Test
	void the_check_itself_rejects_a_pdf_that_is_not_pdf_a() throws Exception {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(plain);
		}

		assertThat(validate(plain.toByteArray()).isCompliant()).isFalse();
	}

	@ParameterizedTest
	@MethodSource("certificates")
	void certificates_are_valid_pdf_a_2b(CertificateDocument certificate) throws Exception {
		ValidationResult result = validate(CertificatePdf.render(certificate));

		assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
		assertThat(result.getTestAssertions()).filteredOn(a -> a.getStatus() == TestAssertion.Status.FAILED)
			.extracting(a -> a.getRuleId().getClause() + " " + a.getErrorMessage())
			.isEmpty();
		assertThat(result.isCompliant()).isTrue();
	}

	static ValidationResult validate(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			return validator.validate(parser);
		}
	}

}
