package org.htmacademy.course.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.htmacademy.course.repository.ContentColumn;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** The optional {@code skills} list: ids unique and well-formed, each with a title and a checklist. */
final class SkillsYaml {

	static final List<String> KEYS = List.of("id", "title", "checklist", "minutes");

	/** The width of course_skill.title. */

	private final YamlValues values;

	private final Map<String, Integer> idLines = new HashMap<>();

	SkillsYaml(YamlValues values) {
		this.values = values;
	}

	List<PracticalSkill> read(@Nullable Node node) {
		List<Node> items = values.list(node, "skills");
		if (items == null || node == null) {
			return List.of();
		}
		if (items.isEmpty()) {
			values.error(node, "skills must not be empty: list at least one skill, or remove the key");
		}
		List<PracticalSkill> skills = new ArrayList<>();
		for (Node item : items) {
			YamlMapping skill = values.mapping(item, "a skill", KEYS);
			if (skill != null) {
				PracticalSkill read = skill(skill);
				if (read != null) {
					skills.add(read);
				}
			}
		}
		return skills;
	}

	private @Nullable PracticalSkill skill(YamlMapping skill) {
		Located id = values.located(skill.required("id"), "skill id", ContentColumn.SKILL_ID);
		if (id != null) {
			checkId(id);
		}
		Node titleNode = skill.required("title");
		String title = values.text(titleNode, "skill title", ContentColumn.SKILL_TITLE);
		Node checklistNode = skill.required("checklist");
		List<String> checklist = values.texts(checklistNode, "checklist");
		if (checklistNode != null && YamlValues.isEmptyList(checklistNode)) {
			values.error(checklistNode, "a skill needs at least one checklist item");
		}
		int minutes = minutes(skill.optional("minutes"));
		if (id == null || title == null || checklist == null) {
			return null;
		}
		return new PracticalSkill(id.value(), title, checklist, minutes);
	}

	/** The stated time of the observed task; 0 when absent or wrong (a wrong one has been reported). */
	private int minutes(@Nullable Node node) {
		Integer minutes = values.wholeNumber(node, "skill minutes");
		if (minutes == null || node == null) {
			return 0;
		}
		if (minutes < 1 || minutes > ContentHours.MAX_SKILL_MINUTES) {
			values.error(node, "a skill's minutes must be between 1 and " + ContentHours.MAX_SKILL_MINUTES
					+ " (the time the learner spends on the task while the instructor watches), not " + minutes);
			return 0;
		}
		return minutes;
	}

	private void checkId(Located id) {
		if (!Ids.isValid(id.value())) {
			values.problems().error(id.at(), Ids.invalid("skill id", id.value()));
		}
		Integer firstLine = idLines.putIfAbsent(id.value(), id.at().line());
		if (firstLine != null) {
			values.problems().error(id.at(), "skill id '" + id.value() + "' is already used on line " + firstLine);
		}
	}

}
