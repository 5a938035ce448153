package org.htmacademy.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;

/** Where a signed-in person lands: their courses and what to do next. */
@Route("dashboard")
@PageTitle("Dashboard — HTM Academy")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends Main {

	DashboardView(AccountService accounts) {
		addClassName("page");
		UserAccount me = accounts.myAccount();
		H1 greeting = new H1("Welcome, " + me.fullName());
		greeting.setId("dashboard-greeting");
		Div next = new Div(new H2("My courses"),
				new Paragraph("You are not enrolled in a course yet. The course catalog opens here as courses are published."));
		next.addClassName("card");
		add(greeting, next);
	}

}
