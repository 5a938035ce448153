package org.htmacademy.course.gift;

import java.util.ArrayList;
import java.util.List;

import org.htmacademy.course.gift.GiftProblem.Severity;

/** Collects the problems of one file, located at the span they are about. */
final class Problems {

	private final String file;
	private final List<GiftProblem> problems = new ArrayList<>();
	private int errors;

	Problems(String file) {
		this.file = file;
	}

	void error(Span at, String message) {
		add(at, Severity.ERROR, message);
		errors++;
	}

	void warning(Span at, String message) {
		add(at, Severity.WARNING, message);
	}

	/** Grows with every error: readers compare it before and after to know whether a question failed. */
	int errorCount() {
		return errors;
	}

	List<GiftProblem> all() {
		return problems;
	}

	private void add(Span at, Severity severity, String message) {
		problems.add(new GiftProblem(file, at.line(), at.column(), severity, message));
	}
}
