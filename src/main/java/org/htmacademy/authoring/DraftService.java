package org.htmacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.htmacademy.authoring.CourseOutline.Author;
import org.htmacademy.authoring.CourseOutline.ModuleOutline;
import org.htmacademy.authoring.repository.AuthoringRepository;
import org.htmacademy.authoring.repository.CourseRow;
import org.htmacademy.authoring.repository.DraftFileRow;
import org.htmacademy.authoring.repository.DraftRow;
import org.htmacademy.authoring.repository.PersonRow;
import org.htmacademy.course.CourseFolderPaths;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;
import org.htmacademy.course.gift.GiftParser;
import org.htmacademy.course.markdown.ImageLinks;
import org.htmacademy.course.markdown.LessonRenderer;
import org.htmacademy.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, listing, opening and deleting drafts, and who writes them. Instructors and administrators only. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class DraftService {

	static final String FIRST_LESSON = DraftPaths.LESSONS + "introduction.md";

	private final AuthoringRepository repository;

	private final DraftAccess access;

	private final VersionFiles versionFiles;

	private final LessonRenderer renderer;

	private final Clock clock;

	DraftService(AuthoringRepository repository, DraftAccess access, VersionFiles versionFiles,
			LessonRenderer renderer, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.versionFiles = versionFiles;
		this.renderer = renderer;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DraftSummary> myDrafts() {
		return repository.findDraftsOf(access.me().userId())
			.stream()
			.map(draft -> new DraftSummary(draft.id(), draft.courseSlug(), title(draft), draft.baseVersionNumber(),
					draft.updatedAt()))
			.toList();
	}

	/** The courses I teach (every course for an administrator), each with my draft of it if I have one. */
	@Transactional(readOnly = true)
	public List<TaughtCourse> myCourses() {
		long me = access.me().userId();
		return repository.findCourses(me, access.isAdmin()).stream().map(course -> {
			Long draftId = repository.findDraftOf(course.courseDbId(), me).orElse(null);
			String title = course.title() != null ? course.title()
					: draftId == null ? course.slug() : repository.findDraft(draftId).map(this::title).orElse(course.slug());
			return new TaughtCourse(course.slug(), title, course.liveVersionNumber(), draftId);
		}).toList();
	}

	/**
	 * A new course with one module and one lesson to start from. The id is reserved at once, and its creator becomes
	 * its instructor.
	 */
	public long createCourse(String courseId, String title, Track track, Level level) {
		if (!CourseFolderPaths.isCourseId(courseId)) {
			throw new AuthoringException("Use lowercase letters, digits and single hyphens for the course id, "
					+ "like electrical-safety-basics.");
		}
		SignedInUser me = access.me();
		long courseDbId = repository.insertCourse(courseId, clock.instant())
			.orElseThrow(() -> new AuthoringException("A course with the id " + courseId
					+ " already exists. Choose another id, or ask its instructors to add you."));
		repository.addInstructor(courseDbId, me.userId(), clock.instant());
		long draftId = repository.insertDraft(courseDbId, null, me.userId(), clock.instant());
		CourseOutline outline = new CourseOutline(courseId, title, "0.1.0", track, level, "", List.of(), null,
				List.of(), List.of(), List.of(new Author(me.fullName(), "")), List.of(), true, false, false,
				List.of(new ModuleOutline("module-1", "Module 1", List.of(FIRST_LESSON), null)), null);
		insert(draftId, DraftPaths.COURSE_FILE, CourseYamlWriter.write(outline).text().getBytes(StandardCharsets.UTF_8));
		insert(draftId, FIRST_LESSON, Templates.lesson("Introduction"));
		return draftId;
	}

	/** My draft of a course I teach: the one I have, or a new one with the files of its live version. */
	public long startDraft(String courseId) {
		CourseRow course = access.taughtCourse(courseId);
		long me = access.me().userId();
		return repository.findDraftOf(course.courseDbId(), me).orElseGet(() -> {
			if (course.liveVersionId() == null) {
				throw new AuthoringException(courseId + " has no published version to start from.");
			}
			long draftId = repository.insertDraft(course.courseDbId(), course.liveVersionId(), me, clock.instant());
			versionFiles.files(repository.readVersion(course.liveVersionId()))
				.forEach((path, content) -> insert(draftId, path, content));
			return draftId;
		});
	}

	@Transactional(readOnly = true)
	public Draft open(long draftId) {
		DraftRow draft = access.draft(draftId);
		List<DraftFileRow> files = repository.findFiles(draftId);
		Map<String, DraftFileInfo> infos = new HashMap<>();
		Map<String, String> lessonTitles = new HashMap<>();
		Map<String, Integer> questionCounts = new HashMap<>();
		String courseYaml = "";
		int outlineVersion = 0;
		for (DraftFileRow file : files) {
			infos.put(file.path(), new DraftFileInfo(file.path(), file.version(), file.content().length,
					file.updatedByName(), file.updatedAt()));
			String text = new String(file.content(), StandardCharsets.UTF_8);
			if (file.path().equals(DraftPaths.COURSE_FILE)) {
				courseYaml = text;
				outlineVersion = file.version();
			}
			else if (file.path().endsWith(".md")) {
				lessonTitles.put(file.path(), renderer.render(text, ImageLinks.none()).title());
			}
			else if (file.path().endsWith(".gift")) {
				questionCounts.put(file.path(), new GiftParser().parse(text, file.path()).questions().size());
			}
		}
		List<DraftAuthor> authors = repository.findAuthors(draftId)
			.stream()
			.map(person -> new DraftAuthor(person.userId(), person.fullName(), person.email(),
					person.userId() == draft.createdBy()))
			.toList();
		return new Draft(draftId, draft.courseSlug(), draft.baseVersionNumber(), draft.liveVersionNumber(),
				CourseYamlReader.read(courseYaml, draft.courseSlug()), outlineVersion, infos, lessonTitles,
				questionCounts, authors, access.teaches(draft.courseDbId()));
	}

	/** Only its creator deletes a draft; a course never published goes with it, freeing its id. */
	public void delete(long draftId) {
		DraftRow draft = access.draft(draftId);
		if (draft.createdBy() != access.me().userId()) {
			throw new AuthoringException("Only the author who started this draft can delete it.");
		}
		repository.deleteDraft(draftId);
		repository.deleteCourseIfUnused(draft.courseDbId());
	}

	/** Shares the draft with another instructor, who can then open and edit it. */
	public DraftAuthor addAuthor(long draftId, String email) {
		access.draft(draftId);
		PersonRow person = repository.findInstructorByEmail(email == null ? "" : email)
			.orElseThrow(() -> new AuthoringException("No instructor account has the email " + email + "."));
		repository.addAuthor(draftId, person.userId(), clock.instant());
		return new DraftAuthor(person.userId(), person.fullName(), person.email(), false);
	}

	/** The creator can remove a co-author; a co-author can leave. */
	public void removeAuthor(long draftId, long userId) {
		DraftRow draft = access.draft(draftId);
		long me = access.me().userId();
		if (userId == draft.createdBy()) {
			throw new AuthoringException("The author who started the draft stays on it; delete the draft instead.");
		}
		if (me != draft.createdBy() && me != userId) {
			throw new AuthoringException("Only the author who started the draft can remove a co-author.");
		}
		repository.removeAuthor(draftId, userId);
	}

	private void insert(long draftId, String path, byte[] content) {
		repository.insertFile(draftId, path, content, access.me().userId(), clock.instant());
	}

	private String title(DraftRow draft) {
		return repository.findFile(draft.id(), DraftPaths.COURSE_FILE)
			.map(file -> CourseYamlReader.read(new String(file.content(), StandardCharsets.UTF_8), draft.courseSlug()))
			.map(CourseOutline::title)
			.filter(title -> !title.isBlank())
			.orElse(draft.courseSlug());
	}

}
