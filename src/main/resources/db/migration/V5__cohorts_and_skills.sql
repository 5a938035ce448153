-- A cohort is a class (e.g. "BMET 201 — Spring 2027") or an employer group, run by one or more instructors.
-- Learners join with the join code (or the link that carries it) until it expires, or are added by email.
CREATE TABLE cohort (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    name            VARCHAR(200) NOT NULL,
    join_code       VARCHAR(20)  NOT NULL,
    join_expires_at DATETIME(6)  NULL,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_cohort_join_code UNIQUE (join_code),
    CONSTRAINT fk_cohort_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort_instructor (
    cohort_id BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    added_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (cohort_id, user_id),
    CONSTRAINT fk_cohort_instructor_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_instructor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort_course (
    cohort_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    due_on    DATE   NULL,
    PRIMARY KEY (cohort_id, course_id),
    CONSTRAINT fk_cohort_course_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_course_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort_member (
    cohort_id BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    PRIMARY KEY (cohort_id, user_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_member_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_cohort_member_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Practical skills a course version lists (course.yml `skills:`), each with a short checklist, and their
-- sign-off by an instructor. A course that lists skills is complete only when all of them are signed.
CREATE TABLE course_skill (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id BIGINT       NOT NULL,
    position          INT          NOT NULL,
    slug              VARCHAR(100) NOT NULL,
    title             VARCHAR(300) NOT NULL,
    checklist         JSON         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_skill_slug UNIQUE (course_version_id, slug),
    CONSTRAINT fk_course_skill_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE skill_signoff (
    enrolment_id  BIGINT       NOT NULL,
    skill_id      BIGINT       NOT NULL,
    instructor_id BIGINT       NOT NULL,
    signed_on     DATE         NOT NULL,
    note          VARCHAR(1000) NULL,
    signed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (enrolment_id, skill_id),
    CONSTRAINT fk_skill_signoff_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_skill_signoff_skill FOREIGN KEY (skill_id) REFERENCES course_skill (id),
    CONSTRAINT fk_skill_signoff_instructor FOREIGN KEY (instructor_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
