-- Who teaches a course: instructors see the gradebook and item analysis of the courses they teach.
CREATE TABLE course_instructor (
    course_id   BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    assigned_at DATETIME(6) NOT NULL,
    PRIMARY KEY (course_id, user_id),
    CONSTRAINT fk_course_instructor_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_instructor_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One learner's attempt at one quiz of their pinned course version. public_code is what URLs carry: random, so
-- an attempt cannot be reached by counting (ownership is checked as well). seed fixes the draw, the question
-- order and the choice order, so a resumed attempt looks exactly as it did. deadline is started_at plus the
-- time limit, or null when the quiz has none; a deadline-closed attempt finishes at its deadline.
CREATE TABLE quiz_attempt (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    public_code    CHAR(26)      NOT NULL,
    quiz_id        BIGINT        NOT NULL,
    user_id        BIGINT        NOT NULL,
    enrolment_id   BIGINT        NOT NULL,
    attempt_number INT           NOT NULL,
    seed           BIGINT        NOT NULL,
    state          VARCHAR(12)   NOT NULL,
    started_at     DATETIME(6)   NOT NULL,
    deadline       DATETIME(6)   NULL,
    finished_at    DATETIME(6)   NULL,
    finished_by    VARCHAR(12)   NULL,
    current_slot   INT           NOT NULL DEFAULT 1,
    score          DECIMAL(8, 5) NULL,
    passed         BOOLEAN       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_attempt_code UNIQUE (public_code),
    CONSTRAINT uk_quiz_attempt_number UNIQUE (quiz_id, user_id, attempt_number),
    CONSTRAINT fk_quiz_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT fk_quiz_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    INDEX ix_quiz_attempt_open_deadline (state, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The questions of an attempt, in the order shown. question_id is the exact (immutable) question version.
-- response is what the learner gave, saved as they give it; fraction and outcome are set at submission.
CREATE TABLE attempt_slot (
    attempt_id  BIGINT        NOT NULL,
    slot        INT           NOT NULL,
    question_id BIGINT        NOT NULL,
    mark        DECIMAL(6, 2) NOT NULL,
    response    JSON          NULL,
    answered_at DATETIME(6)   NULL,
    fraction    DECIMAL(8, 7) NULL,
    outcome     VARCHAR(20)   NULL,
    PRIMARY KEY (attempt_id, slot),
    CONSTRAINT fk_attempt_slot_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_attempt_slot_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The learner's grade for a quiz across their finished attempts (the quiz's grading method), kept up to date at
-- every submission so the gradebook, progress and certificates read one row.
CREATE TABLE quiz_grade (
    quiz_id            BIGINT        NOT NULL,
    user_id            BIGINT        NOT NULL,
    enrolment_id       BIGINT        NOT NULL,
    grade              DECIMAL(8, 5) NOT NULL,
    best_score         DECIMAL(8, 5) NOT NULL,
    passed             BOOLEAN       NOT NULL,
    finished_attempts  INT           NOT NULL,
    last_finished_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (quiz_id, user_id),
    CONSTRAINT fk_quiz_grade_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT fk_quiz_grade_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_quiz_grade_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    INDEX ix_quiz_grade_enrolment (enrolment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
