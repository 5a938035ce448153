package org.htmacademy.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.htmacademy.account.AccountException;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.PasswordPolicy;
import org.htmacademy.common.ui.PublicHeader;

@Route(value = "register", autoLayout = false)
@PageTitle("Register — HTM Academy")
@AnonymousAllowed
class RegisterView extends Main {

	final EmailField email = new EmailField("Email");

	final TextField fullName = new TextField("Full name");

	final PasswordField password = new PasswordField("Password");

	final PasswordField confirm = new PasswordField("Repeat password");

	final Button register = new Button("Create account");

	final Paragraph error = new Paragraph();

	static final String SIGNED_UP = "Thank you. If this email address is new here, your account is ready: sign in "
			+ "with it and your password. If it already had an account, sign in with that account's password.";

	private final AccountService accounts;

	RegisterView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("public-page");
		email.setId("register-email");
		fullName.setId("register-name");
		password.setId("register-password");
		confirm.setId("register-confirm");
		register.setId("register-submit");
		email.setRequiredIndicatorVisible(true);
		email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
		fullName.setRequiredIndicatorVisible(true);
		fullName.setHelperText("Exactly as it must appear on your certificates, e.g. \"José Nuñez, CBET\" without the "
				+ "credential if you prefer.");
		fullName.setMaxLength(200);
		password.setRequiredIndicatorVisible(true);
		password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A passphrase is easiest.");
		error.addClassName("form-error");
		error.getElement().setAttribute("role", "alert");
		register.addThemeVariants(ButtonVariant.PRIMARY);
		register.addClickShortcut(Key.ENTER);
		register.addClickListener(e -> register());

		FormLayout form = new FormLayout(email, fullName, password, confirm);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		Div card = new Div(new H1("Create your learner account"),
				new Paragraph("Learn at your own pace, join your class with a code from your instructor, and earn "
						+ "CE certificates."),
				form, error, register);
		card.addClassName("auth-card");
		add(new PublicHeader(), card);
	}

	private void register() {
		if (!password.getValue().equals(confirm.getValue())) {
			error.setText("The two passwords differ.");
			return;
		}
		try {
			accounts.signUp(email.getValue(), password.getValue(), fullName.getValue());
			// the same answer whether or not the address already had an account, so the page tells no stranger
			Notification.show(SIGNED_UP, 10000,
					Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.SUCCESS);
			getUI().ifPresent(ui -> ui.navigate("login"));
		}
		catch (AccountException ex) {
			error.setText(ex.getMessage());
		}
	}

}
