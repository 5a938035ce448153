package org.htmacademy.transcript;

import java.util.Map;
import java.util.stream.Collectors;

/** A self-reported activity that cannot be saved, with one message per field that is wrong. */
public class ActivityRejectedException extends TranscriptException {

	private final Map<ActivityField, String> problems;

	ActivityRejectedException(Map<ActivityField, String> problems) {
		super(problems.values().stream().collect(Collectors.joining(" ")));
		this.problems = Map.copyOf(problems);
	}

	public Map<ActivityField, String> problems() {
		return problems;
	}

}
