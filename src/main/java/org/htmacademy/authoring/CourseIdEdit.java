package org.htmacademy.authoring;

import java.io.StringReader;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Changes the id in a course.yml and nothing else, so comments and layout of a hand-written file survive. A file
 * whose id cannot be found is left as it is, and the validator reports it.
 */
final class CourseIdEdit {

	private CourseIdEdit() {
	}

	static String withId(String yaml, String id) {
		try {
			if (!(new Yaml().compose(new StringReader(yaml)) instanceof MappingNode course)) {
				return yaml;
			}
			for (NodeTuple tuple : course.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
						&& tuple.getValueNode() instanceof ScalarNode value) {
					return yaml.substring(0, offset(yaml, value.getStartMark())) + id
							+ yaml.substring(offset(yaml, value.getEndMark()));
				}
			}
			return yaml;
		}
		catch (YAMLException e) {
			return yaml;
		}
	}

	/** SnakeYAML counts columns in code points. */
	private static int offset(String yaml, Mark mark) {
		int lineStart = 0;
		for (int line = 0; line < mark.getLine(); line++) {
			lineStart = yaml.indexOf('\n', lineStart) + 1;
		}
		return yaml.offsetByCodePoints(lineStart, mark.getColumn());
	}

}
