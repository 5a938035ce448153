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

	/**
	 * The text of the QR code ZXing reads from the first page rendered at 100 dpi, or at 150 or 200 dpi when it
	 * misreads that rendering: with random verification codes, about one rendering in 200 fails to decode (measured: 9
	 * of 1 800 at 100 to 300 dpi; the misread code rechecked decoded at 150 dpi and above), which made tests of issued
	 * certificates flaky. How low a resolution still scans is QrCodeTest's question, with fixed codes.
	 */
	public static String qrCode(byte[] pdf) throws Exception {
		Exception misread = null;
		for (int dpi : new int[] { 100, 150, 200 }) {
			try {
				return QrCodeTest.decode(QrCodeTest.renderPage(pdf, dpi)).getText();
			}
			catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
				misread = e;
			}
		}
		throw misread;
	}

	/** Whether veraPDF finds the document compliant with PDF/A-2b. */
	public static boolean isPdfA2b(byte[] pdf) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		var result = PdfaComplianceTest.validate(pdf);
		return result.getPDFAFlavour() == PDFAFlavour.PDFA_2_B && result.isCompliant();
	}

}
