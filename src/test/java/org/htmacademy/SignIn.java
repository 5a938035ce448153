package org.htmacademy;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts a real account's principal in the security context, as a completed sign-in would. Tests @Import it; it is not a
 * component, so an application started from a test (see AttemptRestartTest) does not pick it up.
 */
public class SignIn {

	private final UserDetailsService users;

	private final SecurityContextHolderStrategy securityContext;

	SignIn(UserDetailsService users, SecurityContextHolderStrategy securityContext) {
		this.users = users;
		this.securityContext = securityContext;
	}

	public void as(String email) {
		UserDetails user = users.loadUserByUsername(email);
		var context = securityContext.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		securityContext.setContext(context);
		// each Spring context started in this JVM re-installs Vaadin's strategy as the static one; Vaadin's
		// navigation checks read the static holder, services read the bean
		SecurityContextHolder.setContext(context);
	}

	public void out() {
		securityContext.clearContext();
		SecurityContextHolder.clearContext();
	}

}
