package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A self-reported activity as the learner typed it; {@link TranscriptService} checks it and says what is wrong with
 * each field.
 */
public record ActivityDraft(@Nullable String title, @Nullable String provider, @Nullable LocalDate completedOn,
		@Nullable BigDecimal contactHours, @Nullable String category, AttachmentChange attachment) {

	public ActivityDraft {
		Objects.requireNonNull(attachment, "attachment");
	}

	public static ActivityDraft of(CeActivity activity) {
		return new ActivityDraft(activity.title(), activity.provider(), activity.completedOn(),
				activity.contactHours(), activity.category(), AttachmentChange.KEEP);
	}

	public ActivityDraft withAttachment(AttachmentChange change) {
		return new ActivityDraft(title, provider, completedOn, contactHours, category, change);
	}

}
