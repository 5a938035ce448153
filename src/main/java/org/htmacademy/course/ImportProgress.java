package org.htmacademy.course;

/** Told about each course as an import goes, so a screen can show progress. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (done, total, result) -> {
	};

	void courseFinished(int done, int total, CourseImportResult result);

}
