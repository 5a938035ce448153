package org.htmacademy.course;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports courses/ when the app starts, so the default run always shows the courses in the tree. */
@Component
@Order(3)
class CourseImportAtStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CourseImportAtStartup.class);

	private final CourseImporter importer;

	private final Path coursesDirectory;

	private final boolean enabled;

	CourseImportAtStartup(CourseImporter importer, @Value("${htm.courses.directory:courses}") Path coursesDirectory,
			@Value("${htm.courses.import-on-start:true}") boolean enabled) {
		this.importer = importer;
		this.coursesDirectory = coursesDirectory;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || args.containsOption("import-only")) {
			return;
		}
		if (!Files.isDirectory(coursesDirectory)) {
			log.info("No course folder at {}: nothing imported", coursesDirectory.toAbsolutePath());
			return;
		}
		ImportReport report;
		try {
			report = importer.importTree(coursesDirectory, ImportProgress.NONE);
		}
		catch (RuntimeException ex) {
			// courses are content, not configuration: the app serves what is already published
			log.error("Course import from {} failed; the courses published before stay live", coursesDirectory, ex);
			return;
		}
		log.info("Course import from {}: {}", coursesDirectory.toAbsolutePath().normalize(), report.summary());
		report.courses()
			.stream()
			.filter(c -> c.outcome() == ImportOutcome.REJECTED)
			.forEach(c -> log.warn("Course {} rejected; the previously published version stays live:\n  {}",
					c.courseId(), String.join("\n  ", c.problems())));
	}

}
