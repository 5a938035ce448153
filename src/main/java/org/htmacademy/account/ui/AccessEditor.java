package org.htmacademy.account.ui;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.htmacademy.account.AccountException;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.security.Role;

/** Grants roles to one account, or disables it. */
class AccessEditor extends Dialog {

	final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");

	final Checkbox enabled = new Checkbox("Account active (can sign in)");

	final Button save = new Button("Save");

	final Paragraph error = new Paragraph();

	AccessEditor(AccountService accounts, UserAccount account, Consumer<UserAccount> onSaved) {
		setHeaderTitle(account.fullName());
		roles.setItems(Role.values());
		roles.setItemLabelGenerator(Role::label);
		roles.setValue(account.roles());
		enabled.setValue(account.enabled());
		error.addClassName("form-error");
		error.getElement().setAttribute("role", "alert");
		add(new Paragraph(account.email()), roles, enabled, error);

		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(e -> {
			try {
				Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
				UserAccount updated = accounts.updateAccess(account.id(), chosen, enabled.getValue(), account.version());
				Notification.show("Saved " + updated.fullName() + ".", 3000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.SUCCESS);
				onSaved.accept(updated);
				close();
			}
			catch (AccountException ex) {
				error.setText(ex.getMessage());
			}
		});
		getFooter().add(new Button("Cancel", e -> close()), save);
	}

}
