package org.htmacademy.course.content;

import java.util.ArrayList;
import java.util.List;

import org.htmacademy.course.markdown.Severity;

/** Collects the problems of one course. */
final class Problems {

	private final List<ContentProblem> all = new ArrayList<>();

	void error(At at, String message) {
		add(at, Severity.ERROR, message);
	}

	void warning(At at, String message) {
		add(at, Severity.WARNING, message);
	}

	void add(At at, Severity severity, String message) {
		all.add(new ContentProblem(at.file(), at.line(), at.column(), severity, message));
	}

	void add(ContentProblem problem) {
		all.add(problem);
	}

	boolean hasErrors() {
		return all.stream().anyMatch(ContentProblem::isError);
	}

	List<ContentProblem> all() {
		return List.copyOf(all);
	}

}
