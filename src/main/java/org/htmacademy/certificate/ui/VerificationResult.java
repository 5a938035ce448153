package org.htmacademy.certificate.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.htmacademy.certificate.Verification;
import org.htmacademy.certificate.VerificationWording;
import org.htmacademy.certificate.pdf.CreditWording;

/** What a code verifies to, as the public page shows it: only what the certificate itself says. */
final class VerificationResult extends Div {

	/** @param zone the installation's time zone, for the dates a certificate was revoked or replaced */
	VerificationResult(Verification verification, ZoneId zone) {
		addClassName("verification-result");
		getElement().setAttribute("role", "status");
		switch (verification) {
			case Verification.Valid v -> {
				outcome("valid", "✓ Valid certificate", "This certificate is genuine and in force.");
				add(facts("Name", v.learnerName(), "Course", v.courseTitle(), "Course version", v.courseVersion(),
						"Completed", CreditWording.completionDate(v.completedAt().atZone(v.timeZone())),
						"Continuing education", CreditWording.credit(v.contactHours()), "Provider", v.providerName(),
						"Certificate number", v.certificateNumber()));
			}
			case Verification.Revoked r -> {
				outcome("revoked", "✗ Revoked certificate",
						"This certificate was revoked on " + date(r.revokedAt(), zone) + " and is not valid.");
				add(facts("Certificate number", r.certificateNumber(), "Name", r.learnerName(), "Course",
						r.courseTitle(), "Revoked on", date(r.revokedAt(), zone), "Reason", r.reason()));
			}
			case Verification.Superseded s -> {
				outcome("superseded", "Replaced certificate",
						"This certificate was replaced on " + date(s.supersededAt(), zone) + " by certificate "
								+ s.replacementNumber() + " and is no longer valid. Ask the holder for the new one.");
				add(facts("Certificate number", s.certificateNumber(), "Course", s.courseTitle(), "Replaced on",
						date(s.supersededAt(), zone), "Reason", s.reason(), "Replacement certificate",
						s.replacementNumber()));
			}
			case Verification.NotFound n -> outcome("not-found", "Not found", VerificationWording.notFound(n.typed()));
			case Verification.Malformed m -> outcome("malformed", "Not a valid number or code", m.reason());
			case Verification.Throttled t ->
				outcome("throttled", "Please wait", VerificationWording.throttled(t.retryAfterSeconds()));
		}
	}

	private void outcome(String kind, String title, String explanation) {
		addClassName("verification-" + kind);
		H2 heading = new H2(title);
		heading.setId("verification-outcome");
		Paragraph text = new Paragraph(explanation);
		text.addClassName("verification-explanation");
		add(heading, text);
	}

	/** Term, description, term, description… */
	private static DescriptionList facts(String... pairs) {
		DescriptionList list = new DescriptionList();
		for (int i = 0; i < pairs.length; i += 2) {
			list.add(new DescriptionList.Term(pairs[i]), new DescriptionList.Description(pairs[i + 1]));
		}
		list.addClassName("verification-facts");
		return list;
	}

	private static String date(Instant instant, ZoneId zone) {
		return CreditWording.completionDate(instant.atZone(zone));
	}

}
