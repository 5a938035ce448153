package org.htmacademy.course.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A mapping of course.yml with its known keys. SnakeYAML's composer keeps duplicate keys and unknown keys, so they
 * are reported here: a duplicate as an error, an unknown key as a warning with the closest known key.
 */
final class YamlMapping {

	private final MappingNode node;

	private final YamlValues values;

	private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

	YamlMapping(MappingNode node, YamlValues values, List<String> keys) {
		this.node = node;
		this.values = values;
		for (NodeTuple tuple : node.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				values.error(tuple.getKeyNode(), "a key must be a plain name, not a list or mapping");
				continue;
			}
			NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
			if (first != null) {
				values.error(key, "duplicate key '" + key.getValue() + "' (first on line "
						+ values.at(first.getKeyNode()).line() + ")");
			}
			else if (!keys.contains(key.getValue())) {
				values.warning(key, Suggestion.didYouMean("unknown key '" + key.getValue() + "' is ignored",
						key.getValue(), keys));
			}
		}
	}

	/** The value of a key, or null when the key is absent. */
	@Nullable Node optional(String key) {
		NodeTuple tuple = entries.get(key);
		return tuple == null ? null : tuple.getValueNode();
	}

	/** The value of a key; when the key is absent, an error at the start of the mapping and null. */
	@Nullable Node required(String key) {
		Node value = optional(key);
		if (value == null) {
			values.error(node, "missing required key '" + key + "'");
		}
		return value;
	}

	@Nullable Node keyNode(String key) {
		NodeTuple tuple = entries.get(key);
		return tuple == null ? null : tuple.getKeyNode();
	}

}
