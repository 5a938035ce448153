package org.htmacademy.course.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.commonmark.node.CustomBlock;

/** A GitHub alert ({@code > [!WARNING]}), parsed out of a block quote. */
final class Callout extends CustomBlock {

	enum Kind {

		NOTE("Note"), TIP("Tip"), IMPORTANT("Important"), WARNING("Warning"), CAUTION("Caution");

		private final String title;

		Kind(String title) {
			this.title = title;
		}

		String title() {
			return title;
		}

		String cssClass() {
			return "callout-" + name().toLowerCase(Locale.ROOT);
		}

		static Optional<Kind> of(String marker) {
			return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(marker)).findFirst();
		}

	}

	private final Kind kind;

	Callout(Kind kind) {
		this.kind = kind;
	}

	Kind kind() {
		return kind;
	}

}
