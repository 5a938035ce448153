package org.htmacademy.course.markdown;

/** A problem in a lesson or SVG source, at a 1-based line and column (in characters, a tab counts as one). */
public record LessonIssue(int line, int column, Severity severity, String message) {

	static LessonIssue error(SourcePosition at, String message) {
		return new LessonIssue(at.line(), at.column(), Severity.ERROR, message);
	}

	static LessonIssue warning(SourcePosition at, String message) {
		return new LessonIssue(at.line(), at.column(), Severity.WARNING, message);
	}

}
