package org.htmacademy.course.markdown;

import java.util.Optional;

/**
 * Maps an image path as written in a lesson (relative to the lesson file, e.g. {@code ../images/x.svg}) to the URL
 * it is served from.
 */
@FunctionalInterface
public interface ImageLinks {

	/** The served URL, or empty when the image is unknown; unknown images are left out of the rendered lesson. */
	Optional<String> resolve(String path);

	static ImageLinks none() {
		return path -> Optional.empty();
	}

}
