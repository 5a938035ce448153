package org.htmacademy.transcript;

import java.util.Objects;

/** A PDF a learner attaches to a self-reported activity, e.g. the other provider's certificate. */
public record AttachedFile(String fileName, byte[] content) {

	public AttachedFile {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(content, "content");
	}

}
