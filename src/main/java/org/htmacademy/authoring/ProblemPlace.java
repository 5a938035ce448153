package org.htmacademy.authoring;

import org.htmacademy.course.gift.GiftField;

/** Where in the authoring screens a validator problem belongs, so it can be shown next to what it is about. */
public sealed interface ProblemPlace {

	/** A field of the course outline, by its key in {@link CourseYaml}, e.g. {@code summary}, {@code module/0/title}. */
	record CourseField(String key) implements ProblemPlace {
	}

	/** A line of a lesson's Markdown (the problem's own line). */
	record Lesson(String path) implements ProblemPlace {
	}

	/** A part of one question of a quiz file; {@code field} is null when the part is not known. */
	record Question(String path, int question, GiftField field, int index) implements ProblemPlace {
	}

	/** Any other file, e.g. an image. */
	record File(String path) implements ProblemPlace {
	}

}
