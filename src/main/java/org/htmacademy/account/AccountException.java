package org.htmacademy.account;

/** A request about an account that cannot be carried out; the message is safe to show the user. */
public class AccountException extends RuntimeException {

	public AccountException(String message) {
		super(message);
	}

}
