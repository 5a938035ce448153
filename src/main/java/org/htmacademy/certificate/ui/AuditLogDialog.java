package org.htmacademy.certificate.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.htmacademy.certificate.AuditEntry;
import org.htmacademy.certificate.IssuedCertificate;

/** Everything that happened to a certificate: issue, revocation, re-issue, who did it and when. */
final class AuditLogDialog extends Dialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, uuuu HH:mm z", Locale.US);

	final Grid<AuditEntry> entries = new Grid<>();

	AuditLogDialog(IssuedCertificate certificate, List<AuditEntry> log) {
		setHeaderTitle("Log of certificate " + certificate.number());
		setWidth("min(56rem, 95vw)");
		addClassName("audit-dialog");
		ZoneId zone = certificate.timeZone();
		entries.addColumn(entry -> WHEN.format(entry.at().atZone(zone))).setHeader("When").setAutoWidth(true);
		entries.addColumn(entry -> action(entry.action())).setHeader("What").setAutoWidth(true);
		entries.addColumn(entry -> entry.actor() == null ? "HTM Academy, on completion" : entry.actor())
			.setHeader("By")
			.setAutoWidth(true);
		entries.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader("Detail").setFlexGrow(1);
		entries.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		entries.setAllRowsVisible(true);
		entries.setItems(log);
		add(entries);
		getFooter().add(new Button("Close", e -> close()));
	}

	private static String action(String action) {
		return switch (action) {
			case "ISSUED" -> "Issued";
			case "REVOKED" -> "Revoked";
			case "SUPERSEDED" -> "Replaced";
			case "REISSUED" -> "Re-issued";
			default -> action;
		};
	}

}
