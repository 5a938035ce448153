package org.htmacademy.transcript.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A learner's self-reported CE activities and the certifications they hold. Every method takes the learner's id and
 * touches only their rows, so an activity id of someone else's reads as missing.
 */
public interface TranscriptRepository {

	/** Oldest first. */
	List<ActivityRow> activities(long userId);

	Optional<ActivityRow> activity(long userId, long activityId);

	long insert(long userId, ActivityValues values, @Nullable AttachmentRow attachment, Instant now);

	/** @return false when the learner has no such activity */
	boolean update(long userId, long activityId, ActivityValues values);

	/** Replaces or, with null, removes the attachment; false when the learner has no such activity. */
	boolean attach(long userId, long activityId, @Nullable AttachmentRow attachment);

	boolean delete(long userId, long activityId);

	Optional<AttachmentRow> attachment(long userId, long activityId);

	/** In the order of their codes. */
	List<HeldRow> heldCertifications(long userId);

	/** Records the certification, or moves its date when the learner already holds it. */
	void hold(long userId, String certification, LocalDate certifiedOn);

	boolean drop(long userId, String certification);

}
