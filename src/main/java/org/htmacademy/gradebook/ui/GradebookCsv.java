package org.htmacademy.gradebook.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.htmacademy.common.CsvField;
import org.htmacademy.gradebook.GradebookRow;

/**
 * The gradebook rows as CSV (RFC 4180: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or
 * line break, a quote doubled). A cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * gets a leading apostrophe, so a learner named "=HYPERLINK(…)" stays text. A byte order mark lets Excel read UTF-8.
 */
final class GradebookCsv {

	static final String HEADER = "Learner,Email,Version,Lessons read,Lessons,Module quizzes passed,Module quizzes,"
			+ "Final exam status,Best score (%),Grade (%),Grading method,Attempts used,Attempts allowed,"
			+ "Last activity (UTC)";

	private static final String CRLF = "\r\n";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	private GradebookCsv() {
	}

	static String of(List<GradebookRow> rows) {
		return "\uFEFF" + HEADER + CRLF + rows.stream().map(GradebookCsv::line).map(line -> line + CRLF).collect(Collectors.joining());
	}

	private static String line(GradebookRow row) {
		return Stream.of(row.learnerName(), row.email(), row.versionNumber(), row.lessonsRead(), row.lessons(),
				row.moduleQuizzesPassed(), row.moduleQuizzes(), row.status().label(), percent(row.bestScore()),
				percent(row.grade()), row.grading().map(Enum::name).map(String::toLowerCase).orElse(""),
				row.attemptsUsed(), row.attemptsAllowed() == 0 ? "unlimited" : row.attemptsAllowed(),
				row.lastActivity() == null ? "" : ISO.format(row.lastActivity()))
			.map(String::valueOf)
			.map(GradebookCsv::cell)
			.collect(Collectors.joining(","));
	}

	static String cell(String value) {
		return CsvField.of(value);
	}

	private static String percent(Optional<BigDecimal> value) {
		return value.map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("");
	}

}
