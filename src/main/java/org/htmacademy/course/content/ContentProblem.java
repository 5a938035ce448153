package org.htmacademy.course.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

import org.htmacademy.course.markdown.Severity;

/**
 * A problem in a course file at a 1-based line and column.
 *
 * @param file the file as reached from the path the loader was given, so it prints relative when that was relative
 */
public record ContentProblem(Path file, int line, int column, Severity severity, String message) {

	/** By file, then line, then column. */
	public static final Comparator<ContentProblem> BY_POSITION = Comparator.comparing(ContentProblem::file)
		.thenComparingInt(ContentProblem::line)
		.thenComparingInt(ContentProblem::column);

	public ContentProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** Formatted like a compiler message: {@code path:line:column: error: message}. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
	}

}
