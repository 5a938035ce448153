package org.htmacademy.course;

import java.util.Optional;

import org.htmacademy.course.repository.CourseContentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Images shipped with a course version, served to signed-in learners. */
@Service
public class CourseAssets {

	static final String PREFIX = "/course-assets/";

	private final CourseContentRepository repository;

	CourseAssets(CourseContentRepository repository) {
		this.repository = repository;
	}

	public static String url(long versionId, String path) {
		return PREFIX + versionId + "/" + path;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<CourseAsset> find(long versionId, String path) {
		return repository.findAsset(versionId, path);
	}

}
