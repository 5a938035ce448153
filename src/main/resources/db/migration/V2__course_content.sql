-- Course content imported from courses/. A course keeps every version ever published: a version and
-- everything under it (modules, lessons, assets, quizzes, questions) is written once and never changed,
-- so learners keep the version they started and results always refer to the exact text they were shown.
CREATE TABLE course (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    slug               VARCHAR(100) NOT NULL,
    current_version_id BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_version (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    course_id           BIGINT        NOT NULL,
    version_number      INT           NOT NULL,
    version_label       VARCHAR(50)   NOT NULL,
    content_hash        CHAR(64)      NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    track               VARCHAR(20)   NOT NULL,
    level               VARCHAR(20)   NOT NULL,
    summary             TEXT          NOT NULL,
    ce_hours            DECIMAL(5, 2) NOT NULL,
    awards_certificate  BOOLEAN       NOT NULL,
    requires_lessons    BOOLEAN       NOT NULL,
    requires_final_quiz BOOLEAN       NOT NULL,
    objectives          JSON          NOT NULL,
    certification_areas JSON          NOT NULL,
    prerequisites       JSON          NOT NULL,
    authors             JSON          NOT NULL,
    reference_list      JSON          NOT NULL,
    published_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_version_number UNIQUE (course_id, version_number),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE course
    ADD CONSTRAINT fk_course_current_version FOREIGN KEY (current_version_id) REFERENCES course_version (id);

CREATE TABLE course_module (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id BIGINT       NOT NULL,
    position          INT          NOT NULL,
    slug              VARCHAR(100) NOT NULL,
    title             VARCHAR(300) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_module_position UNIQUE (course_version_id, position),
    CONSTRAINT fk_course_module_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    module_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    slug       VARCHAR(150) NOT NULL,
    title      VARCHAR(300) NOT NULL,
    markdown   MEDIUMTEXT   NOT NULL,
    html       MEDIUMTEXT   NOT NULL,
    word_count INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lesson_position UNIQUE (module_id, position),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_asset (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id BIGINT       NOT NULL,
    path              VARCHAR(300) NOT NULL,
    content_type      VARCHAR(100) NOT NULL,
    content           MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_asset_path UNIQUE (course_version_id, path),
    CONSTRAINT fk_course_asset_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A module quiz has module_id; the final exam has none.
CREATE TABLE quiz (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id  BIGINT       NOT NULL,
    module_id          BIGINT       NULL,
    source_file        VARCHAR(300) NOT NULL,
    pass_mark          INT          NOT NULL,
    attempts_allowed   INT          NOT NULL,
    time_limit_minutes INT          NOT NULL,
    shuffle_questions  BOOLEAN      NOT NULL,
    shuffle_answers    BOOLEAN      NOT NULL,
    draw_count         INT          NOT NULL,
    review_policy      VARCHAR(20)  NOT NULL,
    grading_method     VARCHAR(10)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_quiz_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_quiz_module FOREIGN KEY (module_id) REFERENCES course_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- definition holds the whole question as parsed (choices, fractions, feedback): the answer key.
CREATE TABLE question (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    quiz_id          BIGINT       NOT NULL,
    position         INT          NOT NULL,
    title            VARCHAR(300) NULL,
    category         VARCHAR(300) NULL,
    question_type    VARCHAR(20)  NOT NULL,
    source_line      INT          NOT NULL,
    definition       JSON         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_question_position UNIQUE (quiz_id, position),
    CONSTRAINT fk_question_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner's enrolment pins the course version they started.
CREATE TABLE enrolment (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    user_id           BIGINT      NOT NULL,
    course_id         BIGINT      NOT NULL,
    course_version_id BIGINT      NOT NULL,
    enrolled_at       DATETIME(6) NOT NULL,
    last_lesson_id    BIGINT      NULL,
    last_activity_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_enrolment_learner_course UNIQUE (user_id, course_id),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_enrolment_last_lesson FOREIGN KEY (last_lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson_completion (
    enrolment_id BIGINT      NOT NULL,
    lesson_id    BIGINT      NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_completion_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_lesson_completion_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
