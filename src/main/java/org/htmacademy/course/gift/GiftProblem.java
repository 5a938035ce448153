package org.htmacademy.course.gift;

import java.util.Locale;
import java.util.Objects;

/** A problem found in a GIFT file, located by 1-based line and column. */
public record GiftProblem(String file, int line, int column, Severity severity, String message) {

	public enum Severity { ERROR, WARNING }

	public GiftProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** Formatted like a compiler message: {@code file:line:column: error: message}. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
	}
}
