package org.htmacademy.course;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.htmacademy.course.content.ContentProblem;
import org.htmacademy.course.content.CourseTree;
import org.htmacademy.course.content.CourseTreeLoader;
import org.htmacademy.course.content.LoadedCourse;
import org.htmacademy.course.markdown.Severity;
import org.htmacademy.course.repository.CourseContentRepository;
import org.htmacademy.course.repository.LiveVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Validates a course tree and publishes what changed. All or nothing per course: a course with an error is
 * not written at all and its previously published version stays live; an unchanged course writes nothing.
 * No role check here: callers are the start-up import, the command line, and {@link CourseImportService}.
 */
@Component
class CourseImporter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CourseImporter.class);

	private final CourseTreeLoader loader = new CourseTreeLoader();

	private final CourseContentRepository repository;

	private final CourseVersionWriter writer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ReentrantLock oneAtATime = new ReentrantLock();

	CourseImporter(CourseContentRepository repository, CourseVersionWriter writer, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.writer = writer;
		this.clock = clock;
		this.events = events;
	}

	ImportReport importTree(Path root, ImportProgress progress) {
		if (!oneAtATime.tryLock()) {
			throw new IllegalStateException("An import is already running. Wait for it to finish.");
		}
		try {
			long started = clock.millis();
			CourseTree tree = loader.load(root);
			Map<String, List<ContentProblem>> problemsByFolder = new LinkedHashMap<>();
			List<String> treeProblems = new ArrayList<>();
			for (ContentProblem problem : tree.problems()) {
				Optional<String> folder = courseFolderOf(root, problem.file());
				if (folder.isPresent()) {
					problemsByFolder.computeIfAbsent(folder.get(), f -> new ArrayList<>()).add(problem);
				}
				else {
					treeProblems.add(problem.toString());
				}
			}
			Map<String, LiveVersion> live = repository.findLiveVersions();
			Map<String, String> lastImported = repository.findTreeContentHashes();
			Map<String, LoadedCourse> valid = new LinkedHashMap<>();
			tree.valid().forEach(course -> valid.put(course.folder().getFileName().toString(), course));

			List<String> folders = CourseTreeLoader.courseFolders(root).stream().map(p -> p.getFileName().toString()).toList();
			List<CourseImportResult> results = new ArrayList<>();
			for (String folder : folders) {
				List<String> problems = problemsByFolder.getOrDefault(folder, List.of()).stream().map(Object::toString).toList();
				LoadedCourse course = valid.get(folder);
				CourseImportResult result = course == null ? rejected(folder, live.get(folder), problems)
						: publishOrReport(course, live.get(course.id()), lastImported.get(course.id()), problems);
				results.add(result);
				progress.courseFinished(results.size(), folders.size(), result);
			}
			ImportReport report = new ImportReport(results, treeProblems, Duration.ofMillis(clock.millis() - started));
			events.publishEvent(CoursesImported.of(report));
			return report;
		}
		finally {
			oneAtATime.unlock();
		}
	}

	/**
	 * A folder is compared with the last version imported from the tree, so a version published in the app since
	 * stays live until the folder itself changes; a course never imported from the tree is compared with its live
	 * version.
	 */
	private CourseImportResult publishIfChanged(LoadedCourse course, LiveVersion live, String lastImportedHash,
			List<String> warnings) {
		String compareWith = lastImportedHash != null ? lastImportedHash : live == null ? null : live.contentHash();
		if (live != null && course.contentHash().equals(compareWith)) {
			return new CourseImportResult(course.id(), course.title(), ImportOutcome.UNCHANGED, live.versionNumber(),
					warnings);
		}
		int version = writer.write(course, VersionOrigin.TREE, clock.instant());
		return new CourseImportResult(course.id(), course.title(), ImportOutcome.PUBLISHED, version, warnings);
	}

	/**
	 * A course the validator passed but the database still refused is that course's problem, reported with the course
	 * file; its transaction rolled back, and the rest of the tree still imports.
	 */
	private CourseImportResult publishOrReport(LoadedCourse course, LiveVersion live, String lastImportedHash,
			List<String> warnings) {
		try {
			return publishIfChanged(course, live, lastImportedHash, warnings);
		}
		catch (RuntimeException ex) {
			log.error("Course {} could not be stored", course.id(), ex);
			List<String> problems = new ArrayList<>(warnings);
			problems.add(new ContentProblem(course.folder().resolve("course.yml"), 1, 1, Severity.ERROR,
					"the course passed every check but the database refused it, so nothing of it was stored ("
							+ databaseSaid(ex) + "); the previously published version stays live")
				.toString());
			return new CourseImportResult(course.id(), course.title(), ImportOutcome.REJECTED,
					live == null ? 0 : live.versionNumber(), problems);
		}
	}

	private static String databaseSaid(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof java.sql.SQLException)) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return "the database said: " + message.replaceAll("\\s+", " ").strip();
	}

	private static CourseImportResult rejected(String folder, LiveVersion live, List<String> problems) {
		return new CourseImportResult(folder, folder, ImportOutcome.REJECTED, live == null ? 0 : live.versionNumber(),
				problems);
	}

	private static Optional<String> courseFolderOf(Path root, Path file) {
		Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
		if (relative.getNameCount() < 2 || relative.startsWith("..")) {
			return Optional.empty();
		}
		return Optional.of(relative.getName(0).toString());
	}

}
