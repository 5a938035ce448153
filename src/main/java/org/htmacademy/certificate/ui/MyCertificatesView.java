package org.htmacademy.certificate.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.certificate.CertificateService;
import org.htmacademy.certificate.IssuedCertificate;

/** The learner's certificates: each with its credit, status and verification link, as a PDF and an Open Badge. */
@Route("certificates")
@PageTitle("My certificates — HTM Academy")
@Menu(title = "My certificates", order = 5, icon = "vaadin:diploma")
@PermitAll
class MyCertificatesView extends Main {

	final Div list = new Div();

	MyCertificatesView(CertificateService certificates) {
		addClassName("page");
		list.addClassName("certificate-list");
		add(new H1("My certificates"),
				new Paragraph("Certificates of completion for the courses you finished. Anyone can check one at its "
						+ "verification link, without an account. The Open Badge is the same certificate as a signed "
						+ "digital credential, for a badge wallet or backpack."),
				list);
		List<IssuedCertificate> mine = certificates.myCertificates();
		if (mine.isEmpty()) {
			Div empty = new Div(new Paragraph("You have no certificate yet. Complete a course that awards one, and "
					+ "it appears here at once."), new Anchor("catalog", "Browse the course catalog"));
			empty.addClassName("card");
			list.add(empty);
		}
		mine.forEach(certificate -> list.add(new CertificateCard(certificate, certificates)));
	}

}
