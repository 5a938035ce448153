package org.htmacademy.account.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.security.Role;

import static java.util.stream.Collectors.joining;

/** Administrators find accounts, grant roles and disable accounts. */
@Route("admin/users")
@PageTitle("Users — HTM Academy")
@Menu(title = "Users", order = 100, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UserAdministrationView extends Main {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
		.withZone(ZoneId.systemDefault());

	final TextField search = new TextField();

	final Grid<UserAccount> grid = new Grid<>();

	final NamesToReviewPanel namesToReview = new NamesToReviewPanel();

	private final AccountService accounts;

	UserAdministrationView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
		search.setPlaceholder("Search by name or email");
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setAriaLabel("Search users");
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.setClearButtonVisible(true);
		search.addValueChangeListener(e -> refresh());

		grid.addColumn(UserAccount::fullName).setHeader("Name").setSortable(true).setAutoWidth(true);
		grid.addColumn(UserAccount::email).setHeader("Email").setSortable(true).setAutoWidth(true);
		grid.addColumn(a -> a.roles().stream().map(Role::label).sorted().collect(joining(", ")))
			.setHeader("Roles")
			.setAutoWidth(true);
		grid.addColumn(a -> a.enabled() ? "Active" : "Disabled").setHeader("Status");
		grid.addColumn(a -> a.lastLoginAt() == null ? "never" : DATE.format(a.lastLoginAt())).setHeader("Last sign-in");
		grid.addItemClickListener(e -> new AccessEditor(accounts, e.getItem(), updated -> refresh()).open());
		grid.setEmptyStateText("No account matches.");
		grid.setId("users-grid");
		add(new H1("Users"), namesToReview, search, grid);
		refresh();
	}

	void refresh() {
		grid.setItems(accounts.findAccounts(search.getValue()));
		namesToReview.show(accounts.namesToReview());
	}

}
