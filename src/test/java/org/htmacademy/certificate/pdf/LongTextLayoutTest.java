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

class LongTextLayoutTest {

	static final String LONG_NAME = "Maximiliana Alejandra Konstantinopoulou-Vanderbilt de la Cruz y Wójcik-Szczepańska "
			+ "Ødegård-Łukasiewicz Nuñez Þórðardóttir";

	static final String LONG_TITLE = "Advanced Troubleshooting, Preventive Maintenance and Electrical Safety "
			+ "Verification of Multiparameter Patient Monitors, Infusion Pumps, Defibrillators and Anesthesia "
			+ "Delivery Systems in Acute Care Hospitals";

	@Test
	void the_long_texts_used_here_are_as_long_as_promised() {
		assertThat(LONG_NAME).hasSizeGreaterThanOrEqualTo(120);
		assertThat(LONG_TITLE).hasSizeGreaterThanOrEqualTo(200);
	}

	@Test
	void a_long_name_and_title_stay_inside_the_margins() throws IOException {
		byte[] pdf = CertificatePdf.render(Certificates.withLearnerAndCourse(LONG_NAME, LONG_TITLE));
		Files.createDirectories(Path.of("target/certificates"));
		Files.write(Path.of("target/certificates/long-texts.pdf"), pdf);

		List<Run> runs = PdfText.runs(pdf);

		Rectangle2D margins = rectangle(CertificateLayout.MARGINS);
		assertThat(runs).allSatisfy(run -> assertThat(margins.contains(run.box())).as(run.toString()).isTrue());
	}

	@Test
	void a_long_name_and_title_keep_clear_of_the_qr_code() {
		List<Run> runs = runsOf(Certificates.withLearnerAndCourse(LONG_NAME, LONG_TITLE));

		Rectangle2D qr = rectangle(CertificateLayout.QR);
		assertThat(runs).noneSatisfy(run -> assertThat(run.box().intersects(qr)).as(run.toString()).isTrue());
	}

	@Test
	void no_two_lines_of_text_overlap() {
		for (CertificateDocument certificate : List.of(Certificates.sample(),
				Certificates.withLearnerAndCourse(LONG_NAME, LONG_TITLE), Certificates.crowded(LONG_NAME, LONG_TITLE))) {
			List<Run> runs = runsOf(certificate);
			for (int i = 0; i < runs.size(); i++) {
				for (int j = i + 1; j < runs.size(); j++) {
					Rectangle2D a = shrunk(runs.get(i).box());
					Rectangle2D b = shrunk(runs.get(j).box());
					assertThat(a.intersects(b)).as(runs.get(i) + " overlaps " + runs.get(j)).isFalse();
				}
			}
		}
	}

	@Test
	void a_certificate_with_every_text_at_its_longest_stays_inside_the_margins_and_clear_of_the_qr_code()
			throws IOException {
		byte[] pdf = CertificatePdf.render(Certificates.crowded(LONG_NAME, LONG_TITLE));
		Files.createDirectories(Path.of("target/certificates"));
		Files.write(Path.of("target/certificates/crowded.pdf"), pdf);

		List<Run> runs = PdfText.runs(pdf);

		Rectangle2D margins = rectangle(CertificateLayout.MARGINS);
		Rectangle2D qr = rectangle(CertificateLayout.QR);
		assertThat(runs).allSatisfy(run -> assertThat(margins.contains(run.box())).as(run.toString()).isTrue());
		assertThat(runs).noneSatisfy(run -> assertThat(run.box().intersects(qr)).as(run.toString()).isTrue());
	}

	@Test
	void a_long_name_wraps_instead_of_shrinking_below_the_minimum_size() {
		String text = CertificatePdfTest.flat(PdfText.of(CertificatePdf.render(Certificates.withLearner(LONG_NAME))));

		assertThat(text).contains(LONG_NAME);
		List<Run> nameLines = runsOf(Certificates.withLearner(LONG_NAME)).stream()
			.filter(run -> LONG_NAME.contains(run.text().strip()) && run.text().length() > 20)
			.toList();
		assertThat(nameLines).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void a_name_too_long_for_three_lines_ends_in_an_ellipsis_on_the_page() {
		String endless = "Bartholomew ".repeat(40).strip();

		List<Run> runs = runsOf(Certificates.withLearner(endless));

		assertThat(runs).anySatisfy(run -> assertThat(run.text()).endsWith("…"));
		Rectangle2D margins = rectangle(CertificateLayout.MARGINS);
		assertThat(runs).allSatisfy(run -> assertThat(margins.contains(run.box())).as(run.toString()).isTrue());
	}

	private static List<Run> runsOf(CertificateDocument certificate) {
		return PdfText.runs(CertificatePdf.render(certificate));
	}

	private static Rectangle2D rectangle(PDRectangle box) {
		return new Rectangle2D.Float(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
	}

	/** Lines set solid touch at their edges by design; only a real overlap counts. */
	private static Rectangle2D shrunk(Rectangle2D box) {
		return new Rectangle2D.Double(box.getX() + 0.5, box.getY() + 0.5, box.getWidth() - 1, box.getHeight() - 1);
	}

}
