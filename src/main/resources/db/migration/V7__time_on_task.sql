-- Time on task (DD021, docs/ce-hours.md, "Time on task"). A course version keeps its minimum seat time in whole
-- minutes: the final exam opens, and the certificate issues, only once the learner's measured active time in that
-- version reaches it. 0 means no minimum. seat_minutes_stated says course.yml stated it; otherwise it is the
-- default, half the contact hours, and an exported course.yml leaves it out so it follows ceHours again.
ALTER TABLE course_version
    ADD COLUMN minimum_seat_minutes INT     NOT NULL DEFAULT 0 AFTER ce_hours,
    ADD COLUMN seat_minutes_stated  BOOLEAN NOT NULL DEFAULT FALSE AFTER minimum_seat_minutes;

-- Versions published before time was measured get the default too: a certificate claims hours, and from now on
-- the platform only vouches for hours it has seen. Learners part-way through such a version build up their time
-- from here on.
UPDATE course_version SET minimum_seat_minutes = FLOOR(ce_hours * 30);

-- Active seconds per enrolment (the running total the minimum is checked against), per lesson and per quiz
-- attempt. seat_time_met_at is when the total first reached the version's minimum: a certificate whose last
-- step was the seat time is dated then.
CREATE TABLE enrolment_active_time (
    enrolment_id     BIGINT      NOT NULL,
    active_seconds   INT         NOT NULL,
    seat_time_met_at DATETIME(6) NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (enrolment_id),
    CONSTRAINT fk_enrolment_active_time_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson_active_time (
    enrolment_id   BIGINT      NOT NULL,
    lesson_id      BIGINT      NOT NULL,
    active_seconds INT         NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_active_time_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_lesson_active_time_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attempt_active_time (
    attempt_id     BIGINT      NOT NULL,
    active_seconds INT         NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (attempt_id),
    CONSTRAINT fk_attempt_active_time_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Up to when a learner's time has been credited, across every page and tab: a report is credited at most the
-- time since then, so two tabs open side by side cannot count the same minute twice.
CREATE TABLE learner_time_clock (
    user_id        BIGINT      NOT NULL,
    credited_until DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_learner_time_clock_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
