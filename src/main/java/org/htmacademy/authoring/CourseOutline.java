package org.htmacademy.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.QuizSettings;
import org.htmacademy.course.content.Track;

/**
 * What a draft's course.yml says, as the forms edit it. Values may be wrong or missing (null, blank): the forms
 * pass them on and the validator, the same as on the command line, says what is wrong and where.
 *
 * @param track null when not chosen
 * @param level null when not chosen
 * @param ceHours null when not given
 * @param finalQuiz null when the course has no final exam
 * @param minimumSeatMinutes {@code completion.minimumSeatMinutes}; null when left out, so the default applies
 */
public record CourseOutline(String id, String title, String version, Track track, Level level, String summary,
		List<String> objectives, BigDecimal ceHours, List<Area> certificationAreas, List<String> prerequisites,
		List<Author> authors, List<String> references, boolean lessonsRead, boolean finalQuizPassed,
		boolean certificate, List<ModuleOutline> modules, QuizOutline finalQuiz, Integer minimumSeatMinutes) {

	public CourseOutline {
		Objects.requireNonNull(id, "id");
		title = Objects.requireNonNullElse(title, "");
		version = Objects.requireNonNullElse(version, "");
		summary = Objects.requireNonNullElse(summary, "");
		objectives = List.copyOf(objectives);
		certificationAreas = List.copyOf(certificationAreas);
		prerequisites = List.copyOf(prerequisites);
		authors = List.copyOf(authors);
		references = List.copyOf(references);
		modules = List.copyOf(modules);
	}

	/** A course that leaves its minimum seat time to the default. */
	public CourseOutline(String id, String title, String version, Track track, Level level, String summary,
			List<String> objectives, BigDecimal ceHours, List<Area> certificationAreas, List<String> prerequisites,
			List<Author> authors, List<String> references, boolean lessonsRead, boolean finalQuizPassed,
			boolean certificate, List<ModuleOutline> modules, QuizOutline finalQuiz) {
		this(id, title, version, track, level, summary, objectives, ceHours, certificationAreas, prerequisites, authors,
				references, lessonsRead, finalQuizPassed, certificate, modules, finalQuiz, null);
	}

	/** @param domains the content domains as free text */
	public record Area(String certification, List<String> domains) {
		public Area {
			certification = Objects.requireNonNullElse(certification, "");
			domains = List.copyOf(domains);
		}
	}

	/** @param credentials empty when none */
	public record Author(String name, String credentials) {
		public Author {
			name = Objects.requireNonNullElse(name, "");
			credentials = Objects.requireNonNullElse(credentials, "");
		}
	}

	/**
	 * @param lessons the lesson files, relative to the course folder, in reading order
	 * @param quiz null when the module has no quiz
	 */
	public record ModuleOutline(String id, String title, List<String> lessons, QuizOutline quiz) {
		public ModuleOutline {
			id = Objects.requireNonNullElse(id, "");
			title = Objects.requireNonNullElse(title, "");
			lessons = List.copyOf(lessons);
		}

		public ModuleOutline withQuiz(QuizOutline newQuiz) {
			return new ModuleOutline(id, title, lessons, newQuiz);
		}

		public ModuleOutline withLessons(List<String> newLessons) {
			return new ModuleOutline(id, title, newLessons, quiz);
		}
	}

	/** @param file the GIFT file, relative to the course folder */
	public record QuizOutline(String file, QuizSettings settings) {
		public QuizOutline {
			Objects.requireNonNull(file, "file");
			Objects.requireNonNull(settings, "settings");
		}
	}

	public CourseOutline withModules(List<ModuleOutline> newModules) {
		return new CourseOutline(id, title, version, track, level, summary, objectives, ceHours, certificationAreas,
				prerequisites, authors, references, lessonsRead, finalQuizPassed, certificate, newModules, finalQuiz,
				minimumSeatMinutes);
	}

	public CourseOutline withModule(int index, ModuleOutline module) {
		List<ModuleOutline> changed = new ArrayList<>(modules);
		changed.set(index, module);
		return withModules(changed);
	}

	public CourseOutline withFinalQuiz(QuizOutline quiz) {
		return new CourseOutline(id, title, version, track, level, summary, objectives, ceHours, certificationAreas,
				prerequisites, authors, references, lessonsRead, finalQuizPassed, certificate, modules, quiz,
				minimumSeatMinutes);
	}

	/** The same course under another id, as course.yml must state its folder's name. */
	public CourseOutline withId(String newId) {
		return new CourseOutline(newId, title, version, track, level, summary, objectives, ceHours,
				certificationAreas, prerequisites, authors, references, lessonsRead, finalQuizPassed, certificate,
				modules, finalQuiz, minimumSeatMinutes);
	}

	/** Every lesson file, in reading order. */
	public List<String> lessonFiles() {
		return modules.stream().flatMap(module -> module.lessons().stream()).toList();
	}

	/** Every quiz file: the module quizzes in order, then the final exam. */
	public List<String> quizFiles() {
		Stream<QuizOutline> moduleQuizzes = modules.stream().map(ModuleOutline::quiz).filter(Objects::nonNull);
		return Stream.concat(moduleQuizzes, Stream.ofNullable(finalQuiz)).map(QuizOutline::file).toList();
	}

}
