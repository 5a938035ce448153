package org.htmacademy.certificate.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Renders a certificate of completion: one landscape Letter page, PDF/A-2b, fonts embedded, with a QR code that
 * leads to the verification page. The same certificate always renders to the same bytes. Thread-safe.
 */
public final class CertificatePdf {

	private CertificatePdf() {
	}

	/**
	 * @throws IllegalArgumentException when a text holds a character the DejaVu fonts cannot print
	 */
	public static byte[] render(CertificateDocument certificate) {
		try (PDDocument pdf = new PDDocument()) {
			pdf.setVersion(1.7f);
			PDPage page = new PDPage(CertificateLayout.PAGE);
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				new CertificatePage(pdf, certificate).draw(new Canvas(content));
			}
			page.getAnnotations().add(verificationLink(certificate.verificationUrl()));
			ArchivalMetadata.apply(pdf, certificate);
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render certificate " + certificate.certificateNumber(), e);
		}
	}

	private static PDAnnotationLink verificationLink(String url) {
		PDActionURI action = new PDActionURI();
		action.setURI(url);
		PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
		noBorder.setWidth(0);
		PDAnnotationLink link = new PDAnnotationLink();
		link.setRectangle(CertificateLayout.QR);
		link.setAction(action);
		link.setBorderStyle(noBorder);
		// PDF/A wants every annotation printable
		link.setPrinted(true);
		return link;
	}

}
