package org.htmacademy.authoring;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.authoring.CourseOutline.Area;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;

/**
 * A new course filled in enough to publish: what an instructor types into the course form, and an introduction long
 * enough for the CE hours it claims.
 */
final class Drafts {

	private Drafts() {
	}

	static long publishableCourse(DraftService drafts, DraftEditing editing, String courseId) {
		long draftId = drafts.createCourse(courseId, "Battery Management for Infusion Pumps", Track.NETWORKING,
				Level.INTRODUCTORY);
		Draft draft = drafts.open(draftId);
		editing.saveOutline(draftId, filledIn(draft.outline()), draft.outlineVersion());
		LessonDraft lesson = editing.lesson(draftId, "introduction");
		editing.saveLesson(draftId, lesson.path(), lesson.markdown()
			.replace(TEMPLATE_FIRST_PARAGRAPH, TEMPLATE_FIRST_PARAGRAPH + "\n" + QUARTER_HOUR_OF_READING),
				lesson.version());
		return draftId;
	}

	private static final String TEMPLATE_FIRST_PARAGRAPH = "Use ## headings for its sections.\n";

	/** 2,400 words: 16 minutes at 150 words a minute, so the course supports its 0.25 CE hours (docs/ce-hours.md). */
	static final String QUARTER_HOUR_OF_READING = ("A pump battery is checked, conditioned and replaced as its "
			+ "manufacturer directs. ").repeat(200);

	static CourseOutline filledIn(CourseOutline o) {
		return new CourseOutline(o.id(), o.title(), "1.0.0", o.track(), o.level(),
				"How to test, condition and replace the batteries of infusion pumps.",
				List.of("Explain why a pump battery is tested under load."), new BigDecimal("0.25"),
				List.of(new Area("CBET", List.of("Safety"))), List.of(), o.authors(),
				// No final exam, so no certificate: a certificate needs a passed final exam.
				List.of("The pump manufacturer's service manual, battery chapter"), true, false, false,
				o.modules(), o.finalQuiz());
	}

}
