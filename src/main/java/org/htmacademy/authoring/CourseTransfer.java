package org.htmacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.htmacademy.authoring.repository.AuthoringRepository;
import org.htmacademy.authoring.repository.CourseRow;
import org.htmacademy.authoring.repository.DraftRow;
import org.htmacademy.course.CourseFilesImport;
import org.htmacademy.course.CourseFolderPaths;
import org.htmacademy.course.CoursePublication;
import org.htmacademy.course.ImportOutcome;
import org.htmacademy.course.content.ContentProblem;
import org.htmacademy.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses in and out as ZIPs of the courses/ folder format, to move them between installations and into git. An
 * exported course imports as the same course: same lessons, same questions, same settings.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class CourseTransfer {

	private final AuthoringRepository repository;

	private final DraftAccess access;

	private final VersionFiles versionFiles;

	private final CourseFilesImport importer;

	private final Clock clock;

	CourseTransfer(AuthoringRepository repository, DraftAccess access, VersionFiles versionFiles,
			CourseFilesImport importer, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.versionFiles = versionFiles;
		this.importer = importer;
		this.clock = clock;
	}

	/** The live version of a course I teach (any course for an administrator): its quizzes hold the answer keys. */
	@Transactional(readOnly = true)
	public ExportedCourse exportCourse(String courseId) {
		CourseRow course = access.taughtCourse(courseId);
		if (course.liveVersionId() == null) {
			throw new AuthoringException(courseId + " has no published version yet.");
		}
		Map<String, byte[]> files = versionFiles.files(repository.readVersion(course.liveVersionId()));
		return new ExportedCourse(courseId + "-v" + course.liveVersionNumber() + ".zip",
				CourseZip.write(courseId, files));
	}

	/** A draft as it stands, errors and all, e.g. to continue it in git. */
	@Transactional(readOnly = true)
	public ExportedCourse exportDraft(long draftId) {
		DraftRow draft = access.draft(draftId);
		Map<String, byte[]> files = new TreeMap<>();
		repository.findFiles(draftId).forEach(file -> files.put(file.path(), file.content()));
		return new ExportedCourse(draft.courseSlug() + "-draft.zip", CourseZip.write(draft.courseSlug(), files));
	}

	/**
	 * Validates and publishes the course in a ZIP, all or nothing, as a new version of the course it names, or of
	 * {@code asCourseId} when given (course.yml's id is changed to match). A new course makes the instructor who
	 * imported it its instructor; an existing one can be imported into by its instructors and administrators.
	 */
	public ZipImport importZip(byte[] zip, String asCourseId) {
		CourseZip.Content content = CourseZip.read(zip, CourseZip.Limits.DEFAULT);
		Map<String, byte[]> files = new TreeMap<>(content.files());
		String yaml = new String(files.get(DraftPaths.COURSE_FILE), StandardCharsets.UTF_8);
		String courseId = asCourseId != null && !asCourseId.isBlank() ? asCourseId.strip()
				: CourseYamlReader.read(yaml, content.folder() == null ? "" : content.folder()).id();
		if (!CourseFolderPaths.isCourseId(courseId)) {
			throw new AuthoringException("'" + courseId + "' cannot be a course id: use lowercase letters, digits "
					+ "and single hyphens.");
		}
		files.put(DraftPaths.COURSE_FILE, CourseIdEdit.withId(yaml, courseId).getBytes(StandardCharsets.UTF_8));
		repository.findCourse(courseId).ifPresent(course -> access.taughtCourse(courseId));
		CoursePublication publication = importer.publish(courseId, files);
		if (publication.outcome() == ImportOutcome.PUBLISHED && access.me().hasRole(Role.INSTRUCTOR)) {
			repository.findCourse(courseId)
				.ifPresent(course -> repository.addInstructor(course.courseDbId(), access.me().userId(),
						clock.instant()));
		}
		return new ZipImport(courseId, publication.outcome(), publication.versionNumber(),
				publication.problems().stream().map(ContentProblem::toString).toList());
	}

}
