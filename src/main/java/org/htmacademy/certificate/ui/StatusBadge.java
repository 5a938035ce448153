package org.htmacademy.certificate.ui;

import com.vaadin.flow.component.html.Span;
import org.htmacademy.certificate.CertificateStatus;

/** Valid, Revoked or Replaced, in words and colour. */
final class StatusBadge {

	private StatusBadge() {
	}

	static Span of(CertificateStatus status) {
		Span badge = new Span(label(status));
		badge.addClassNames("badge", "badge-status-" + status.name().toLowerCase());
		return badge;
	}

	static String label(CertificateStatus status) {
		return switch (status) {
			case VALID -> "Valid";
			case REVOKED -> "Revoked";
			case SUPERSEDED -> "Replaced";
		};
	}

}
