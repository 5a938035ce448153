package org.htmacademy.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed password or was disabled since it signed in. The check reads the database
 * on every request of a signed-in session (one primary-key read), so it holds on every application node without
 * sharing sessions between them (DD020).
 */
class SessionRevocationFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionRevocationFilter.class);

	private final CredentialsCheck credentials;

	SessionRevocationFilter(CredentialsCheck credentials) {
		this.credentials = credentials;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var holder = SecurityContextHolder.getContextHolderStrategy();
		Authentication authentication = holder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& !credentials.stillValid(user)) {
			log.info("Ending a session of {}: its password changed or the account was disabled", user.userId());
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			holder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
