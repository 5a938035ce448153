package org.htmacademy.authoring;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.htmacademy.authoring.CourseOutline.Area;
import org.htmacademy.authoring.CourseOutline.Author;
import org.htmacademy.authoring.CourseOutline.ModuleOutline;
import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.course.content.QuizSettings;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes course.yml in the shape of the authoring guide (courses/README.md): the keys in the guide's order, quiz
 * settings only where they differ from the defaults (the pass mark always), texts unquoted where YAML allows.
 */
public final class CourseYamlWriter {

	private static final QuizSettings DEFAULTS = QuizSettings.DEFAULTS;

	private final StringBuilder text = new StringBuilder();

	/** SnakeYAML's emitter is not thread-safe: one per course.yml written. */
	private final Yaml plain = plainYaml();

	private final Map<Integer, String> fields = new HashMap<>();

	private int line = 1;

	public static CourseYaml write(CourseOutline course) {
		return new CourseYamlWriter().course(course);
	}

	private CourseYaml course(CourseOutline course) {
		key("id", "", "id", scalar(course.id()));
		key("title", "", "title", scalar(course.title()));
		key("version", "", "version", scalar(course.version()));
		key("track", "", "track", course.track() == null ? null : spelling(course.track()));
		key("level", "", "level", course.level() == null ? null : spelling(course.level()));
		key("summary", "", "summary", scalar(course.summary()));
		texts("objectives", "", "objectives", course.objectives());
		key("ceHours", "", "ceHours", course.ceHours() == null ? null
				: course.ceHours().stripTrailingZeros().toPlainString());
		areas(course.certificationAreas());
		texts("prerequisites", "", "prerequisites", course.prerequisites());
		authors(course.authors());
		texts("references", "", "references", course.references());
		key("completion", "", "completion", "");
		key("completion", "  ", "lessonsRead", String.valueOf(course.lessonsRead()));
		key("completion", "  ", "finalQuizPassed", String.valueOf(course.finalQuizPassed()));
		if (course.minimumSeatMinutes() != null) {
			key("minimumSeatMinutes", "  ", "minimumSeatMinutes", String.valueOf(course.minimumSeatMinutes()));
		}
		key("certificate", "", "certificate", String.valueOf(course.certificate()));
		modules(course.modules());
		if (course.finalQuiz() != null) {
			quiz("finalQuiz", "", "finalQuiz", course.finalQuiz());
		}
		return new CourseYaml(text.toString(), fields);
	}

	private void areas(List<Area> areas) {
		if (areas.isEmpty()) {
			key("certificationAreas", "", "certificationAreas", "[]");
			return;
		}
		key("certificationAreas", "", "certificationAreas", "");
		for (Area area : areas) {
			key("certificationAreas", "  - ", "certification", scalar(area.certification()));
			texts("certificationAreas", "    ", "domains", area.domains());
		}
	}

	private void authors(List<Author> authors) {
		if (authors.isEmpty()) {
			key("authors", "", "authors", "[]");
			return;
		}
		key("authors", "", "authors", "");
		for (Author author : authors) {
			key("authors", "  - ", "name", scalar(author.name()));
			if (!author.credentials().isBlank()) {
				key("authors", "    ", "credentials", scalar(author.credentials()));
			}
		}
	}

	private void modules(List<ModuleOutline> modules) {
		if (modules.isEmpty()) {
			key("modules", "", "modules", "[]");
			return;
		}
		key("modules", "", "modules", "");
		for (int i = 0; i < modules.size(); i++) {
			ModuleOutline module = modules.get(i);
			String field = "module/" + i;
			key(field + "/id", "  - ", "id", scalar(module.id()));
			key(field + "/title", "    ", "title", scalar(module.title()));
			if (module.lessons().isEmpty()) {
				key(field + "/lessons", "    ", "lessons", "[]");
			}
			else {
				key(field + "/lessons", "    ", "lessons", "");
				for (int j = 0; j < module.lessons().size(); j++) {
					item(field + "/lesson/" + j, "      ", module.lessons().get(j));
				}
			}
			if (module.quiz() != null) {
				quiz(field + "/quiz", "    ", "quiz", module.quiz());
			}
		}
	}

	private void quiz(String field, String indent, String name, QuizOutline quiz) {
		QuizSettings settings = quiz.settings();
		key(field, indent, name, "");
		String inner = indent + "  ";
		key(field, inner, "file", scalar(quiz.file()));
		key(field + "/passMark", inner, "passMark", String.valueOf(settings.passMark()));
		setting(field, inner, "attempts", settings.attempts(), DEFAULTS.attempts());
		setting(field, inner, "timeLimitMinutes", settings.timeLimitMinutes(), DEFAULTS.timeLimitMinutes());
		setting(field, inner, "shuffleQuestions", settings.shuffleQuestions(), DEFAULTS.shuffleQuestions());
		setting(field, inner, "shuffleAnswers", settings.shuffleAnswers(), DEFAULTS.shuffleAnswers());
		setting(field, inner, "draw", settings.draw(), DEFAULTS.draw());
		setting(field, inner, "review", spelling(settings.review()), spelling(DEFAULTS.review()));
		setting(field, inner, "grading", spelling(settings.grading()), spelling(DEFAULTS.grading()));
	}

	private void setting(String field, String indent, String name, Object value, Object byDefault) {
		if (!value.equals(byDefault)) {
			key(field + "/" + name, indent, name, String.valueOf(value));
		}
	}

	private void texts(String field, String indent, String name, List<String> texts) {
		if (texts.isEmpty()) {
			key(field, indent, name, "[]");
			return;
		}
		key(field, indent, name, "");
		texts.forEach(text -> item(field, indent + "  ", text));
	}

	private void item(String field, String indent, String value) {
		fields.putIfAbsent(line, field);
		line(indent + "- " + scalar(value));
	}

	/** {@code name: value}; a null value is written as a key with no value, which the validator reports. */
	private void key(String field, String indent, String name, String value) {
		fields.putIfAbsent(line, field);
		line(indent + name + ":" + (value == null || value.isEmpty() ? "" : " " + value));
	}

	private void line(String written) {
		text.append(written).append('\n');
		line++;
	}

	private static String spelling(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * A text as YAML reads it back unchanged: plain when SnakeYAML would write it plain on one line, otherwise
	 * double-quoted with JSON escapes (valid YAML).
	 */
	private String scalar(String value) {
		if (!value.isEmpty() && plain.dump(value).equals(value + "\n") && !value.contains("\n")) {
			return value;
		}
		StringBuilder quoted = new StringBuilder("\"");
		value.codePoints().forEach(c -> {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\t' -> quoted.append("\\t");
				case '\r' -> quoted.append("\\r");
				default -> {
					if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
						quoted.append(String.format("\\u%04x", c));
					}
					else {
						quoted.appendCodePoint(c);
					}
				}
			}
		});
		return quoted.append('"').toString();
	}

	private static Yaml plainYaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultScalarStyle(DumperOptions.ScalarStyle.PLAIN);
		options.setWidth(Integer.MAX_VALUE);
		options.setSplitLines(false);
		options.setAllowUnicode(true);
		return new Yaml(options);
	}

}
