package org.htmacademy.account;

/** A stored name that breaks today's name rule, and why; the person is asked to correct it, nothing changes it. */
public record NameToReview(UserAccount account, String problem) {
}
