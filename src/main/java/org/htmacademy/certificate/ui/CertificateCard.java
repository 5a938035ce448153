package org.htmacademy.certificate.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.htmacademy.certificate.CertificateService;
import org.htmacademy.certificate.CertificateStatus;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.certificate.pdf.CreditWording;

/** One of the learner's certificates; only a valid one offers its PDF and Open Badge. */
final class CertificateCard extends Div {

	final Anchor pdf;

	final Anchor badge;

	CertificateCard(IssuedCertificate certificate, CertificateService certificates) {
		addClassNames("card", "certificate-card", "certificate-" + certificate.status().name().toLowerCase());
		Div heading = new Div(new H2(certificate.courseTitle()), StatusBadge.of(certificate.status()));
		heading.addClassName("certificate-heading");
		DescriptionList facts = new DescriptionList();
		fact(facts, "Completed", CreditWording.completionDate(certificate.completedAt().atZone(certificate.timeZone())));
		fact(facts, "CE credit", CreditWording.credit(certificate.contactHours()));
		fact(facts, "Course version", certificate.courseVersion());
		fact(facts, "Certificate number", certificate.number());
		Anchor link = new Anchor(certificate.verificationUrl(), certificate.verificationUrl(), AnchorTarget.BLANK);
		link.addClassName("verification-link");
		facts.add(new DescriptionList.Term("Verification"), new DescriptionList.Description(link));
		facts.addClassName("certificate-facts");
		add(heading, facts);
		pdf = new Anchor(pdfDownload(certificate, certificates), "Download PDF");
		badge = new Anchor(badgeDownload(certificate, certificates), "Download Open Badge (.jwt)");
		pdf.addClassNames("button-link", "pdf-download");
		badge.addClassNames("button-link", "secondary", "badge-download");
		if (certificate.status() == CertificateStatus.VALID) {
			Div actions = new Div(pdf, badge);
			actions.addClassName("certificate-actions");
			add(actions);
		}
		else {
			add(new Paragraph(statusText(certificate)));
		}
	}

	private static String statusText(IssuedCertificate certificate) {
		String when = certificate.statusChangedAt()
			.map(at -> CreditWording.completionDate(at.atZone(certificate.timeZone())))
			.orElse("");
		String why = certificate.statusReason().map(reason -> ": " + reason).orElse("");
		return certificate.status() == CertificateStatus.REVOKED
				? "Revoked on " + when + why + ". It is no longer valid."
				: "Replaced on " + when + why + ". Your new certificate is in this list.";
	}

	private static void fact(DescriptionList list, String term, String description) {
		list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
	}

	private static DownloadHandler pdfDownload(IssuedCertificate certificate, CertificateService certificates) {
		return DownloadHandler.fromInputStream(event -> {
			byte[] bytes = certificates.pdf(certificate.number());
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					CertificateService.pdfFileName(certificate.number()), "application/pdf", bytes.length);
		}, CertificateService.pdfFileName(certificate.number()));
	}

	private static DownloadHandler badgeDownload(IssuedCertificate certificate, CertificateService certificates) {
		return DownloadHandler.fromInputStream(event -> {
			byte[] bytes = certificates.openBadge(certificate.number()).getBytes(StandardCharsets.US_ASCII);
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					CertificateService.badgeFileName(certificate.number()), "application/jwt", bytes.length);
		}, CertificateService.badgeFileName(certificate.number()));
	}

}
