package org.htmacademy.course;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Administrators re-import the course tree from the screen. */
@Service
public class CourseImportService {

	private final CourseImporter importer;

	private final Path coursesDirectory;

	CourseImportService(CourseImporter importer, @Value("${htm.courses.directory:courses}") Path coursesDirectory) {
		this.importer = importer;
		this.coursesDirectory = coursesDirectory;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Path coursesDirectory() {
		return coursesDirectory.toAbsolutePath().normalize();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public ImportReport reimport(ImportProgress progress) {
		return importer.importTree(coursesDirectory, progress);
	}

}
