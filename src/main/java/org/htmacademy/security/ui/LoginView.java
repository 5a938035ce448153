package org.htmacademy.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.htmacademy.common.ui.PublicHeader;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in — HTM Academy")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

	final LoginForm form = new LoginForm();

	final LoginI18n i18n = i18n();

	public LoginView() {
		addClassName("public-page");
		form.setAction("login");
		form.setForgotPasswordButtonVisible(false);
		form.setI18n(i18n);
		Anchor register = new Anchor("register", "Register as a learner");
		Paragraph noAccount = new Paragraph("New to HTM Academy? ");
		noAccount.add(register);
		Div card = new Div(form, noAccount);
		card.addClassName("auth-card");
		add(new PublicHeader(), card);
	}

	private static LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle("Sign in");
		i18n.getForm().setUsername("Email");
		i18n.getErrorMessage().setTitle("Sign-in failed");
		i18n.getErrorMessage().setMessage("Check your email and password. After 5 wrong passwords in a row, "
				+ "the account is locked for 15 minutes.");
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

}
