package org.htmacademy.course.content;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A course that passed validation: everything its course.yml declares, with its lessons, quizzes and images read.
 *
 * @param version the author's version label, e.g. {@code 1.2.0}
 * @param awardsCertificate course.yml's {@code certificate}
 * @param skills the hands-on skills an instructor signs off; empty for most courses
 * @param images the images the lessons link, by path relative to the course folder ("/" separators), sorted; the
 *        arrays are the files' bytes and must not be changed
 * @param folder the course folder as reached from the path the loader was given
 * @param contentHash SHA-256 (lowercase hex) of every file of the course: the same files always give the same hash
 */
public record LoadedCourse(String id, String title, String version, Track track, Level level, String summary,
		List<String> objectives, BigDecimal ceHours, List<CertificationArea> certificationAreas,
		List<String> prerequisites, List<Author> authors, List<String> references, Completion completion,
		boolean awardsCertificate, List<CourseModule> modules, Optional<QuizDefinition> finalQuiz,
		List<PracticalSkill> skills, Map<String, byte[]> images, Path folder, String contentHash) {

	public LoadedCourse {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(track, "track");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(summary, "summary");
		objectives = List.copyOf(objectives);
		Objects.requireNonNull(ceHours, "ceHours");
		certificationAreas = List.copyOf(certificationAreas);
		prerequisites = List.copyOf(prerequisites);
		authors = List.copyOf(authors);
		references = List.copyOf(references);
		Objects.requireNonNull(completion, "completion");
		modules = List.copyOf(modules);
		Objects.requireNonNull(finalQuiz, "finalQuiz");
		skills = List.copyOf(skills);
		images = Collections.unmodifiableSortedMap(new TreeMap<>(images));
		Objects.requireNonNull(folder, "folder");
		Objects.requireNonNull(contentHash, "contentHash");
	}

	/** A course without hands-on skills, as every course was before {@code skills} existed. */
	public LoadedCourse(String id, String title, String version, Track track, Level level, String summary,
			List<String> objectives, BigDecimal ceHours, List<CertificationArea> certificationAreas,
			List<String> prerequisites, List<Author> authors, List<String> references, Completion completion,
			boolean awardsCertificate, List<CourseModule> modules, Optional<QuizDefinition> finalQuiz,
			Map<String, byte[]> images, Path folder, String contentHash) {
		this(id, title, version, track, level, summary, objectives, ceHours, certificationAreas, prerequisites,
				authors, references, completion, awardsCertificate, modules, finalQuiz, List.of(), images, folder,
				contentHash);
	}

	/** Every lesson in reading order, across modules. */
	public List<LessonSource> lessons() {
		return modules.stream().flatMap(module -> module.lessons().stream()).toList();
	}

	public record CertificationArea(Certification certification, List<String> domains) {
		public CertificationArea {
			Objects.requireNonNull(certification, "certification");
			domains = List.copyOf(domains);
		}
	}

	public record Author(String name, Optional<String> credentials) {
		public Author {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(credentials, "credentials");
		}
	}

	/**
	 * The course's minimum seat time in whole minutes: what course.yml states, else the default share of the
	 * contact hours. 0 means none.
	 */
	public int minimumSeatMinutes() {
		return completion.minimumSeatMinutes(ceHours);
	}

	/**
	 * What a learner must do to complete the course; at least one of the first two is true when the course awards a
	 * certificate.
	 *
	 * @param statedSeatMinutes {@code completion.minimumSeatMinutes} as course.yml states it; null when it is left
	 *        out, so the default applies
	 */
	public record Completion(boolean lessonsRead, boolean finalQuizPassed, Integer statedSeatMinutes) {

		/**
		 * Without a stated minimum, a learner must be active for half the contact hours claimed: a quick but genuine
		 * reader (about twice the 100 words a minute the hours are estimated at) meets it, a click-through does not
		 * (docs/ce-hours.md, "Time on task").
		 */
		public static final int DEFAULT_SEAT_TIME_PERCENT = 50;

		public Completion(boolean lessonsRead, boolean finalQuizPassed) {
			this(lessonsRead, finalQuizPassed, null);
		}

		public int minimumSeatMinutes(BigDecimal ceHours) {
			return statedSeatMinutes != null ? statedSeatMinutes : defaultSeatMinutes(ceHours);
		}

		/** Half the contact hours, in whole minutes rounded down. */
		public static int defaultSeatMinutes(BigDecimal ceHours) {
			return ceHours.multiply(BigDecimal.valueOf(60L * DEFAULT_SEAT_TIME_PERCENT))
				.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.FLOOR)
				.intValueExact();
		}

	}

}
