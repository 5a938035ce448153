package org.htmacademy.certificate.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A QR code drawn as vector squares, so it stays sharp at any print resolution and adds no image to archive. */
final class QrCodeDrawing {

	/** The blank border scanners need, in modules, included in the drawn box. */
	static final int QUIET_ZONE = 4;

	private QrCodeDrawing() {
	}

	static void draw(PDPageContentStream content, String text, PDRectangle box, Color color) throws IOException {
		ByteMatrix matrix = encode(text);
		content.setNonStrokingColor(color);
		int modules = matrix.getWidth() + 2 * QUIET_ZONE;
		float module = Math.min(box.getWidth(), box.getHeight()) / modules;
		float left = box.getLowerLeftX() + QUIET_ZONE * module;
		float top = box.getUpperRightY() - QUIET_ZONE * module;
		for (int y = 0; y < matrix.getHeight(); y++) {
			int x = 0;
			while (x < matrix.getWidth()) {
				if (matrix.get(x, y) != 1) {
					x++;
					continue;
				}
				int start = x;
				while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
					x++;
				}
				// a hair of overlap hides the seams some viewers draw between adjacent squares
				content.addRect(left + start * module, top - (y + 1) * module, (x - start) * module,
						module + 0.01f);
			}
		}
		content.fill();
	}

	private static ByteMatrix encode(String text) {
		try {
			return Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
				.getMatrix();
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
		}
	}

}
