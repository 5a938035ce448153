package org.htmacademy.common.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.htmacademy.common.LearnerCertificates;
import org.htmacademy.common.LearnerCertificates.EarnedCertificate;

/**
 * "You earned your certificate": the PDF to download and the way to all certificates, wherever a learner completes a
 * course or comes back to it.
 */
public class CertificateNotice extends Div {

	public CertificateNotice(LearnerCertificates certificates, EarnedCertificate certificate, String message) {
		addClassName("certificate-notice");
		Icon icon = VaadinIcon.DIPLOMA.create();
		icon.addClassName("certificate-notice-icon");
		icon.getElement().setAttribute("aria-hidden", "true");
		Paragraph text = new Paragraph(message);
		Anchor all = new Anchor("certificates", "All my certificates");
		Div links = new Div(pdfLink(certificates, certificate, "Download the certificate (PDF)"), all);
		links.addClassName("certificate-notice-links");
		add(icon, new Div(text, links));
	}

	/** A link that downloads the certificate as {@code HTMA-….pdf}. */
	public static Anchor pdfLink(LearnerCertificates certificates, EarnedCertificate certificate, String text) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] pdf = certificates.pdf(certificate.number());
			return new DownloadResponse(new ByteArrayInputStream(pdf), certificate.pdfFileName(), "application/pdf",
					pdf.length);
		}, certificate.pdfFileName()), text);
		link.addClassName("certificate-download");
		return link;
	}

}
