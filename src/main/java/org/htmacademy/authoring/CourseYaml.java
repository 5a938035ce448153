package org.htmacademy.authoring;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A course.yml as written from an outline, with the outline field each line belongs to, so a problem the validator
 * reports at a line can be shown next to the field it concerns. Field keys: {@code title}, {@code objectives} …,
 * {@code module/0/title}, {@code module/0/lesson/1}, {@code module/0/quiz/passMark}, {@code finalQuiz/draw}.
 */
public record CourseYaml(String text, Map<Integer, String> fieldsByLine) {

	public CourseYaml {
		fieldsByLine = new TreeMap<>(fieldsByLine);
	}

	/** The field written on the line, or on the nearest line above it that starts a field. */
	public Optional<String> fieldAt(int line) {
		var entry = ((TreeMap<Integer, String>) fieldsByLine).floorEntry(line);
		return Optional.ofNullable(entry).map(Map.Entry::getValue);
	}

}
