package org.htmacademy.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.htmacademy.certificate.pdf.PdfText.Run;
import org.junit.jupiter.api.Test;

/** The optional list of hands-on skills an instructor signed, printed only on certificates that have them. */
class SignedSkillsLayoutTest {

	@Test
	void signed_skills_are_printed_under_their_heading() throws IOException {
		byte[] pdf = CertificatePdf.render(Certificates.withSkills(Certificates.sample(), Certificates.SKILLS));
		Files.createDirectories(Path.of("target/certificates"));
		Files.write(Path.of("target/certificates/with-skills.pdf"), pdf);

		String text = CertificatePdfTest.flat(PdfText.of(pdf));

		assertThat(text).contains("Hands-on skills signed off");
		assertThat(Certificates.SKILLS).allSatisfy(skill -> assertThat(text).contains(skill));
		assertThat(text).contains(Certificates.sample().accreditationStatement());
	}

	@Test
	void a_certificate_without_skills_has_no_skills_heading_and_renders_as_before() {
		CertificateDocument sample = Certificates.sample();

		assertThat(sample.signedSkills()).isEmpty();
		assertThat(CertificatePdfTest.flat(PdfText.of(CertificatePdf.render(sample))))
			.doesNotContain("Hands-on skills");
		assertThat(CertificatePdf.render(Certificates.withSkills(sample, List.of())))
			.isEqualTo(CertificatePdf.render(sample));
	}

	@Test
	void eight_long_skills_on_a_crowded_certificate_stay_inside_the_margins_clear_of_the_qr_code_without_overlap()
			throws IOException {
		CertificateDocument crowded = Certificates.withSkills(
				Certificates.crowded(LongTextLayoutTest.LONG_NAME, LongTextLayoutTest.LONG_TITLE),
				Certificates.manyLongSkills());
		byte[] pdf = CertificatePdf.render(crowded);
		Files.createDirectories(Path.of("target/certificates"));
		Files.write(Path.of("target/certificates/crowded-with-skills.pdf"), pdf);

		List<Run> runs = PdfText.runs(pdf);

		Rectangle2D margins = rectangle(CertificateLayout.MARGINS);
		Rectangle2D qr = rectangle(CertificateLayout.QR);
		assertThat(runs).allSatisfy(run -> assertThat(margins.contains(run.box())).as(run.toString()).isTrue());
		assertThat(runs).noneSatisfy(run -> assertThat(run.box().intersects(qr)).as(run.toString()).isTrue());
		for (int i = 0; i < runs.size(); i++) {
			for (int j = i + 1; j < runs.size(); j++) {
				assertThat(shrunk(runs.get(i).box()).intersects(shrunk(runs.get(j).box())))
					.as(runs.get(i) + " overlaps " + runs.get(j))
					.isFalse();
			}
		}
		String text = CertificatePdfTest.flat(PdfText.of(pdf));
		assertThat(text).contains("Hands-on skills signed off", crowded.learnerName(), crowded.signatoryName(),
				crowded.certificateNumber());
		for (int i = 1; i <= 8; i++) {
			assertThat(text).contains(i + ". Performs and documents");
		}
	}

	private static Rectangle2D rectangle(PDRectangle box) {
		return new Rectangle2D.Float(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
	}

	private static Rectangle2D shrunk(Rectangle2D box) {
		return new Rectangle2D.Double(box.getX() + 0.5, box.getY() + 0.5, box.getWidth() - 1, box.getHeight() - 1);
	}

}
