package org.htmacademy.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;

/** The header of pages a visitor sees before signing in. */
public class PublicHeader extends Header {

	public PublicHeader() {
		this(false);
	}

	/** @param signedIn pages open to everyone (error pages) lead a signed-in person back to their dashboard */
	public PublicHeader(boolean signedIn) {
		addClassName("public-header");
		Anchor brand = new Anchor(signedIn ? "dashboard" : "", "HTM Academy");
		brand.addClassName("brand");
		Anchor catalog = new Anchor("catalog", "Courses");
		Nav links = new Nav(catalog);
		if (signedIn) {
			links.add(new Anchor("dashboard", "Your dashboard"));
		}
		else {
			Anchor register = new Anchor("register", "Register");
			register.addClassName("button-link");
			links.add(new Anchor("login", "Sign in"), register);
		}
		add(brand, links);
	}

}
