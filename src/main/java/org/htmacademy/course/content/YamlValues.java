package org.htmacademy.course.content;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.htmacademy.course.repository.ContentColumn;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed values out of course.yml nodes. Each method takes the node of a value (null when the key is absent, which
 * gives null) and returns null after reporting a value of the wrong type at its line and column.
 */
final class YamlValues {

	private static final Set<String> TRUE = Set.of("true", "yes", "on");

	private final Path file;

	private final Problems problems;

	YamlValues(Path file, Problems problems) {
		this.file = file;
		this.problems = problems;
	}

	At at(Node node) {
		return At.of(file, node);
	}

	Problems problems() {
		return problems;
	}

	void error(Node node, String message) {
		problems.error(at(node), message);
	}

	void warning(Node node, String message) {
		problems.warning(at(node), message);
	}

	@Nullable YamlMapping mapping(@Nullable Node node, String name, List<String> keys) {
		if (node instanceof MappingNode mapping) {
			return new YamlMapping(mapping, this, keys);
		}
		if (node != null) {
			wrongType(node, name, "a mapping");
		}
		return null;
	}

	/** A key with no value counts as an empty list. */
	@Nullable List<Node> list(@Nullable Node node, String name) {
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		if (node != null && isNull(node)) {
			return List.of();
		}
		if (node != null) {
			wrongType(node, name, "a list");
		}
		return null;
	}

	/** The texts of a list, leaving out the entries that are not text. */
	@Nullable List<String> texts(@Nullable Node node, String name) {
		List<Located> located = locatedTexts(node, name);
		return located == null ? null : located.stream().map(Located::value).toList();
	}

	@Nullable List<Located> locatedTexts(@Nullable Node node, String name) {
		List<Node> items = list(node, name);
		if (items == null) {
			return null;
		}
		List<Located> texts = new ArrayList<>();
		for (Node item : items) {
			Located text = located(item, name + " entry");
			if (text != null) {
				texts.add(text);
			}
		}
		return texts;
	}

	/** Any scalar but null reads as text, so {@code version: 1.0} is the label "1.0". */
	@Nullable String text(@Nullable Node node, String name) {
		ScalarNode scalar = scalar(node, name, "text");
		if (scalar == null) {
			return null;
		}
		if (scalar.getValue().isBlank()) {
			error(scalar, name + " must not be empty");
			return null;
		}
		return scalar.getValue().strip();
	}

	/** A text that must also fit the database column it is stored in. */
	@Nullable String text(@Nullable Node node, String name, ContentColumn column) {
		String text = text(node, name);
		fits(node, text, column);
		return text;
	}

	@Nullable Located located(@Nullable Node node, String name, ContentColumn column) {
		Located located = located(node, name);
		fits(node, located == null ? null : located.value(), column);
		return located;
	}

	void fits(@Nullable Node node, @Nullable String text, ContentColumn column) {
		if (node != null && text != null) {
			column.problem(text).ifPresent(problem -> error(node, problem));
		}
	}

	void fits(@Nullable Node node, @Nullable BigDecimal number, ContentColumn column) {
		if (node != null && number != null) {
			column.problem(number).ifPresent(problem -> error(node, problem));
		}
	}

	@Nullable Located located(@Nullable Node node, String name) {
		String text = text(node, name);
		return text == null || node == null ? null : new Located(text, at(node));
	}

	@Nullable Boolean bool(@Nullable Node node, String name) {
		ScalarNode scalar = scalar(node, name, "true or false");
		if (scalar == null) {
			return null;
		}
		if (!scalar.getTag().equals(Tag.BOOL)) {
			wrongType(scalar, name, "true or false");
			return null;
		}
		return TRUE.contains(scalar.getValue().toLowerCase(Locale.ROOT));
	}

	@Nullable Integer wholeNumber(@Nullable Node node, String name) {
		ScalarNode scalar = scalar(node, name, "a whole number");
		if (scalar == null) {
			return null;
		}
		try {
			if (scalar.getTag().equals(Tag.INT)) {
				return Integer.parseInt(scalar.getValue());
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		wrongType(scalar, name, "a whole number");
		return null;
	}

	@Nullable BigDecimal number(@Nullable Node node, String name) {
		ScalarNode scalar = scalar(node, name, "a number");
		if (scalar == null) {
			return null;
		}
		try {
			if (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT)) {
				return new BigDecimal(scalar.getValue());
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		wrongType(scalar, name, "a number");
		return null;
	}

	<E extends Enum<E>> @Nullable E choice(@Nullable Node node, String name, Class<E> type) {
		String text = text(node, name);
		if (text == null || node == null) {
			return null;
		}
		E value = Choices.parse(type, text).orElse(null);
		if (value == null) {
			error(node, "unknown " + name + " '" + text + "': use " + Choices.listing(type));
		}
		return value;
	}

	private @Nullable ScalarNode scalar(@Nullable Node node, String name, String expected) {
		if (node == null) {
			return null;
		}
		if (!(node instanceof ScalarNode scalar) || isNull(scalar)) {
			wrongType(node, name, expected);
			return null;
		}
		return scalar;
	}

	/** A key with no value "has no value"; anything else is named: "not a list", "not 'half'". */
	private void wrongType(Node node, String name, String expected) {
		if (isNull(node)) {
			error(node, name + " has no value");
			return;
		}
		String actual = switch (node) {
			case ScalarNode scalar -> "'" + scalar.getValue() + "'";
			case SequenceNode _ -> "a list";
			default -> "a mapping";
		};
		error(node, name + " must be " + expected + ", not " + actual);
	}

	/** True for {@code []} and for a key with no value, which count as an empty list. */
	static boolean isEmptyList(Node node) {
		return node instanceof SequenceNode sequence ? sequence.getValue().isEmpty() : isNull(node);
	}

	private static boolean isNull(Node node) {
		return node.getTag().equals(Tag.NULL);
	}

}
