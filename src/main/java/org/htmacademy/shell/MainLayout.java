package org.htmacademy.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.htmacademy.security.SignedInUser;

/**
 * The frame of every signed-in page. Navigation comes from the {@code @Menu} annotations of the views
 * the current person may open, so a learner never sees an administrator's entries.
 */
@Layout
// the public catalog and course pages use this frame too; a visitor sees "Sign in" and "Register" in it
@AnonymousAllowed
class MainLayout extends AppLayout implements AfterNavigationObserver {

	MainLayout(AuthenticationContext authentication) {
		setPrimarySection(Section.DRAWER);
		addClassName("main-layout");

		Anchor brand = new Anchor(authentication.isAuthenticated() ? "dashboard" : "", "HTM Academy");
		brand.addClassName("brand");
		Span tagline = new Span("Healthcare Technology Management");
		tagline.addClassName("tagline");
		Div brandBox = new Div(brand, tagline);
		brandBox.addClassName("drawer-brand");
		addToDrawer(brandBox, navigation());

		Div spacer = new Div();
		spacer.addClassName("spacer");
		if (!authentication.isAuthenticated()) {
			Anchor signIn = new Anchor("login", "Sign in");
			signIn.setId("layout-sign-in");
			Anchor register = new Anchor("register", "Register");
			register.addClassName("button-link");
			Div visitor = new Div(signIn, register);
			visitor.addClassName("visitor-links");
			addToNavbar(new DrawerToggle(), spacer, visitor);
			return;
		}
		String name = authentication.getAuthenticatedUser(SignedInUser.class).map(SignedInUser::fullName).orElse("");
		Span who = new Span(name);
		who.addClassName("signed-in-as");
		Button signOut = new Button("Sign out", e -> authentication.logout());
		signOut.addThemeVariants(ButtonVariant.TERTIARY);
		signOut.setId("sign-out");
		addToNavbar(new DrawerToggle(), spacer, who, signOut);
	}

	/** AppLayout scrolls its own content area, which would otherwise keep the previous page's position. */
	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
				+ "if (content) { content.scrollTop = 0; } window.scrollTo(0, 0);");
	}

	private SideNav navigation() {
		SideNav nav = new SideNav();
		nav.setLabel("Main");
		MenuConfiguration.getMenuEntries().forEach(entry -> {
			SideNavItem item = new SideNavItem(entry.title(), entry.path());
			if (entry.icon() != null) {
				item.setPrefixComponent(new Icon(entry.icon()));
			}
			nav.addItem(item);
		});
		return nav;
	}

}
