package org.htmacademy.security.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.htmacademy.common.ui.PublicHeader;
import org.htmacademy.security.SignInPause;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in — HTM Academy")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);

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
		var parameters = event.getLocation().getQueryParameters().getParameters();
		Object pause = parameters.containsKey("paused") && VaadinSession.getCurrent() != null
				&& VaadinSession.getCurrent().getSession() != null
						? VaadinSession.getCurrent().getSession().getAttribute(SignInPause.SESSION_ATTRIBUTE) : null;
		if (pause instanceof SignInPause paused) {
			i18n.getErrorMessage().setTitle("Sign-in paused for this address");
			i18n.getErrorMessage().setMessage(pausedMessage(paused));
			form.setI18n(i18n);
			form.setError(true);
			return;
		}
		form.setError(parameters.containsKey("error") || parameters.containsKey("paused"));
	}

	/** Said alike for every address, with an account or without one, so it tells no one which addresses exist. */
	static String pausedMessage(SignInPause pause) {
		String until = UNTIL.format(pause.until().atZone(ZoneOffset.UTC));
		return "After " + pause.maxFailures() + " wrong passwords in a row, sign-in for this address is paused until "
				+ until + " UTC (" + pause.minutes() + " minutes). Try again after that; if you have forgotten your "
				+ "password, ask an HTM Academy administrator.";
	}

}
