package org.htmacademy.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;

/** The header of pages a visitor sees before signing in. */
public class PublicHeader extends Header {

	public PublicHeader() {
		addClassName("public-header");
		Anchor brand = new Anchor("", "HTM Academy");
		brand.addClassName("brand");
		Anchor signIn = new Anchor("login", "Sign in");
		Anchor register = new Anchor("register", "Register");
		register.addClassName("button-link");
		Nav links = new Nav(signIn, register);
		add(brand, links);
	}

}
