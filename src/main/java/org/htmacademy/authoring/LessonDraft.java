package org.htmacademy.authoring;

import java.util.List;

/**
 * A lesson file of a draft, to edit.
 *
 * @param version to send back when saving
 * @param images the draft's image files, which the lesson can link as {@code ../images/…}
 */
public record LessonDraft(long draftId, String path, String markdown, int version, List<String> images) {

	public LessonDraft {
		images = List.copyOf(images);
	}

}
