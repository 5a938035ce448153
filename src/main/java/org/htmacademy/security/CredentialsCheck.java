package org.htmacademy.security;

/**
 * Whether a signed-in session's principal still matches its account: the same password (hash) and still enabled.
 * A password change or reset, or an administrator disabling the account, ends the sessions begun before it.
 */
public interface CredentialsCheck {

	boolean stillValid(SignedInUser user);

}
