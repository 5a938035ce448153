package org.htmacademy.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.htmacademy.course.content.ContentHours;
import org.htmacademy.course.content.ContentProblem;
import org.htmacademy.course.content.CourseExamQuality;
import org.htmacademy.course.content.CourseTree;
import org.htmacademy.course.content.CourseTreeLoader;
import org.htmacademy.course.content.LoadedCourse;
import org.htmacademy.course.repository.CourseContentRepository;
import org.htmacademy.course.repository.LiveVersion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One course folder given as files in memory (from the authoring screens or an uploaded ZIP), validated by the same
 * loader as the command line and published by the same writer as the import of courses/. The files are put in a
 * temporary folder next to a stub of every other published course, so prerequisites resolve as in the tree.
 * No role check here: callers check who may publish the course.
 */
@Component
public class CourseFilesImport {

	private final CourseTreeLoader loader = new CourseTreeLoader();

	private final CourseContentRepository repository;

	private final CourseVersionWriter writer;

	private final Clock clock;

	CourseFilesImport(CourseContentRepository repository, CourseVersionWriter writer, Clock clock) {
		this.repository = repository;
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * @param courseId the course's id, which course.yml must state, as the folder name must in the tree
	 * @param files by path relative to the course folder, with "/" separators
	 * @return every problem found, with paths relative to the course folder
	 */
	@Transactional(readOnly = true)
	public List<ContentProblem> check(String courseId, Map<String, byte[]> files) {
		return inspect(courseId, files).problems();
	}

	/**
	 * As {@link #check}, with the exam-quality summary the validator prints for the course and the CE hours the
	 * content supports when its lessons and quizzes could be read.
	 */
	@Transactional(readOnly = true)
	public CourseCheck inspect(String courseId, Map<String, byte[]> files) {
		Loaded loaded = load(courseId, files);
		return new CourseCheck(loaded.problems(), loaded.examQuality(), loaded.hours());
	}

	/** Publishes a new version unless there is an error or the files are those of the live version. */
	@Transactional
	public CoursePublication publish(String courseId, Map<String, byte[]> files) {
		Loaded loaded = load(courseId, files);
		Optional<LiveVersion> live = repository.findLiveVersion(courseId);
		if (loaded.course().isEmpty()) {
			return new CoursePublication(ImportOutcome.REJECTED, live.map(LiveVersion::versionNumber).orElse(0),
					loaded.problems());
		}
		LoadedCourse course = loaded.course().get();
		if (live.isPresent() && live.get().contentHash().equals(course.contentHash())) {
			return new CoursePublication(ImportOutcome.UNCHANGED, live.get().versionNumber(), loaded.problems());
		}
		int version = writer.write(course, VersionOrigin.APP, clock.instant());
		return new CoursePublication(ImportOutcome.PUBLISHED, version, loaded.problems());
	}

	private record Loaded(Optional<LoadedCourse> course, List<ContentProblem> problems,
			CourseExamQuality examQuality, Optional<ContentHours> hours) {
	}

	private Loaded load(String courseId, Map<String, byte[]> files) {
		Path tree = null;
		try {
			tree = Files.createTempDirectory("htm-course-");
			Path folder = tree.resolve(CourseFolderPaths.requireName(courseId));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				write(folder, CourseFolderPaths.require(file.getKey()), file.getValue());
			}
			for (Map.Entry<String, List<String>> other : repository.findLivePrerequisites().entrySet()) {
				if (!other.getKey().equals(courseId)) {
					write(tree.resolve(other.getKey()), "course.yml", stub(other.getKey(), other.getValue()));
				}
			}
			CourseTree loaded = loader.loadOne(folder);
			List<ContentProblem> problems = loaded.problems()
				.stream()
				.map(problem -> new ContentProblem(folder.relativize(problem.file()), problem.line(),
						problem.column(), problem.severity(), problem.message()))
				.toList();
			CourseExamQuality examQuality = loaded.examQuality().stream().findFirst()
				.orElseGet(() -> new CourseExamQuality(courseId, List.of()));
			return new Loaded(loaded.valid().stream().findFirst(), problems, examQuality,
					Optional.ofNullable(loaded.contentHours().get(folder)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			delete(tree);
		}
	}

	/** Only what the tree checks read from a sibling: its id and prerequisites. */
	private static byte[] stub(String courseId, List<String> prerequisites) {
		StringBuilder yaml = new StringBuilder("id: " + courseId + "\nprerequisites:\n");
		prerequisites.forEach(prerequisite -> yaml.append("  - \"").append(prerequisite).append("\"\n"));
		return yaml.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void write(Path folder, String relative, byte[] content) throws IOException {
		Path file = folder.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.write(file, content);
	}

	private static void delete(Path tree) {
		if (tree == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(tree)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
