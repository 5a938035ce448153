package org.htmacademy.transcript.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.CE_ACTIVITY;
import static org.htmacademy.jooq.Tables.HELD_CERTIFICATION;

@Repository
class JooqTranscriptRepository implements TranscriptRepository {

	private final DSLContext dsl;

	JooqTranscriptRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<ActivityRow> activities(long userId) {
		return dsl.select(CE_ACTIVITY.ID, CE_ACTIVITY.COMPLETED_ON, CE_ACTIVITY.TITLE, CE_ACTIVITY.PROVIDER,
				CE_ACTIVITY.CONTACT_HOURS, CE_ACTIVITY.CATEGORY, CE_ACTIVITY.ATTACHMENT_NAME)
			.from(CE_ACTIVITY)
			.where(CE_ACTIVITY.USER_ID.eq(userId))
			.orderBy(CE_ACTIVITY.COMPLETED_ON, CE_ACTIVITY.ID)
			.fetch(JooqTranscriptRepository::activity);
	}

	@Override
	public Optional<ActivityRow> activity(long userId, long activityId) {
		return dsl.select(CE_ACTIVITY.ID, CE_ACTIVITY.COMPLETED_ON, CE_ACTIVITY.TITLE, CE_ACTIVITY.PROVIDER,
				CE_ACTIVITY.CONTACT_HOURS, CE_ACTIVITY.CATEGORY, CE_ACTIVITY.ATTACHMENT_NAME)
			.from(CE_ACTIVITY)
			.where(mine(userId, activityId))
			.fetchOptional(JooqTranscriptRepository::activity);
	}

	@Override
	public long insert(long userId, ActivityValues values, @Nullable AttachmentRow attachment, Instant now) {
		return dsl.insertInto(CE_ACTIVITY)
			.set(CE_ACTIVITY.USER_ID, userId)
			.set(CE_ACTIVITY.COMPLETED_ON, values.completedOn())
			.set(CE_ACTIVITY.TITLE, values.title())
			.set(CE_ACTIVITY.PROVIDER, values.provider())
			.set(CE_ACTIVITY.CONTACT_HOURS, values.contactHours())
			.set(CE_ACTIVITY.CATEGORY, values.category())
			.set(CE_ACTIVITY.ATTACHMENT_NAME, attachment == null ? null : attachment.fileName())
			.set(CE_ACTIVITY.ATTACHMENT, attachment == null ? null : attachment.content())
			.set(CE_ACTIVITY.CREATED_AT, toColumn(now))
			.returning(CE_ACTIVITY.ID)
			.fetchOne(CE_ACTIVITY.ID);
	}

	@Override
	public boolean update(long userId, long activityId, ActivityValues values) {
		return dsl.update(CE_ACTIVITY)
			.set(CE_ACTIVITY.COMPLETED_ON, values.completedOn())
			.set(CE_ACTIVITY.TITLE, values.title())
			.set(CE_ACTIVITY.PROVIDER, values.provider())
			.set(CE_ACTIVITY.CONTACT_HOURS, values.contactHours())
			.set(CE_ACTIVITY.CATEGORY, values.category())
			.where(mine(userId, activityId))
			.execute() == 1 || exists(userId, activityId);
	}

	@Override
	public boolean attach(long userId, long activityId, @Nullable AttachmentRow attachment) {
		return dsl.update(CE_ACTIVITY)
			.set(CE_ACTIVITY.ATTACHMENT_NAME, attachment == null ? null : attachment.fileName())
			.set(CE_ACTIVITY.ATTACHMENT, attachment == null ? null : attachment.content())
			.where(mine(userId, activityId))
			.execute() == 1 || exists(userId, activityId);
	}

	@Override
	public boolean delete(long userId, long activityId) {
		return dsl.deleteFrom(CE_ACTIVITY).where(mine(userId, activityId)).execute() == 1;
	}

	@Override
	public Optional<AttachmentRow> attachment(long userId, long activityId) {
		return dsl.select(CE_ACTIVITY.ATTACHMENT_NAME, CE_ACTIVITY.ATTACHMENT)
			.from(CE_ACTIVITY)
			.where(mine(userId, activityId))
			.and(CE_ACTIVITY.ATTACHMENT.isNotNull())
			.fetchOptional(r -> new AttachmentRow(r.value1(), r.value2()));
	}

	@Override
	public List<HeldRow> heldCertifications(long userId) {
		return dsl.select(HELD_CERTIFICATION.CERTIFICATION, HELD_CERTIFICATION.CERTIFIED_ON)
			.from(HELD_CERTIFICATION)
			.where(HELD_CERTIFICATION.USER_ID.eq(userId))
			.orderBy(HELD_CERTIFICATION.CERTIFICATION)
			.fetch(r -> new HeldRow(r.value1(), r.value2()));
	}

	@Override
	public void hold(long userId, String certification, LocalDate certifiedOn) {
		dsl.insertInto(HELD_CERTIFICATION)
			.set(HELD_CERTIFICATION.USER_ID, userId)
			.set(HELD_CERTIFICATION.CERTIFICATION, certification)
			.set(HELD_CERTIFICATION.CERTIFIED_ON, certifiedOn)
			.onDuplicateKeyUpdate()
			.set(HELD_CERTIFICATION.CERTIFIED_ON, certifiedOn)
			.execute();
	}

	@Override
	public boolean drop(long userId, String certification) {
		return dsl.deleteFrom(HELD_CERTIFICATION)
			.where(HELD_CERTIFICATION.USER_ID.eq(userId))
			.and(HELD_CERTIFICATION.CERTIFICATION.eq(certification))
			.execute() == 1;
	}

	/** In case the driver counts changed rows: saving an activity unchanged then updates none. */
	private boolean exists(long userId, long activityId) {
		return dsl.fetchExists(CE_ACTIVITY, mine(userId, activityId));
	}

	private static Condition mine(long userId, long activityId) {
		return CE_ACTIVITY.ID.eq(activityId).and(CE_ACTIVITY.USER_ID.eq(userId));
	}

	private static ActivityRow activity(Record7<Long, LocalDate, String, String, BigDecimal, String, String> r) {
		return new ActivityRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
	}

}
