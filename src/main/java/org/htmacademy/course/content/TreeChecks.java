package org.htmacademy.course.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks that need every course of the tree: unique ids and prerequisites that exist and form no cycle. */
final class TreeChecks {

	/** The prerequisite ids of each course id, the first course in folder order winning for a duplicate id. */
	private final Map<String, List<String>> prerequisites = new LinkedHashMap<>();

	private final Map<String, CourseDraft> owners = new HashMap<>();

	/** @param all every course of the tree, in folder order */
	TreeChecks(List<CourseDraft> all) {
		for (CourseDraft course : all) {
			Located id = course.id();
			if (id != null && !owners.containsKey(id.value())) {
				owners.put(id.value(), course);
				prerequisites.put(id.value(), course.prerequisites().stream().map(Located::value).toList());
			}
		}
		// A course whose id matches its folder owns the id, so a copy in another folder is the one reported.
		for (CourseDraft course : all) {
			Located id = course.id();
			if (id != null && id.value().equals(CoursePaths.folderName(course.folder()))) {
				owners.put(id.value(), course);
			}
		}
	}

	void check(CourseDraft course) {
		Located id = course.id();
		if (id == null) {
			return;
		}
		CourseDraft owner = owners.get(id.value());
		if (owner != course) {
			course.problems().error(id.at(), "course id '" + id.value() + "' is already used by "
					+ owner.courseFile());
		}
		for (Located prerequisite : course.prerequisites()) {
			checkPrerequisite(id.value(), prerequisite, course.problems());
		}
	}

	private void checkPrerequisite(String id, Located prerequisite, Problems problems) {
		String required = prerequisite.value();
		if (required.equals(id)) {
			problems.error(prerequisite.at(), "a course cannot be its own prerequisite");
		}
		else if (!prerequisites.containsKey(required)) {
			problems.error(prerequisite.at(), Suggestion.didYouMean(
					"prerequisite '" + required + "' names no course in the tree", required, prerequisites.keySet()));
		}
		else {
			pathBack(required, id).ifPresent(path -> problems.error(prerequisite.at(),
					"prerequisite cycle: " + id + " -> " + String.join(" -> ", path)));
		}
	}

	/** The shortest chain of prerequisites from one course to another, both included. */
	private Optional<List<String>> pathBack(String from, String to) {
		Map<String, String> reachedFrom = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(from));
		reachedFrom.put(from, from);
		while (!queue.isEmpty()) {
			String current = queue.removeFirst();
			if (current.equals(to)) {
				List<String> path = new ArrayList<>();
				for (String step = to; !step.equals(from); step = reachedFrom.get(step)) {
					path.add(step);
				}
				path.add(from);
				Collections.reverse(path);
				return Optional.of(path);
			}
			for (String next : prerequisites.getOrDefault(current, List.of())) {
				if (reachedFrom.putIfAbsent(next, current) == null) {
					queue.addLast(next);
				}
			}
		}
		return Optional.empty();
	}

}
