package org.htmacademy.course.gift;

import java.util.Arrays;

/** A growable list of ints, to keep a source position for every character of a question. */
final class IntList {

	private int[] values = new int[64];
	private int size;

	void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	int size() {
		return size;
	}

	int[] toArray() {
		return Arrays.copyOf(values, size);
	}
}
