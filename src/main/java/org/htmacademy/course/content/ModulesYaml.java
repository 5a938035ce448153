package org.htmacademy.course.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.htmacademy.course.content.CourseFile.ModuleEntry;
import org.htmacademy.course.content.CourseFile.QuizEntry;
import org.htmacademy.course.repository.ContentColumn;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** The {@code modules} list: ids unique and well-formed, each with a title, lessons and an optional quiz. */
final class ModulesYaml {

	static final List<String> KEYS = List.of("id", "title", "lessons", "quiz");

	private final YamlValues values;

	private final Map<String, Integer> idLines = new HashMap<>();

	ModulesYaml(YamlValues values) {
		this.values = values;
	}

	List<ModuleEntry> read(@Nullable Node node) {
		List<Node> items = values.list(node, "modules");
		if (items == null || node == null) {
			return List.of();
		}
		if (items.isEmpty()) {
			values.error(node, "a course needs at least one module");
		}
		List<ModuleEntry> modules = new ArrayList<>();
		for (Node item : items) {
			YamlMapping module = values.mapping(item, "a module", KEYS);
			if (module != null) {
				modules.add(module(module));
			}
		}
		return modules;
	}

	private ModuleEntry module(YamlMapping module) {
		Located id = values.located(module.required("id"), "module id", ContentColumn.MODULE_ID);
		if (id != null) {
			checkId(id);
		}
		String title = values.text(module.required("title"), "title", ContentColumn.MODULE_TITLE);
		Node lessonsNode = module.required("lessons");
		List<Located> lessons = Objects.requireNonNullElse(values.locatedTexts(lessonsNode, "lessons"), List.of());
		if (lessonsNode != null && YamlValues.isEmptyList(lessonsNode)) {
			values.error(lessonsNode, "a module needs at least one lesson");
		}
		QuizEntry quiz = new QuizYaml(values).read(module.optional("quiz"), "quiz");
		return new ModuleEntry(id == null ? null : id.value(), title, lessons, quiz);
	}

	private void checkId(Located id) {
		if (!Ids.isValid(id.value())) {
			values.problems().error(id.at(), Ids.invalid("module id", id.value()));
		}
		Integer firstLine = idLines.putIfAbsent(id.value(), id.at().line());
		if (firstLine != null) {
			values.problems().error(id.at(), "module id '" + id.value() + "' is already used on line " + firstLine);
		}
	}

}
