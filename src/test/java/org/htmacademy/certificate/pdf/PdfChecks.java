package org.htmacademy.certificate.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The PDF checks of this package, for tests of issued certificates elsewhere. */
public final class PdfChecks {

	private PdfChecks() {
	}

	public static String text(byte[] pdf) {
		return PdfText.of(pdf);
	}

	/** The text of the QR code ZXing reads from the first page rendered at 100 dpi. */
	public static String qrCode(byte[] pdf) throws Exception {
		return QrCodeTest.decode(QrCodeTest.renderPage(pdf, 100)).getText();
	}

	/** Whether veraPDF finds the document compliant with PDF/A-2b. */
	public static boolean isPdfA2b(byte[] pdf) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		var result = PdfaComplianceTest.validate(pdf);
		return result.getPDFAFlavour() == PDFAFlavour.PDFA_2_B && result.isCompliant();
	}

}
