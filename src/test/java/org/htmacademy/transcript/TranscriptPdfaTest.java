package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class TranscriptPdfaTest {

	@BeforeAll
	static void startVeraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	static Stream<TranscriptDocument> transcripts() {
		return Stream.of(Transcripts.sample("Zoë Ødegård-Łukasiewicz"), Transcripts.long_("José Nuñez"),
				Transcripts.sample("Nguyễn Thị Phương Thảo"));
	}

	@ParameterizedTest
	@MethodSource("transcripts")
	void transcripts_are_valid_pdf_a_2b(TranscriptDocument transcript) throws Exception {
		ValidationResult result;
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(TranscriptPdf.render(transcript)), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			result = validator.validate(parser);
		}

		assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
		assertThat(result.getTestAssertions()).filteredOn(a -> a.getStatus() == TestAssertion.Status.FAILED)
			.extracting(a -> a.getRuleId().getClause() + " " + a.getErrorMessage())
			.isEmpty();
		assertThat(result.isCompliant()).isTrue();
	}

}
