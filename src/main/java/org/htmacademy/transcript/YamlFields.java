package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Typed reads from a parsed YAML mapping; every problem names the file and the path to the value. */
record YamlFields(String file, String path, Map<?, ?> map) {

	static YamlFields of(String file, String path, @Nullable Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw problem(file, path, "must be a mapping of keys to values, not " + describe(value));
		}
		return new YamlFields(file, path, map);
	}

	void allowOnly(Set<String> keys) {
		for (Object key : map.keySet()) {
			if (!keys.contains(String.valueOf(key))) {
				throw problem("has an unknown key '" + key + "'; the keys are " + String.join(", ", keys));
			}
		}
	}

	@Nullable Object raw(String key) {
		return map.get(key);
	}

	String text(String key) {
		Object value = map.get(key);
		if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
			throw problem(key, "is required and must be text, not " + describe(value));
		}
		return value.toString().strip();
	}

	String optionalText(String key) {
		return map.get(key) == null ? "" : text(key);
	}

	BigDecimal positiveNumber(String key) {
		Object value = map.get(key);
		BigDecimal number = value instanceof Number ? new BigDecimal(value.toString()) : null;
		if (number == null || number.signum() <= 0) {
			throw problem(key, "must be a positive number, not " + describe(value));
		}
		return number;
	}

	/** A positive number, or null for "none". */
	@Nullable BigDecimal cap(String key) {
		Object value = map.get(key);
		if (value == null || "none".equals(value)) {
			return null;
		}
		if (value instanceof Number) {
			return positiveNumber(key);
		}
		throw problem(key, "must be a positive number of CEUs or none, not " + describe(value));
	}

	int positiveInteger(String key) {
		Object value = map.get(key);
		if (!(value instanceof Integer number) || number < 1) {
			throw problem(key, "must be a whole number of at least 1, not " + describe(value));
		}
		return number;
	}

	URI uri(String key) {
		try {
			return new URI(text(key));
		}
		catch (URISyntaxException e) {
			throw problem(key, "is not a valid URL: " + e.getMessage());
		}
	}

	LocalDate date(String key) {
		Object value = map.get(key);
		if (value instanceof Date date) {
			return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(text(key));
		}
		catch (DateTimeParseException e) {
			throw problem(key, "must be a date like 2026-11-21, not " + describe(value));
		}
	}

	List<?> list(String key) {
		if (!(map.get(key) instanceof List<?> list) || list.isEmpty()) {
			throw problem(key, "must be a non-empty list, not " + describe(map.get(key)));
		}
		return list;
	}

	RenewalRulesException problem(String key, String problem) {
		return problem(file, path + (path.isEmpty() ? "" : ".") + key, problem);
	}

	RenewalRulesException problem(String problem) {
		return problem(file, path, problem);
	}

	static RenewalRulesException problem(String file, String path, String problem) {
		return new RenewalRulesException(
				"Renewal rules " + file + ": " + (path.isEmpty() ? "the file" : path) + " " + problem);
	}

	static String describe(@Nullable Object value) {
		if (value == null) {
			return "nothing";
		}
		if (value instanceof Map) {
			return "a mapping";
		}
		if (value instanceof List) {
			return "a list";
		}
		return "'" + value + "'";
	}

}
