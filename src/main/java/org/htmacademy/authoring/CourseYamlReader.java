package org.htmacademy.authoring;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.htmacademy.authoring.CourseOutline.Area;
import org.htmacademy.authoring.CourseOutline.Author;
import org.htmacademy.authoring.CourseOutline.ModuleOutline;
import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.QuizSettings;
import org.htmacademy.course.content.ReviewPolicy;
import org.htmacademy.course.content.Track;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a draft's course.yml into the outline the forms edit. Lenient: a missing or wrong value reads as empty
 * (or the default), because the validator, not this reader, tells the author what is wrong.
 */
public final class CourseYamlReader {

	private static final Set<String> TRUE = Set.of("true", "yes", "on");

	private static final QuizSettings DEFAULTS = QuizSettings.DEFAULTS;

	private CourseYamlReader() {
	}

	/** @param courseId the id to use when course.yml cannot be read at all */
	public static CourseOutline read(String yaml, String courseId) {
		Map<String, Object> course = mapping(tree(yaml));
		return new CourseOutline(text(course, "id").isBlank() ? courseId : text(course, "id"), text(course, "title"),
				text(course, "version"), choice(Track.class, text(course, "track")),
				choice(Level.class, text(course, "level")), text(course, "summary"), texts(course.get("objectives")),
				decimal(text(course, "ceHours")), areas(course.get("certificationAreas")),
				texts(course.get("prerequisites")), authors(course.get("authors")), texts(course.get("references")),
				bool(mapping(course.get("completion")), "lessonsRead", false),
				bool(mapping(course.get("completion")), "finalQuizPassed", false), bool(course, "certificate", false),
				modules(course.get("modules")), quiz(course.get("finalQuiz")),
				wholeOrNull(mapping(course.get("completion")), "minimumSeatMinutes"));
	}

	private static Object tree(String yaml) {
		try {
			return plain(new Yaml().compose(new StringReader(yaml)));
		}
		catch (YAMLException e) {
			return null;
		}
	}

	/** Mappings, lists and texts; a key with no value is null. */
	private static Object plain(Node node) {
		return switch (node) {
			case null -> null;
			case MappingNode mapping -> {
				Map<String, Object> values = new LinkedHashMap<>();
				for (NodeTuple tuple : mapping.getValue()) {
					if (tuple.getKeyNode() instanceof ScalarNode key) {
						values.putIfAbsent(key.getValue(), plain(tuple.getValueNode()));
					}
				}
				yield values;
			}
			case SequenceNode sequence -> sequence.getValue().stream().map(CourseYamlReader::plain).toList();
			case ScalarNode scalar -> scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue();
			default -> null;
		};
	}

	private static List<ModuleOutline> modules(Object value) {
		List<ModuleOutline> modules = new ArrayList<>();
		for (Object item : list(value)) {
			Map<String, Object> module = mapping(item);
			modules.add(new ModuleOutline(text(module, "id"), text(module, "title"), texts(module.get("lessons")),
					quiz(module.get("quiz"))));
		}
		return modules;
	}

	private static QuizOutline quiz(Object value) {
		if (!(value instanceof Map<?, ?>)) {
			return null;
		}
		Map<String, Object> quiz = mapping(value);
		return new QuizOutline(text(quiz, "file"),
				new QuizSettings(whole(quiz, "passMark", DEFAULTS.passMark()), whole(quiz, "attempts", DEFAULTS.attempts()),
						whole(quiz, "timeLimitMinutes", DEFAULTS.timeLimitMinutes()),
						bool(quiz, "shuffleQuestions", DEFAULTS.shuffleQuestions()),
						bool(quiz, "shuffleAnswers", DEFAULTS.shuffleAnswers()), whole(quiz, "draw", DEFAULTS.draw()),
						Objects.requireNonNullElse(choice(ReviewPolicy.class, text(quiz, "review")), DEFAULTS.review()),
						Objects.requireNonNullElse(choice(GradingMethod.class, text(quiz, "grading")),
								DEFAULTS.grading())));
	}

	private static List<Area> areas(Object value) {
		return list(value).stream()
			.map(CourseYamlReader::mapping)
			.map(area -> new Area(text(area, "certification"), texts(area.get("domains"))))
			.toList();
	}

	private static List<Author> authors(Object value) {
		return list(value).stream()
			.map(CourseYamlReader::mapping)
			.map(author -> new Author(text(author, "name"), text(author, "credentials")))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mapping(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	private static List<?> list(Object value) {
		return value instanceof List<?> list ? list : List.of();
	}

	private static List<String> texts(Object value) {
		return list(value).stream().map(item -> item instanceof String text ? text.strip() : "").toList();
	}

	private static String text(Map<String, Object> map, String key) {
		return map.get(key) instanceof String text ? text.strip() : "";
	}

	private static boolean bool(Map<String, Object> map, String key, boolean byDefault) {
		return map.get(key) instanceof String text ? TRUE.contains(text.toLowerCase(Locale.ROOT)) : byDefault;
	}

	private static int whole(Map<String, Object> map, String key, int byDefault) {
		try {
			return map.get(key) instanceof String text ? Integer.parseInt(text.strip()) : byDefault;
		}
		catch (NumberFormatException e) {
			return byDefault;
		}
	}

	/** Null when the key is missing or holds no whole number. */
	private static Integer wholeOrNull(Map<String, Object> map, String key) {
		try {
			return map.get(key) instanceof String text ? Integer.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static BigDecimal decimal(String text) {
		try {
			return text.isBlank() ? null : new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** {@code score-only} for SCORE_ONLY, as course.yml spells enum values. */
	static <E extends Enum<E>> E choice(Class<E> type, String written) {
		String name = written.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Optional.of(name).filter(n -> !n.isEmpty()).flatMap(n -> {
			try {
				return Optional.of(Enum.valueOf(type, n));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}).orElse(null);
	}

}
