package org.htmacademy.cohort;

import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import org.htmacademy.cohort.CohortProgress.CourseProgress;
import org.htmacademy.cohort.CohortProgress.LearnerProgress;
import org.htmacademy.common.CsvField;

/**
 * A cohort's progress as CSV (RFC 4180): CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled. A text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a
 * leading apostrophe, so a learner named "=HYPERLINK(…)" stays text. UTF-8 with a byte-order mark, which Excel needs
 * to read names like "Zoë" right.
 */
final class ProgressCsv {

	static final String BOM = "\uFEFF";

	static final List<String> HEADER = List.of("Learner", "Email", "Course", "Due", "Status", "Lessons read",
			"Lessons total", "Quizzes passed", "Quizzes total", "Final exam grade (%)", "Final exam passed",
			"Skills signed", "Skills total", "Certificate");

	private ProgressCsv() {
	}

	static String of(CohortProgress progress) {
		StringBuilder csv = new StringBuilder(BOM).append(line(HEADER));
		for (LearnerProgress learner : progress.learners()) {
			for (CourseProgress course : learner.courses()) {
				csv.append(line(List.of(learner.name(), learner.email(), course.courseTitle(),
						course.dueOn().map(Object::toString).orElse(""), course.status().label(),
						String.valueOf(course.lessonsRead()), String.valueOf(course.lessonsTotal()),
						String.valueOf(course.quizzesPassed()), String.valueOf(course.quizzesTotal()),
						course.finalExamGrade().map(g -> g.setScale(1, RoundingMode.HALF_UP).toPlainString()).orElse(""),
						course.finalExamPassed() ? "yes" : "no", String.valueOf(course.skillsSigned()),
						String.valueOf(course.skillsTotal()), course.certificate().orElse(""))));
			}
		}
		return csv.toString();
	}

	private static String line(List<String> fields) {
		return fields.stream().map(ProgressCsv::field).collect(Collectors.joining(",")) + "\r\n";
	}

	static String field(String value) {
		return CsvField.of(value);
	}

}
