package org.htmacademy.authoring;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.authoring.CourseOutline.Area;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;

/** A new course filled in enough to publish: what an instructor types into the course form. */
final class Drafts {

	private Drafts() {
	}

	static long publishableCourse(DraftService drafts, DraftEditing editing, String courseId) {
		long draftId = drafts.createCourse(courseId, "Battery Management for Infusion Pumps", Track.NETWORKING,
				Level.INTRODUCTORY);
		Draft draft = drafts.open(draftId);
		editing.saveOutline(draftId, filledIn(draft.outline()), draft.outlineVersion());
		return draftId;
	}

	static CourseOutline filledIn(CourseOutline o) {
		return new CourseOutline(o.id(), o.title(), "1.0.0", o.track(), o.level(),
				"How to test, condition and replace the batteries of infusion pumps.",
				List.of("Explain why a pump battery is tested under load."), new BigDecimal("0.25"),
				List.of(new Area("CBET", List.of("Safety"))), List.of(), o.authors(),
				List.of("The pump manufacturer's service manual, battery chapter"), true, false, true,
				o.modules(), o.finalQuiz());
	}

}
