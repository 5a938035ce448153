package org.htmacademy.certificate.ui;

import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.htmacademy.certificate.IssuedCertificate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Asks for the reason of a revocation or re-issue, which the verification page shows and the audit log keeps; the
 * action runs only with one.
 */
final class ReasonDialog extends Dialog {

	final TextArea reason = new TextArea("Reason");

	final Button confirm;

	final Paragraph error = new Paragraph();

	ReasonDialog(String title, String explanation, String confirmText, boolean destructive,
			Function<String, IssuedCertificate> action) {
		setHeaderTitle(title);
		setWidth("min(36rem, 95vw)");
		addClassName("reason-dialog");
		reason.setRequired(true);
		reason.setMaxLength(500);
		reason.setWidthFull();
		reason.setHelperText("Shown on the public verification page and kept in the log.");
		error.addClassName("form-error");
		add(new Paragraph(explanation), reason, error);
		confirm = new Button(confirmText, e -> run(action));
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		if (destructive) {
			confirm.addThemeVariants(ButtonVariant.ERROR);
		}
		Button cancel = new Button("Cancel", e -> close());
		getFooter().add(cancel, confirm);
	}

	private void run(Function<String, IssuedCertificate> action) {
		if (reason.getValue().isBlank()) {
			reason.setErrorMessage("Give the reason.");
			reason.setInvalid(true);
			return;
		}
		try {
			action.apply(reason.getValue());
			close();
		}
		catch (IllegalStateException | IllegalArgumentException | AccessDeniedException refused) {
			error.setText(refused.getMessage());
		}
	}

}
