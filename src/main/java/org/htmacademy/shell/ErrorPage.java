package org.htmacademy.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.htmacademy.common.ui.PublicHeader;

/**
 * What the not-found and no-access pages share: the brand, one plain sentence and ways back. It never shows the
 * router's message, which in development mode lists every route, admin ones included.
 */
abstract class ErrorPage extends Main {

	final H1 heading = new H1();

	final Paragraph explanation = new Paragraph();

	final Div ways = new Div();

	ErrorPage(AuthenticationContext authentication) {
		addClassName("error-page");
		setId("error-page");
		boolean signedIn = authentication.isAuthenticated();
		Button back = new Button("Go back", e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
		back.addThemeVariants(ButtonVariant.TERTIARY);
		back.setId("error-back");
		Anchor home = signedIn ? new Anchor("dashboard", "Your dashboard") : new Anchor("", "Home page");
		home.setId("error-home");
		home.addClassName("button-link");
		Anchor catalog = new Anchor("catalog", "Course catalog");
		ways.add(home, catalog, back);
		ways.addClassName("error-ways");
		Div card = new Div(heading, explanation, ways);
		card.addClassName("error-card");
		add(new PublicHeader(signedIn), card);
	}

}
