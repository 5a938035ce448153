package org.htmacademy.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

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

}
