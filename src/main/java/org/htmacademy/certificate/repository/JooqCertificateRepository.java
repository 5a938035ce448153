package org.htmacademy.certificate.repository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.htmacademy.common.UtcTime.fromColumn;
import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.CERTIFICATE;
import static org.htmacademy.jooq.Tables.CERTIFICATE_AUDIT;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_INSTRUCTOR;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_SKILL;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.ENROLMENT_ACTIVE_TIME;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.LESSON_COMPLETION;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;
import static org.htmacademy.jooq.Tables.SKILL_SIGNOFF;

@Repository
class JooqCertificateRepository implements CertificateRepository {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqCertificateRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	private static final Field<Integer> LESSONS_TOTAL_VALUE = DSL.field(DSL.selectCount()
		.from(LESSON)
		.join(COURSE_MODULE)
		.on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
		.where(COURSE_MODULE.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID)));

	private static final Field<Integer> LESSONS_TOTAL = LESSONS_TOTAL_VALUE.as("lessons_total");

	private static final Field<Integer> LESSONS_READ_VALUE = DSL.field(DSL.selectCount()
		.from(LESSON_COMPLETION)
		.where(LESSON_COMPLETION.ENROLMENT_ID.eq(ENROLMENT.ID)));

	private static final Field<Integer> LESSONS_READ = LESSONS_READ_VALUE.as("lessons_read");

	private static final Field<LocalDateTime> LAST_READ_VALUE = DSL.field(DSL.select(DSL.max(LESSON_COMPLETION.COMPLETED_AT))
		.from(LESSON_COMPLETION)
		.where(LESSON_COMPLETION.ENROLMENT_ID.eq(ENROLMENT.ID)));

	private static final Field<LocalDateTime> LAST_READ = LAST_READ_VALUE.as("last_read");

	private static final Field<Boolean> HAS_FINAL_VALUE = DSL.field(DSL.exists(DSL.selectOne()
		.from(QUIZ)
		.where(QUIZ.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID).and(QUIZ.MODULE_ID.isNull()))));

	private static final Field<Boolean> HAS_FINAL = HAS_FINAL_VALUE.as("has_final");

	private static final Field<LocalDateTime> FINAL_PASSED_AT_VALUE = DSL.field(DSL.select(QUIZ_GRADE.LAST_FINISHED_AT)
		.from(QUIZ_GRADE)
		.join(QUIZ)
		.on(QUIZ.ID.eq(QUIZ_GRADE.QUIZ_ID))
		.where(QUIZ.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID)
			.and(QUIZ.MODULE_ID.isNull())
			.and(QUIZ_GRADE.USER_ID.eq(ENROLMENT.USER_ID))
			.and(QUIZ_GRADE.PASSED.isTrue())));

	private static final Field<LocalDateTime> FINAL_PASSED_AT = FINAL_PASSED_AT_VALUE.as("final_passed_at");

	private static final Field<Integer> SKILLS_TOTAL_VALUE = DSL.field(DSL.selectCount()
		.from(COURSE_SKILL)
		.where(COURSE_SKILL.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID)));

	private static final Field<Integer> SKILLS_TOTAL = SKILLS_TOTAL_VALUE.as("skills_total");

	/** Only sign-offs of the enrolment's own version count. */
	private static final Field<Integer> SKILLS_SIGNED_VALUE = DSL.field(DSL.selectCount()
		.from(SKILL_SIGNOFF)
		.join(COURSE_SKILL)
		.on(COURSE_SKILL.ID.eq(SKILL_SIGNOFF.SKILL_ID))
		.where(SKILL_SIGNOFF.ENROLMENT_ID.eq(ENROLMENT.ID)
			.and(COURSE_SKILL.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID))));

	private static final Field<Integer> SKILLS_SIGNED = SKILLS_SIGNED_VALUE.as("skills_signed");

	private static final Field<LocalDateTime> LAST_SIGNED_VALUE = DSL.field(DSL.select(DSL.max(SKILL_SIGNOFF.SIGNED_AT))
		.from(SKILL_SIGNOFF)
		.where(SKILL_SIGNOFF.ENROLMENT_ID.eq(ENROLMENT.ID)));

	private static final Field<LocalDateTime> LAST_SIGNED = LAST_SIGNED_VALUE.as("last_signed");

	private static final Field<Integer> ACTIVE_SECONDS_VALUE = DSL.coalesce(DSL.field(DSL.select(
			ENROLMENT_ACTIVE_TIME.ACTIVE_SECONDS)
		.from(ENROLMENT_ACTIVE_TIME)
		.where(ENROLMENT_ACTIVE_TIME.ENROLMENT_ID.eq(ENROLMENT.ID))), DSL.val(0));

	private static final Field<Integer> ACTIVE_SECONDS = ACTIVE_SECONDS_VALUE.as("active_seconds");

	private static final Field<LocalDateTime> SEAT_TIME_MET_AT = DSL.field(DSL.select(
			ENROLMENT_ACTIVE_TIME.SEAT_TIME_MET_AT)
		.from(ENROLMENT_ACTIVE_TIME)
		.where(ENROLMENT_ACTIVE_TIME.ENROLMENT_ID.eq(ENROLMENT.ID))).as("seat_time_met_at");

	@Override
	public Optional<CompletionRow> completion(long enrolmentId) {
		return selectCompletion().where(ENROLMENT.ID.eq(enrolmentId)).fetchOptional(this::completion);
	}

	@Override
	public List<Long> completedWithoutCertificate(int limit) {
		return dsl.select(ENROLMENT.ID)
			.from(ENROLMENT)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(ENROLMENT.COURSE_VERSION_ID))
			// As CertificateIssuer.complete: a passed final exam is always required (DD023).
			.where(COURSE_VERSION.AWARDS_CERTIFICATE.isTrue()
				.and(COURSE_VERSION.REQUIRES_FINAL_QUIZ.isTrue())
				.and(COURSE_VERSION.REQUIRES_LESSONS.isFalse()
					.or(LESSONS_TOTAL_VALUE.gt(0).and(LESSONS_READ_VALUE.eq(LESSONS_TOTAL_VALUE))))
				.and(FINAL_PASSED_AT_VALUE.isNotNull())
				.and(SKILLS_SIGNED_VALUE.eq(SKILLS_TOTAL_VALUE))
				.and(ACTIVE_SECONDS_VALUE.ge(COURSE_VERSION.MINIMUM_SEAT_MINUTES.mul(60)))
				.andNotExists(DSL.selectOne().from(CERTIFICATE).where(CERTIFICATE.COMPLETION_KEY.eq(ENROLMENT.ID))))
			.limit(limit)
			.fetch(r -> r.value1());
	}

	private SelectOnConditionStep<? extends Record> selectCompletion() {
		return dsl.select(ENROLMENT.ID, ENROLMENT.USER_ID, ENROLMENT.COURSE_ID, ENROLMENT.COURSE_VERSION_ID, COURSE.SLUG,
				APP_USER.FULL_NAME, COURSE_VERSION.TITLE, COURSE_VERSION.VERSION_LABEL, COURSE_VERSION.CE_HOURS,
				COURSE_VERSION.AWARDS_CERTIFICATE, COURSE_VERSION.REQUIRES_LESSONS, COURSE_VERSION.REQUIRES_FINAL_QUIZ,
				LESSONS_TOTAL, LESSONS_READ, LAST_READ, HAS_FINAL, FINAL_PASSED_AT, COURSE_VERSION.CERTIFICATION_AREAS,
				SKILLS_TOTAL, SKILLS_SIGNED, LAST_SIGNED, COURSE_VERSION.MINIMUM_SEAT_MINUTES, ACTIVE_SECONDS,
				SEAT_TIME_MET_AT)
			.from(ENROLMENT)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(ENROLMENT.COURSE_VERSION_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(ENROLMENT.COURSE_ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(ENROLMENT.USER_ID));
	}

	private CompletionRow completion(Record r) {
		return new CompletionRow(r.get(ENROLMENT.ID), r.get(ENROLMENT.USER_ID), r.get(ENROLMENT.COURSE_ID),
				r.get(ENROLMENT.COURSE_VERSION_ID), r.get(COURSE.SLUG), r.get(APP_USER.FULL_NAME),
				r.get(COURSE_VERSION.TITLE), r.get(COURSE_VERSION.VERSION_LABEL), r.get(COURSE_VERSION.CE_HOURS),
				r.get(COURSE_VERSION.AWARDS_CERTIFICATE), r.get(COURSE_VERSION.REQUIRES_LESSONS),
				r.get(COURSE_VERSION.REQUIRES_FINAL_QUIZ), r.get(LESSONS_TOTAL), r.get(LESSONS_READ),
				fromColumn(r.get(LAST_READ)), r.get(HAS_FINAL), fromColumn(r.get(FINAL_PASSED_AT)),
				r.get(COURSE_VERSION.CERTIFICATION_AREAS).data(), r.get(SKILLS_TOTAL), r.get(SKILLS_SIGNED),
				fromColumn(r.get(LAST_SIGNED)), r.get(COURSE_VERSION.MINIMUM_SEAT_MINUTES), r.get(ACTIVE_SECONDS),
				fromColumn(r.get(SEAT_TIME_MET_AT)));
	}

	@Override
	public List<String> signedSkills(long enrolmentId) {
		return dsl.select(COURSE_SKILL.TITLE, APP_USER.FULL_NAME, SKILL_SIGNOFF.SIGNED_ON)
			.from(SKILL_SIGNOFF)
			.join(COURSE_SKILL)
			.on(COURSE_SKILL.ID.eq(SKILL_SIGNOFF.SKILL_ID))
			.join(ENROLMENT)
			.on(ENROLMENT.ID.eq(SKILL_SIGNOFF.ENROLMENT_ID).and(ENROLMENT.COURSE_VERSION_ID.eq(COURSE_SKILL.COURSE_VERSION_ID)))
			.join(APP_USER)
			.on(APP_USER.ID.eq(SKILL_SIGNOFF.INSTRUCTOR_ID))
			.where(SKILL_SIGNOFF.ENROLMENT_ID.eq(enrolmentId))
			.orderBy(COURSE_SKILL.POSITION)
			.fetch(r -> r.value1() + " — signed by " + r.value2() + " on " + r.value3());
	}

	@Override
	public Optional<Long> insert(NewCertificate c) {
		return dsl.insertInto(CERTIFICATE)
			.set(CERTIFICATE.CERTIFICATE_NUMBER, c.number())
			.set(CERTIFICATE.VERIFICATION_CODE, c.verificationCode())
			.set(CERTIFICATE.USER_ID, c.userId())
			.set(CERTIFICATE.ENROLMENT_ID, c.enrolmentId())
			.set(CERTIFICATE.COMPLETION_KEY, c.completionKey())
			.set(CERTIFICATE.COURSE_ID, c.courseId())
			.set(CERTIFICATE.COURSE_VERSION_ID, c.versionId())
			.set(CERTIFICATE.LEARNER_NAME, c.learnerName())
			.set(CERTIFICATE.COURSE_TITLE, c.courseTitle())
			.set(CERTIFICATE.COURSE_VERSION_LABEL, c.versionLabel())
			.set(CERTIFICATE.CONTACT_HOURS, c.contactHours())
			.set(CERTIFICATE.CEUS, c.ceus())
			.set(CERTIFICATE.COMPLETED_AT, toColumn(c.completedAt()))
			.set(CERTIFICATE.TIME_ZONE, c.timeZone())
			.set(CERTIFICATE.CERTIFICATION_AREAS, JSON.json(json.writeValueAsString(c.certificationAreas())))
			.set(CERTIFICATE.SIGNED_SKILLS, JSON.json(json.writeValueAsString(c.signedSkills())))
			.set(CERTIFICATE.PROVIDER_NAME, c.providerName())
			.set(CERTIFICATE.PROVIDER_ADDRESS, c.providerAddress())
			.set(CERTIFICATE.ACCREDITATION_STATEMENT, c.accreditationStatement())
			.set(CERTIFICATE.SIGNATORY_NAME, c.signatoryName())
			.set(CERTIFICATE.SIGNATORY_TITLE, c.signatoryTitle())
			.set(CERTIFICATE.ISSUED_AT, toColumn(c.issuedAt()))
			.set(CERTIFICATE.STATUS, "VALID")
			.set(CERTIFICATE.REISSUE_OF_ID, c.reissueOfId())
			.onDuplicateKeyIgnore()
			.returningResult(CERTIFICATE.ID)
			.fetchOptional()
			.map(r -> r.value1());
	}

	@Override
	public boolean hasCompletionCertificate(long enrolmentId) {
		return dsl.select(CERTIFICATE.ID)
			.from(CERTIFICATE)
			.where(CERTIFICATE.COMPLETION_KEY.eq(enrolmentId))
			.forShare()
			.fetchOptional()
			.isPresent();
	}

	@Override
	public Optional<CertificateRow> findById(long id) {
		return select(CERTIFICATE.ID.eq(id)).fetchOptional(this::certificate);
	}

	@Override
	public Optional<CertificateRow> findByNumber(String number) {
		return select(CERTIFICATE.CERTIFICATE_NUMBER.eq(number)).fetchOptional(this::certificate);
	}

	@Override
	public Optional<CertificateRow> findByVerificationCode(String code) {
		return select(CERTIFICATE.VERIFICATION_CODE.eq(code)).fetchOptional(this::certificate);
	}

	@Override
	public Optional<CertificateRow> lockByNumber(String number) {
		return select(CERTIFICATE.CERTIFICATE_NUMBER.eq(number)).forUpdate().fetchOptional(this::certificate);
	}

	@Override
	public List<CertificateRow> findByUser(long userId) {
		return select(CERTIFICATE.USER_ID.eq(userId)).orderBy(CERTIFICATE.COMPLETED_AT.desc()).fetch(this::certificate);
	}

	@Override
	public List<CertificateRow> findByCourse(String courseSlug) {
		return select(COURSE.SLUG.eq(courseSlug)).orderBy(CERTIFICATE.LEARNER_NAME, CERTIFICATE.ISSUED_AT)
			.fetch(this::certificate);
	}

	private org.jooq.SelectConditionStep<Record> select(Condition condition) {
		return dsl.select(CERTIFICATE.asterisk(), COURSE.SLUG)
			.from(CERTIFICATE)
			.join(COURSE)
			.on(COURSE.ID.eq(CERTIFICATE.COURSE_ID))
			.where(condition);
	}

	private CertificateRow certificate(Record r) {
		return new CertificateRow(r.get(CERTIFICATE.ID), r.get(CERTIFICATE.CERTIFICATE_NUMBER),
				r.get(CERTIFICATE.VERIFICATION_CODE), r.get(CERTIFICATE.USER_ID), r.get(CERTIFICATE.ENROLMENT_ID),
				r.get(CERTIFICATE.COURSE_ID), r.get(COURSE.SLUG), r.get(CERTIFICATE.LEARNER_NAME),
				r.get(CERTIFICATE.COURSE_TITLE), r.get(CERTIFICATE.COURSE_VERSION_LABEL),
				r.get(CERTIFICATE.CONTACT_HOURS), r.get(CERTIFICATE.CEUS), fromColumn(r.get(CERTIFICATE.COMPLETED_AT)),
				r.get(CERTIFICATE.TIME_ZONE), strings(r.get(CERTIFICATE.CERTIFICATION_AREAS)),
				strings(r.get(CERTIFICATE.SIGNED_SKILLS)), r.get(CERTIFICATE.PROVIDER_NAME),
				r.get(CERTIFICATE.PROVIDER_ADDRESS), r.get(CERTIFICATE.ACCREDITATION_STATEMENT),
				r.get(CERTIFICATE.SIGNATORY_NAME), r.get(CERTIFICATE.SIGNATORY_TITLE),
				fromColumn(r.get(CERTIFICATE.ISSUED_AT)), r.get(CERTIFICATE.STATUS),
				fromColumn(r.get(CERTIFICATE.STATUS_CHANGED_AT)), r.get(CERTIFICATE.STATUS_REASON),
				r.get(CERTIFICATE.SUPERSEDED_BY_ID), r.get(CERTIFICATE.REISSUE_OF_ID));
	}

	private List<String> strings(JSON value) {
		return json.readValue(value.data(), STRINGS);
	}

	@Override
	public void changeStatus(long id, String status, Instant at, String reason, Long supersededById) {
		dsl.update(CERTIFICATE)
			.set(CERTIFICATE.STATUS, status)
			.set(CERTIFICATE.STATUS_CHANGED_AT, toColumn(at))
			.set(CERTIFICATE.STATUS_REASON, reason)
			.set(CERTIFICATE.SUPERSEDED_BY_ID, supersededById)
			.where(CERTIFICATE.ID.eq(id))
			.execute();
	}

	@Override
	public void audit(long certificateId, String action, Long actorUserId, Instant at, String detail) {
		dsl.insertInto(CERTIFICATE_AUDIT)
			.set(CERTIFICATE_AUDIT.CERTIFICATE_ID, certificateId)
			.set(CERTIFICATE_AUDIT.ACTION, action)
			.set(CERTIFICATE_AUDIT.ACTOR_USER_ID, actorUserId)
			.set(CERTIFICATE_AUDIT.HAPPENED_AT, toColumn(at))
			.set(CERTIFICATE_AUDIT.DETAIL, detail)
			.execute();
	}

	@Override
	public List<AuditRow> auditLog(long certificateId) {
		return dsl.select(CERTIFICATE.CERTIFICATE_NUMBER, CERTIFICATE_AUDIT.ACTION, APP_USER.EMAIL,
				CERTIFICATE_AUDIT.HAPPENED_AT, CERTIFICATE_AUDIT.DETAIL)
			.from(CERTIFICATE_AUDIT)
			.join(CERTIFICATE)
			.on(CERTIFICATE.ID.eq(CERTIFICATE_AUDIT.CERTIFICATE_ID))
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(CERTIFICATE_AUDIT.ACTOR_USER_ID))
			.where(CERTIFICATE_AUDIT.CERTIFICATE_ID.eq(certificateId))
			.orderBy(CERTIFICATE_AUDIT.HAPPENED_AT, CERTIFICATE_AUDIT.ID)
			.fetch(r -> new AuditRow(r.value1(), r.value2(), r.value3(), fromColumn(r.value4()), r.value5()));
	}

	@Override
	public String currentLearnerName(long userId) {
		return dsl.select(APP_USER.FULL_NAME).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle().value1();
	}

	@Override
	public List<CourseCertificates> courseCertificates(Long taughtBy, String courseSlug) {
		Condition condition = DSL.noCondition();
		if (taughtBy != null) {
			condition = condition.andExists(DSL.selectOne()
				.from(COURSE_INSTRUCTOR)
				.where(COURSE_INSTRUCTOR.COURSE_ID.eq(COURSE.ID).and(COURSE_INSTRUCTOR.USER_ID.eq(taughtBy))));
		}
		if (courseSlug != null) {
			condition = condition.and(COURSE.SLUG.eq(courseSlug));
		}
		return dsl.select(COURSE.ID, COURSE.SLUG, COURSE_VERSION.TITLE, count("VALID"), count("REVOKED"),
				count("SUPERSEDED"))
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.where(condition.and(COURSE_VERSION.AWARDS_CERTIFICATE.isTrue()
				.orExists(DSL.selectOne().from(CERTIFICATE).where(CERTIFICATE.COURSE_ID.eq(COURSE.ID)))))
			.orderBy(COURSE_VERSION.TITLE)
			.fetch(r -> new CourseCertificates(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					r.value6()));
	}

	private static Field<Integer> count(String status) {
		return DSL.field(DSL.selectCount()
			.from(CERTIFICATE)
			.where(CERTIFICATE.COURSE_ID.eq(COURSE.ID).and(CERTIFICATE.STATUS.eq(status))));
	}

	@Override
	public boolean teaches(long userId, long courseId) {
		return dsl.fetchExists(COURSE_INSTRUCTOR,
				COURSE_INSTRUCTOR.USER_ID.eq(userId).and(COURSE_INSTRUCTOR.COURSE_ID.eq(courseId)));
	}

}
