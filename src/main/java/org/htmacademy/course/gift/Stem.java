package org.htmacademy.course.gift;

/** What every question type shares, read before its answers; {@code braces} locates the answer block. */
record Stem(String title, String category, String text, TextFormat format, String generalFeedback, int line,
		Span braces, boolean missingWord) {
}
