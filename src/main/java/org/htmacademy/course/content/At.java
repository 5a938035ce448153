package org.htmacademy.course.content;

import java.nio.file.Path;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** A 1-based line and column in a file. */
record At(Path file, int line, int column) {

	static At start(Path file) {
		return new At(file, 1, 1);
	}

	static At of(Path file, Mark mark) {
		return new At(file, mark.getLine() + 1, mark.getColumn() + 1);
	}

	static At of(Path file, Node node) {
		return of(file, node.getStartMark());
	}

}
