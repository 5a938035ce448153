package org.htmacademy.course;

import java.time.Duration;
import java.util.List;

/** The result of importing a course tree: one line per course, plus problems outside any course. */
public record ImportReport(List<CourseImportResult> courses, List<String> treeProblems, Duration took) {

	public ImportReport {
		courses = List.copyOf(courses);
		treeProblems = List.copyOf(treeProblems);
	}

	public long count(ImportOutcome outcome) {
		return courses.stream().filter(c -> c.outcome() == outcome).count();
	}

	public boolean hasRejections() {
		return count(ImportOutcome.REJECTED) > 0;
	}

	public String summary() {
		return "%d published, %d unchanged, %d rejected in %d ms".formatted(count(ImportOutcome.PUBLISHED),
				count(ImportOutcome.UNCHANGED), count(ImportOutcome.REJECTED), took.toMillis());
	}

}
