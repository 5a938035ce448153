package org.htmacademy.certificate;

import java.util.Objects;

/**
 * What became of a code someone typed: well formed (it may still be unknown, which only the database can tell) or
 * malformed, with a reason a person can act on.
 */
public sealed interface ParseResult<T> {

	record WellFormed<T>(T value) implements ParseResult<T> {

		public WellFormed {
			Objects.requireNonNull(value, "value");
		}

	}

	record Malformed<T>(String reason) implements ParseResult<T> {

		public Malformed {
			Objects.requireNonNull(reason, "reason");
		}

	}

}
