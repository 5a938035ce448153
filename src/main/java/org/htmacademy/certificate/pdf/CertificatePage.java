package org.htmacademy.certificate.pdf;

import static org.htmacademy.certificate.pdf.CertificateLayout.GOLD;
import static org.htmacademy.certificate.pdf.CertificateLayout.GRAY;
import static org.htmacademy.certificate.pdf.CertificateLayout.INK;
import static org.htmacademy.certificate.pdf.CertificateLayout.LIGHT_GRAY;
import static org.htmacademy.certificate.pdf.CertificateLayout.NAVY;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.htmacademy.certificate.pdf.Canvas.Align;
import org.htmacademy.certificate.pdf.TextFitter.Fit;
import org.htmacademy.common.print.CertificateFont;
import org.htmacademy.common.print.NameFaces;
import org.htmacademy.common.print.ShapedName;
import org.jspecify.annotations.Nullable;

/** Lays out one certificate: frame, the centred statement, then signature, seal and verification along the foot. */
final class CertificatePage {

	private final CertificateDocument certificate;

	private final PDFont sans;

	private final PDFont sansBold;

	private final PDFont serifBold;

	private final PDFont serifItalic;

	private final PDFont nameFont;

	/** The name when DejaVu cannot print it: shaped with the font of its script. */
	private final @Nullable ShapedName shapedName;

	private final PDDocument pdf;

	CertificatePage(PDDocument pdf, CertificateDocument certificate) throws IOException {
		this.pdf = pdf;
		this.certificate = certificate;
		this.sans = CertificateFont.SANS.embedIn(pdf);
		this.sansBold = CertificateFont.SANS_BOLD.embedIn(pdf);
		this.serifBold = CertificateFont.SERIF_BOLD.embedIn(pdf);
		this.serifItalic = CertificateFont.SERIF_ITALIC.embedIn(pdf);
		// DejaVu Sans covers more scripts than DejaVu Serif
		this.nameFont = Printable.prints(serifBold, certificate.learnerName()) ? serifBold : sansBold;
		this.shapedName = NameFaces.printsWithDejaVu(certificate.learnerName()) ? null
				: NameFaces.installed().shape(certificate.learnerName());
		if (shapedName == null) {
			Printable.require("learner name", certificate.learnerName(), nameFont);
		}
		Printable.require("provider name", certificate.providerName(), sans);
		Printable.require("provider address", certificate.providerAddress(), sans);
		Printable.require("course title", certificate.courseTitle(), sansBold);
		Printable.require("course version", certificate.courseVersion(), sans);
		Printable.require("certification areas", String.join(" ", certificate.certificationAreas()), sans);
		Printable.require("signed skills", String.join(" ", certificate.signedSkills()), sans);
		Printable.require("accreditation statement", certificate.accreditationStatement(), sans);
		Printable.require("signatory name", certificate.signatoryName(), sansBold);
		Printable.require("signatory title", certificate.signatoryTitle(), sans);
		Printable.require("certificate number", certificate.certificateNumber(), sansBold);
		Printable.require("verification code", certificate.verificationCode(), sans);
		Printable.require("verification page", certificate.verificationPage(), sans);
	}

	void draw(Canvas canvas) throws IOException {
		drawFrame(canvas);
		statement().draw(canvas);
		drawSignature(canvas);
		drawSeal(canvas);
		drawVerification(canvas);
	}

	private void drawFrame(Canvas canvas) throws IOException {
		PDRectangle page = CertificateLayout.PAGE;
		canvas.frame(page, 18, NAVY, 3.5f);
		canvas.frame(page, 25, GOLD, 0.9f);
		float inset = 25;
		for (float x : new float[] { inset, page.getWidth() - inset }) {
			for (float y : new float[] { inset, page.getHeight() - inset }) {
				canvas.diamond(x, y, 5, GOLD);
			}
		}
	}

