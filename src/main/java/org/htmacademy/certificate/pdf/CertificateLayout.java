package org.htmacademy.certificate.pdf;

import java.awt.Color;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Where things go on the landscape Letter page, in points from the lower left corner. */
final class CertificateLayout {

	static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());

	/** No text is drawn outside this box. */
	static final PDRectangle MARGINS = box(60, 40, 732, 572);

	/** The stacked texts from the product name down to the accreditation statement. */
	static final PDRectangle FLOW = box(84, 162, 708, 560);

	static final PDRectangle QR = box(646, 46, 732, 132);

	static final PDRectangle SIGNATURE = box(84, 46, 304, 110);

	/** From the seal (which ends at 438) to the QR code's quiet zone: room for a 28-character code on one line. */
	static final PDRectangle VERIFICATION = box(446, 46, 638, 132);

	static final float SEAL_X = 396;

	static final float SEAL_Y = 96;

	static final float SEAL_RADIUS = 42;

	static final Color NAVY = new Color(27, 54, 93);

	static final Color GOLD = new Color(176, 141, 62);

	static final Color INK = new Color(30, 32, 36);

	static final Color GRAY = new Color(92, 98, 106);

	static final Color LIGHT_GRAY = new Color(170, 174, 180);

	private CertificateLayout() {
	}

	static PDRectangle box(float left, float bottom, float right, float top) {
		return new PDRectangle(left, bottom, right - left, top - bottom);
	}

}
