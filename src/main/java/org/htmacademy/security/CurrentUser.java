package org.htmacademy.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The person behind the current request, for services that act on "my" data. */
@Component
public class CurrentUser {

	private final SecurityContextHolderStrategy securityContext;

	/** Vaadin's strategy when running as a web app; Spring Security's default otherwise. */
	CurrentUser(ObjectProvider<SecurityContextHolderStrategy> securityContext) {
		this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	public Optional<SignedInUser> find() {
		Authentication authentication = securityContext.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public SignedInUser require() {
		return find().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	/**
	 * Puts the account as it is now (a new password hash) into this session, so the check that ends the account's
	 * other sessions after a password change keeps this one.
	 */
	public void refresh(SignedInUser updated) {
		Authentication before = securityContext.getContext().getAuthentication();
		var after = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
		after.setDetails(before == null ? null : before.getDetails());
		SecurityContext context = securityContext.getContext();
		context.setAuthentication(after);
		// the context in the HTTP session is usually this very object; store it again in case it is not
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getRequest().getSession(false) != null) {
			request.getRequest()
				.getSession(false)
				.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		}
	}

}
