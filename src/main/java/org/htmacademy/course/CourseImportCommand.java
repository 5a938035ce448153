package org.htmacademy.course;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

/** {@code import <folder>} on the command line: the same import as at start-up, with the report printed. */
@Component
public class CourseImportCommand {

	private final CourseImporter importer;

	CourseImportCommand(CourseImporter importer) {
		this.importer = importer;
	}

	public int run(Path folder, PrintStream out) {
		ImportReport report = importer.importTree(folder,
				(done, total, result) -> out.printf("[%d/%d] %-45s %-10s v%d%n", done, total, result.courseId(),
						result.outcome(), result.versionNumber()));
		for (CourseImportResult course : report.courses()) {
			course.problems().forEach(out::println);
		}
		report.treeProblems().forEach(out::println);
		out.println(report.summary());
		return report.hasRejections() ? 1 : 0;
	}

}
