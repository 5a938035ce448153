package org.htmacademy.authoring;

import java.util.Locale;

/**
 * A problem the validator found in a draft, as on the command line ({@code file:line:column}), and where it belongs on
 * the screen.
 */
public record DraftProblem(String file, int line, int column, boolean error, String message, ProblemPlace place) {

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning").toLowerCase(Locale.ROOT) + ": "
				+ message;
	}

}
