package org.htmacademy.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.account.AccountException;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.security.Role;

import static java.util.stream.Collectors.joining;

@Route("profile")
@PageTitle("My profile — HTM Academy")
@Menu(title = "My profile", order = 90, icon = "vaadin:user")
@PermitAll
class ProfileView extends Main {

	final TextField fullName = new TextField("Name on certificates");

	final Button saveName = new Button("Save name");

	final PasswordField currentPassword = new PasswordField("Current password");

	final PasswordField newPassword = new PasswordField("New password");

	final PasswordField repeatPassword = new PasswordField("Repeat new password");

	final Button changePassword = new Button("Change password");

	private final AccountService accounts;

	ProfileView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
		UserAccount me = accounts.myAccount();
		fullName.setValue(me.fullName());
		fullName.setMaxLength(200);
		fullName.setHelperText("Certificates already issued keep the name they were issued with.");
		saveName.addThemeVariants(ButtonVariant.PRIMARY);
		saveName.addClickListener(e -> saveName());
		changePassword.addClickListener(e -> changePassword());

		Paragraph account = new Paragraph("Signed in as " + me.email() + " · "
				+ me.roles().stream().map(Role::label).sorted().collect(joining(", ")));
		Section name = new Section(new H2("Your name"), new FormLayout(fullName), saveName);
		Section password = new Section(new H2("Password"),
				new FormLayout(currentPassword, newPassword, repeatPassword), changePassword);
		add(new H1("My profile"), account, name, password);
	}

	private void saveName() {
		try {
			UserAccount updated = accounts.changeMyName(fullName.getValue());
			fullName.setValue(updated.fullName());
			fullName.setInvalid(false);
			success("Your name is saved.");
		}
		catch (AccountException ex) {
			// on the field too: the notification goes, and the message says which character to change
			fullName.setErrorMessage(ex.getMessage());
			fullName.setInvalid(true);
			failure(ex.getMessage());
		}
	}

	private void changePassword() {
		if (!newPassword.getValue().equals(repeatPassword.getValue())) {
			failure("The two new passwords differ.");
			return;
		}
		try {
			accounts.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
			currentPassword.clear();
			newPassword.clear();
			repeatPassword.clear();
			success("Your password is changed.");
		}
		catch (AccountException ex) {
			failure(ex.getMessage());
		}
	}

	private static void success(String message) {
		Notification.show(message, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
	}

	private static void failure(String message) {
		Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
	}

}
