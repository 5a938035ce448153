package org.htmacademy.course.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.htmacademy.course.content.CourseFile.ModuleEntry;
import org.htmacademy.course.content.CourseFile.QuizEntry;
import org.htmacademy.course.content.LoadedCourse.Author;
import org.htmacademy.course.content.LoadedCourse.CertificationArea;
import org.htmacademy.course.repository.ContentColumn;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the keys of course.yml ("The course file" in the authoring guide) into a {@link CourseFile}. */
final class CourseYaml {

	static final List<String> KEYS = List.of("id", "title", "version", "track", "level", "summary", "objectives",
			"ceHours", "certificationAreas", "prerequisites", "authors", "references", "completion", "certificate",
			"modules", "finalQuiz", "skills");

	private static final BigDecimal QUARTER_HOUR = new BigDecimal("0.25");

	private final YamlValues values;

	CourseYaml(YamlValues values) {
		this.values = values;
	}

	@Nullable CourseFile read(Node root) {
		YamlMapping course = values.mapping(root, "course.yml", KEYS);
		if (course == null) {
			return null;
		}
		Located id = values.located(course.required("id"), "id", ContentColumn.COURSE_ID);
		if (id != null && !Ids.isValid(id.value())) {
			values.problems().error(id.at(), Ids.invalid("course id", id.value()));
		}
		String title = values.text(course.required("title"), "title", ContentColumn.COURSE_TITLE);
		String version = values.text(course.required("version"), "version", ContentColumn.VERSION);
		Track track = values.choice(course.required("track"), "track", Track.class);
		Level level = values.choice(course.required("level"), "level", Level.class);
		String summary = values.text(course.required("summary"), "summary", ContentColumn.SUMMARY);
		List<String> objectives = nonEmptyTexts(course.required("objectives"), "objectives");
		Node ceHoursNode = course.required("ceHours");
		BigDecimal ceHours = ceHours(ceHoursNode);
		values.fits(ceHoursNode, ceHours, ContentColumn.CE_HOURS);
		List<CertificationArea> areas = certificationAreas(course.required("certificationAreas"));
		List<Located> prerequisites = Objects.requireNonNullElse(
				values.locatedTexts(course.optional("prerequisites"), "prerequisites"), List.of());
		List<Author> authors = authors(course.required("authors"));
		List<String> references = nonEmptyTexts(course.required("references"), "references");
		CompletionRules completion = new CompletionRules(values, course);
		List<ModuleEntry> modules = new ModulesYaml(values).read(course.required("modules"));
		QuizEntry finalQuiz = new QuizYaml(values).read(course.optional("finalQuiz"), "finalQuiz");
		List<PracticalSkill> skills = new SkillsYaml(values).read(course.optional("skills"));
		completion.check(ceHours);
		return new CourseFile(id, title, version, track, level, summary, objectives, ceHours,
				ceHoursNode == null ? null : values.at(ceHoursNode), areas, prerequisites,
				authors, references, completion.completion(), completion.certificate(), modules, finalQuiz, skills);
	}

	private @Nullable List<String> nonEmptyTexts(@Nullable Node node, String name) {
		List<String> texts = values.texts(node, name);
		if (node != null && YamlValues.isEmptyList(node)) {
			values.error(node, name + " must not be empty");
		}
		return texts;
	}

	private @Nullable BigDecimal ceHours(@Nullable Node node) {
		BigDecimal hours = values.number(node, "ceHours");
		if (hours == null || node == null) {
			return null;
		}
		if (hours.signum() <= 0) {
			values.error(node, "ceHours must be more than 0, not " + hours.toPlainString());
			return null;
		}
		if (hours.remainder(QUARTER_HOUR).signum() != 0) {
			values.error(node, "ceHours must be a multiple of 0.25 (a quarter hour), not " + hours.toPlainString());
			return null;
		}
		return hours;
	}

	private @Nullable List<CertificationArea> certificationAreas(@Nullable Node node) {
		List<Node> items = values.list(node, "certificationAreas");
		if (items == null || node == null) {
			return null;
		}
		if (items.isEmpty()) {
			values.error(node, "certificationAreas must not be empty");
		}
		List<CertificationArea> areas = new ArrayList<>();
		for (Node item : items) {
			YamlMapping area = values.mapping(item, "a certification area", List.of("certification", "domains"));
			if (area != null) {
				Certification certification = values.choice(area.required("certification"), "certification",
						Certification.class);
				List<String> domains = nonEmptyTexts(area.required("domains"), "domains");
				if (certification != null && domains != null) {
					areas.add(new CertificationArea(certification, domains));
				}
			}
		}
		return areas;
	}

	private @Nullable List<Author> authors(@Nullable Node node) {
		List<Node> items = values.list(node, "authors");
		if (items == null || node == null) {
			return null;
		}
		if (items.isEmpty()) {
			values.error(node, "authors must not be empty");
		}
		List<Author> authors = new ArrayList<>();
		for (Node item : items) {
			YamlMapping author = values.mapping(item, "an author", List.of("name", "credentials"));
			if (author != null) {
				String name = values.text(author.required("name"), "name");
				String credentials = values.text(author.optional("credentials"), "credentials");
				if (name != null) {
					authors.add(new Author(name, Optional.ofNullable(credentials)));
				}
			}
		}
		return authors;
	}

}
