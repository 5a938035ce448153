package org.htmacademy.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.htmacademy.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One account per role for the default run on the embedded database, so a newcomer can look around
 * at once. Never active with an external database: production has no default passwords.
 */
@Component
@Conditional(DemoAccountsCondition.class)
@Order(1)
public class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** The demo instructor teaches every course imported while demo accounts are on. */
	public static final String INSTRUCTOR_EMAIL = "instructor@example.com";

	record Demo(String email, String password, String fullName, Set<Role> roles) {
	}

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("learner@example.com", "night-shift-demo", "Jordan Alvarez", EnumSet.of(Role.LEARNER)),
			new Demo(INSTRUCTOR_EMAIL, "semester-plan-demo", "Priya Raman, CHTM",
					EnumSet.of(Role.INSTRUCTOR, Role.LEARNER)),
			new Demo("admin@example.com", "keep-it-safe-demo", "Sam Okafor", EnumSet.of(Role.ADMIN)));

	private final AccountService accounts;

	DemoAccounts(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Demo demo : ACCOUNTS) {
			if (!accounts.exists(demo.email())) {
				accounts.create(demo.email(), demo.password(), demo.fullName(), demo.roles());
			}
		}
		StringBuilder message = new StringBuilder("Demo accounts — sign in on the login page with:");
		ACCOUNTS.forEach(d -> message.append("\n    ")
			.append(String.format("%-13s %-24s password: %s", d.roles().stream().max(Enum::compareTo).orElseThrow().label(), d.email(),
					d.password())));
		log.info(message.toString());
	}

}
