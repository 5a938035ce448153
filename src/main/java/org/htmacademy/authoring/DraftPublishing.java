package org.htmacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.htmacademy.authoring.repository.AuthoringRepository;
import org.htmacademy.authoring.repository.DraftRow;
import org.htmacademy.course.CourseCheck;
import org.htmacademy.course.CourseFilesImport;
import org.htmacademy.course.CoursePublication;
import org.htmacademy.course.ImportOutcome;
import org.htmacademy.course.content.ContentProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking and publishing a draft with the validator and importer of the command line. Publishing writes a new
 * immutable version; learners already enrolled keep the version they started (DD003).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class DraftPublishing {

	private final AuthoringRepository repository;

	private final DraftAccess access;

	private final DraftFiles files;

	private final CourseFilesImport importer;

	DraftPublishing(AuthoringRepository repository, DraftAccess access, DraftFiles files, CourseFilesImport importer) {
		this.repository = repository;
		this.access = access;
		this.files = files;
		this.importer = importer;
	}

	/** Every problem the validator finds in the draft, each with its place on screen. */
	@Transactional(readOnly = true)
	public List<DraftProblem> check(long draftId) {
		return review(draftId).problems();
	}

	/**
	 * As {@link #check}, with the exam-quality summary of the draft's quizzes and the CE hours its content supports
	 * (docs/ce-hours.md) for the course form.
	 */
	@Transactional(readOnly = true)
	public DraftCheck review(long draftId) {
		DraftRow draft = access.draft(draftId);
		Map<String, byte[]> content = content(draft);
		CourseCheck checked = importer.inspect(draft.courseSlug(), content);
		return new DraftCheck(placed(draft, content, checked.problems()), checked.examQuality(), checked.hours());
	}

	/** A new version when the draft has no error; the draft is then done and removed. */
	public PublishResult publish(long draftId) {
		DraftRow draft = access.draft(draftId);
		if (!access.teaches(draft.courseDbId())) {
			throw new AuthoringException("Only the instructors of " + draft.courseSlug()
					+ " and administrators can publish it; ask one of them to publish this draft.");
		}
		Map<String, byte[]> content = content(draft);
		CoursePublication publication = importer.publish(draft.courseSlug(), content);
		if (publication.outcome() == ImportOutcome.PUBLISHED) {
			repository.deleteDraft(draftId);
		}
		return new PublishResult(publication.outcome(), publication.versionNumber(),
				placed(draft, content, publication.problems()));
	}

	private Map<String, byte[]> content(DraftRow draft) {
		Map<String, byte[]> content = new TreeMap<>();
		repository.findFiles(draft.id()).forEach(file -> content.put(file.path(), file.content()));
		return content;
	}

	private List<DraftProblem> placed(DraftRow draft, Map<String, byte[]> content,
			List<ContentProblem> problems) {
		Map<String, String> texts = new TreeMap<>();
		content.forEach((path, bytes) -> {
			if (!path.startsWith(DraftPaths.IMAGES)) {
				texts.put(path, new String(bytes, StandardCharsets.UTF_8));
			}
		});
		ProblemPlaces places = new ProblemPlaces(files.outline(draft), texts);
		return problems.stream().map(places::place).toList();
	}

}