	private Flow statement() {
		Flow flow = new Flow(CertificateLayout.FLOW);
		float width = flow.width();
		flow.text(fit("HTM Academy", sansBold, Fit.fixed(15)), NAVY, 1.2f, 0);
		flow.text(fit(certificate.providerName(), sans, new Fit(10, 7, 2)), GRAY, 4);
		flow.text(fit(certificate.providerAddress(), sans, new Fit(8.5f, 6.5f, 2)), GRAY, 1);
		flow.text(fit("Certificate of Completion", serifBold, Fit.fixed(34)), NAVY, 22);
		flow.rule(150, GOLD, 1.2f, 8);
		flow.text(fit("This certifies that", serifItalic, Fit.fixed(12.5f)), GRAY, 14);
		float nameWidth = shapedName == null ? learnerName(flow) : shapedLearnerName(flow, shapedName);
		flow.rule(Math.min(width, Math.max(320, nameWidth + 48)), LIGHT_GRAY, 0.6f, 4);
		flow.text(fit("has completed", serifItalic, Fit.fixed(12.5f)), GRAY, 10);
		flow.text(fit(certificate.courseTitle(), sansBold, new Fit(19, 11, 3)), NAVY, 6);
		flow.text(fit("Version " + certificate.courseVersion(), sans, new Fit(9.5f, 7, 1)), GRAY, 3);
		flow.text(fit(CreditWording.credit(certificate.contactHours()), sansBold, new Fit(10.5f, 8, 2)), INK, 16);
		flow.text(fit("Completed " + CreditWording.completionDate(certificate.completedAt()), sans,
				new Fit(10, 8, 2)), INK, 4);
		if (!certificate.certificationAreas().isEmpty()) {
			flow.text(fit("Supports AAMI certification", sansBold, Fit.fixed(8)), NAVY, 0.5f, 14);
			flow.text(fit(String.join("  ·  ", certificate.certificationAreas()), sans, new Fit(9.5f, 7, 3)), INK,
					3);
		}
		if (!certificate.signedSkills().isEmpty()) {
			flow.text(fit("Hands-on skills signed off", sansBold, Fit.fixed(8)), NAVY, 0.5f, 12);
			// many skills share the room by each keeping to one line
			Fit each = certificate.signedSkills().size() <= 4 ? new Fit(9, 7, 2) : new Fit(8, 6.5f, 1);
			certificate.signedSkills().forEach(skill -> flow.text(fit(skill, sans, each), INK, 2));
		}
		// a paragraph reads better than one long line in tiny print
		flow.text(fit(certificate.accreditationStatement(), sans, new Fit(8.5f, 7.5f, 4), width * 0.8f), GRAY, 14);
		return flow;
	}

	private float learnerName(Flow flow) {
		FittedText name = fit(certificate.learnerName(), nameFont, new Fit(30, 16, 3));
		flow.text(name, INK, 6);
		return name.widest();
	}

	/** On one line, shrunk to fit: a shaped name is not broken, as breaking it would need the script's own rules. */
	private float shapedLearnerName(Flow flow, ShapedName name) {
		float size = Math.min(30, flow.width() / name.width(1));
		flow.painted((canvas, centre, top) -> name.draw(pdf, canvas.content(), centre - name.width(size) / 2,
				top - name.ascent(size), size, INK), name.height(size), 6);
		return name.width(size);
	}

	private void drawSignature(Canvas canvas) throws IOException {
		PDRectangle box = CertificateLayout.SIGNATURE;
		float left = box.getLowerLeftX();
		float width = box.getWidth();
		float top = box.getUpperRightY();
		canvas.line(left, top, left + width, top, INK, 0.7f);
		float y = canvas.text(fit(certificate.signatoryName(), sansBold, new Fit(10, 7.5f, 2), width), INK, 0,
				Align.LEFT, left, top - 5);
		canvas.text(fit(certificate.signatoryTitle(), sans, new Fit(8.5f, 6.5f, 2), width), GRAY, 0, Align.LEFT,
				left, y - 1);
	}

	private void drawSeal(Canvas canvas) throws IOException {
		float x = CertificateLayout.SEAL_X;
		float y = CertificateLayout.SEAL_Y;
		float r = CertificateLayout.SEAL_RADIUS;
		canvas.circle(x, y, r, GOLD, 2);
		canvas.circle(x, y, r - 4, GOLD, 0.6f);
		float inner = 2 * (r - 10);
		FittedText hours = fit(CreditWording.number(certificate.contactHours()), serifBold, new Fit(22, 9, 1), inner);
		FittedText label = fit("CONTACT HOURS", sansBold, Fit.fixed(5.5f), inner);
		float top = y + (hours.height() + label.height()) / 2 + 1;
		float below = canvas.text(hours, NAVY, 0, Align.CENTER, x, top);
		canvas.text(label, GOLD, 0.4f, Align.CENTER, x, below + 1);
	}

	private void drawVerification(Canvas canvas) throws IOException {
		PDRectangle box = CertificateLayout.VERIFICATION;
		float right = box.getUpperRightX();
		float width = box.getWidth();
		float y = box.getUpperRightY() - 6;
		y = canvas.text(fit("Certificate No.", sans, Fit.fixed(7.5f), width), GRAY, 0, Align.RIGHT, right, y);
		y = canvas.text(fit(certificate.certificateNumber(), sansBold, new Fit(10, 7, 2), width), INK, 0, Align.RIGHT,
				right, y);
		y = canvas.text(fit("Verification code", sans, Fit.fixed(7.5f), width), GRAY, 0, Align.RIGHT, right, y - 5);
		y = canvas.text(TextFitter.oneLine(certificate.verificationCode(), sans, 8.5f, width), INK, 0, Align.RIGHT,
				right, y);
		y = canvas.text(fit("Enter the number or the code at", sans, Fit.fixed(7.5f), width), GRAY, 0, Align.RIGHT,
				right, y - 5);
		canvas.text(fit(certificate.verificationPage(), sans, new Fit(8.5f, 6.5f, 2), width), NAVY, 0, Align.RIGHT,
				right, y);
		QrCodeDrawing.draw(canvas.content(), certificate.verificationUrl(), CertificateLayout.QR, INK);
	}

	private FittedText fit(String text, PDFont font, Fit fit) {
		return fit(text, font, fit, CertificateLayout.FLOW.getWidth());
	}

	private static FittedText fit(String text, PDFont font, Fit fit, float width) {
		return TextFitter.fit(text, font, fit, width);
	}

}
