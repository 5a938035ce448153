package org.htmacademy.course.markdown;

import java.util.List;

/**
 * A lesson ready to show to learners.
 *
 * @param title the text of the first level-1 heading, or empty when there is none
 * @param html the sanitized body, without the title heading
 * @param wordCount words a learner reads, title and code included, image alt text and URLs not
 * @param headings the text of every heading below the title, in reading order
 */
public record RenderedLesson(String title, String html, int wordCount, List<String> headings) {

	public RenderedLesson {
		headings = List.copyOf(headings);
	}

}
