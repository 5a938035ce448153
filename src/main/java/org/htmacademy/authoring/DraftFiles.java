package org.htmacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.htmacademy.authoring.repository.AuthoringRepository;
import org.htmacademy.authoring.repository.DraftFileRow;
import org.htmacademy.authoring.repository.DraftRow;
import org.htmacademy.course.CourseFolderPaths;
import org.springframework.stereotype.Component;

/** Reads and writes the files of a draft the caller may open, with the optimistic lock on every write. */
@Component
class DraftFiles {

	private final AuthoringRepository repository;

	private final DraftAccess access;

	private final Clock clock;

	DraftFiles(AuthoringRepository repository, DraftAccess access, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.clock = clock;
	}

	CourseOutline outline(DraftRow draft) {
		return repository.findFile(draft.id(), DraftPaths.COURSE_FILE)
			.map(file -> CourseYamlReader.read(text(file), draft.courseSlug()))
			.orElseGet(() -> CourseYamlReader.read("", draft.courseSlug()));
	}

	List<String> paths(DraftRow draft) {
		return repository.findFiles(draft.id()).stream().map(DraftFileRow::path).toList();
	}

	int update(DraftRow draft, String path, String text, int expectedVersion) {
		return update(draft, path, text.getBytes(StandardCharsets.UTF_8), expectedVersion);
	}

	/** @return the file's new version */
	int update(DraftRow draft, String path, byte[] content, int expectedVersion) {
		if (!repository.updateFile(draft.id(), CourseFolderPaths.require(path), content, expectedVersion,
				access.me().userId(), clock.instant())) {
			throw conflict(draft, path);
		}
		return expectedVersion + 1;
	}

	void create(DraftRow draft, String path, byte[] content) {
		if (!repository.insertFile(draft.id(), CourseFolderPaths.require(path), content, access.me().userId(),
				clock.instant())) {
			throw conflict(draft, path);
		}
	}

	/** Whatever its version: the outline that listed the file has been saved, so the file has no place any more. */
	void remove(DraftRow draft, String path) {
		repository.findFile(draft.id(), path).ifPresent(file -> repository.deleteFile(draft.id(), path, file.version()));
	}

	static String text(DraftFileRow file) {
		return new String(file.content(), StandardCharsets.UTF_8);
	}

	/** Who saved the file meanwhile and when, so the author knows whom to talk to. */
	private DraftConflictException conflict(DraftRow draft, String path) {
		String what = path.equals(DraftPaths.COURSE_FILE) ? "the course outline"
				: path.endsWith(".md") ? "this lesson" : path.endsWith(".gift") ? "this quiz" : path;
		return repository.findFile(draft.id(), path)
			.map(file -> new DraftConflictException(file.updatedByName() + " saved " + what + " "
					+ ago(file.updatedAt()) + ", after you opened it. Your change was not saved and theirs is kept: "
					+ "reload to see it, then make your change again."))
			.orElseGet(() -> new DraftConflictException(Character.toUpperCase(what.charAt(0)) + what.substring(1)
					+ " was removed from the draft after you opened it. Your change was not saved."));
	}

	private String ago(Instant when) {
		long minutes = Duration.between(when, clock.instant()).toMinutes();
		return minutes < 1 ? "just now" : minutes == 1 ? "a minute ago" : minutes < 120 ? minutes + " minutes ago"
				: Duration.ofMinutes(minutes).toHours() + " hours ago";
	}

}
