package org.htmacademy.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * Sign-in for an address is paused after too many wrong passwords; kept in the HTTP session for the sign-in page
 * to say until when, rather than in the address bar where a crafted link could show a made-up time.
 */
public record SignInPause(Instant until, int maxFailures, long minutes) implements Serializable {

	public static final String SESSION_ATTRIBUTE = SignInPause.class.getName();

}
