package org.htmacademy.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class QrCodeTest {

	@Test
	void the_qr_code_on_the_printed_page_leads_to_the_verification_url() throws Exception {
		CertificateDocument certificate = Certificates.sample();

		BufferedImage page = renderPage(CertificatePdf.render(certificate), 150);

		assertThat(decode(page).getText()).isEqualTo(certificate.verificationUrl());
	}

	@Test
	void a_long_verification_url_still_scans_at_a_low_resolution() throws Exception {
		CertificateDocument s = Certificates.sample();
		String url = "https://certificates.htm-academy.example.org/verify/HTM-2026-000417?check=9f8e7d6c5b4a3f2e1d0c";
		CertificateDocument certificate = new CertificateDocument(s.providerName(), s.providerAddress(),
				s.learnerName(), s.courseTitle(), s.courseVersion(), s.completedAt(), s.contactHours(),
				s.certificationAreas(), s.accreditationStatement(), s.signatoryName(), s.signatoryTitle(),
				s.certificateNumber(), s.verificationCode(), url, s.verificationPage());

		BufferedImage page = renderPage(CertificatePdf.render(certificate), 100);

		assertThat(decode(page).getText()).isEqualTo(url);
	}

	static BufferedImage renderPage(byte[] pdf, int dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
		}
	}

	static Result decode(BufferedImage image) throws Exception {
		try {
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new GrayImage(image))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
		}
		catch (NotFoundException e) {
			throw new AssertionError("No QR code found on the rendered page", e);
		}
	}

	/** ZXing's javase module is not on the classpath; this is the part of it a test needs. */
	private static final class GrayImage extends LuminanceSource {

		private final BufferedImage image;

		GrayImage(BufferedImage image) {
			super(image.getWidth(), image.getHeight());
			this.image = image;
		}

		@Override
		public byte[] getRow(int y, byte[] row) {
			byte[] result = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
			for (int x = 0; x < getWidth(); x++) {
				result[x] = luminance(image.getRGB(x, y));
			}
			return result;
		}

		@Override
		public byte[] getMatrix() {
			byte[] matrix = new byte[getWidth() * getHeight()];
			for (int y = 0; y < getHeight(); y++) {
				System.arraycopy(getRow(y, null), 0, matrix, y * getWidth(), getWidth());
			}
			return matrix;
		}

		private static byte luminance(int rgb) {
			int r = (rgb >> 16) & 0xff;
			int g = (rgb >> 8) & 0xff;
			int b = rgb & 0xff;
			return (byte) ((r * 299 + g * 587 + b * 114) / 1000);
		}

	}

}
