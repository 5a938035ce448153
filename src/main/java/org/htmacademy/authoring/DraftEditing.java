package org.htmacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.htmacademy.authoring.CourseOutline.ModuleOutline;
import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.authoring.repository.AuthoringRepository;
import org.htmacademy.authoring.repository.DraftFileRow;
import org.htmacademy.authoring.repository.DraftRow;
import org.htmacademy.course.content.QuizSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving a draft's course outline and lessons. Every save names the version of the file it started from; a file
 * saved by someone else since is never overwritten (see {@link DraftConflictException}).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class DraftEditing {

	static final int MAX_LESSON_BYTES = 1024 * 1024;

	private final AuthoringRepository repository;

	private final DraftAccess access;

	private final DraftService drafts;

	private final DraftFiles files;

	private final Clock clock;

	DraftEditing(AuthoringRepository repository, DraftAccess access, DraftService drafts, DraftFiles files,
			Clock clock) {
		this.repository = repository;
		this.access = access;
		this.drafts = drafts;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Writes course.yml from the outline. Lesson and quiz files the outline no longer lists are removed with it.
	 *
	 * @param expectedVersion the version of course.yml the outline was read from
	 */
	public Draft saveOutline(long draftId, CourseOutline outline, int expectedVersion) {
		DraftRow draft = access.draft(draftId);
		CourseOutline before = files.outline(draft);
		CourseOutline after = outline.withId(draft.courseSlug());
		files.update(draft, DraftPaths.COURSE_FILE, CourseYamlWriter.write(after).text(), expectedVersion);
		Set<String> kept = new HashSet<>(after.lessonFiles());
		kept.addAll(after.quizFiles());
		List<String> dropped = new ArrayList<>(before.lessonFiles());
		dropped.addAll(before.quizFiles());
		dropped.stream().filter(path -> !kept.contains(path)).forEach(path -> files.remove(draft, path));
		repository.touchDraft(draftId, clock.instant());
		return drafts.open(draftId);
	}

	/** A new lesson at the end of a module, named after its title, with the outline's pending changes saved. */
	public Draft addLesson(long draftId, CourseOutline outline, int expectedVersion, int moduleIndex, String title) {
		DraftRow draft = access.draft(draftId);
		String path = DraftPaths.unique(DraftPaths.LESSONS, DraftPaths.idFrom(title), ".md", files.paths(draft));
		ModuleOutline module = outline.modules().get(moduleIndex);
		List<String> lessons = new ArrayList<>(module.lessons());
		lessons.add(path);
		Draft saved = saveOutline(draftId, outline.withModule(moduleIndex, module.withLessons(lessons)),
				expectedVersion);
		files.create(draft, path, Templates.lesson(title));
		return drafts.open(saved.id());
	}

	/** A new, empty quiz for a module, or the final exam when {@code moduleIndex} is -1. */
	public Draft addQuiz(long draftId, CourseOutline outline, int expectedVersion, int moduleIndex) {
		DraftRow draft = access.draft(draftId);
		String id = moduleIndex < 0 ? "final-exam" : DraftPaths.idFrom(outline.modules().get(moduleIndex).id());
		String path = DraftPaths.unique(DraftPaths.QUIZZES, id, ".gift", files.paths(draft));
		QuizOutline quiz = new QuizOutline(path, QuizSettings.DEFAULTS);
		CourseOutline withQuiz = moduleIndex < 0 ? outline.withFinalQuiz(quiz)
				: outline.withModule(moduleIndex, outline.modules().get(moduleIndex).withQuiz(quiz));
		saveOutline(draftId, withQuiz, expectedVersion);
		files.create(draft, path, new byte[0]);
		return drafts.open(draftId);
	}

	@Transactional(readOnly = true)
	public LessonDraft lesson(long draftId, String lessonId) {
		DraftRow draft = access.draft(draftId);
		String path = files.outline(draft)
			.lessonFiles()
			.stream()
			.filter(lesson -> DraftPaths.lessonId(lesson).equals(lessonId))
			.findFirst()
			.orElseThrow(() -> new AuthoringException("The draft has no lesson " + lessonId + "."));
		DraftFileRow file = repository.findFile(draftId, path)
			.orElseThrow(() -> new AuthoringException("The lesson file " + path + " is missing from the draft."));
		return new LessonDraft(draftId, path, new String(file.content(), StandardCharsets.UTF_8), file.version(),
				files.paths(draft).stream().filter(p -> p.startsWith(DraftPaths.IMAGES)).sorted().toList());
	}

	/** @return the lesson file's new version */
	public int saveLesson(long draftId, String path, String markdown, int expectedVersion) {
		DraftRow draft = access.draft(draftId);
		if (!files.outline(draft).lessonFiles().contains(path)) {
			throw new DraftConflictException("This lesson is no longer in the draft: another author removed it "
					+ "after you opened it. Your text was not saved; copy it if you still need it.");
		}
		byte[] content = markdown.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
		if (content.length > MAX_LESSON_BYTES) {
			throw new AuthoringException("The lesson is longer than 1 MB; split it into several lessons.");
		}
		int version = files.update(draft, path, content, expectedVersion);
		repository.touchDraft(draftId, clock.instant());
		return version;
	}

}
