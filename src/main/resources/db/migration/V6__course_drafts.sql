-- Courses written in the app (DD011). A draft is a course folder kept in the database: course.yml, lessons,
-- quizzes and images are files, as in courses/, so publishing runs the same validator and importer. A draft is
-- private to its authors. Each file carries a version: two authors saving the same file from the same version
-- cannot silently overwrite each other, while they can work on different lessons at once.
CREATE TABLE course_draft (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    course_id       BIGINT      NOT NULL,
    base_version_id BIGINT      NULL,
    created_by      BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_draft_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_draft_base_version FOREIGN KEY (base_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_course_draft_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_draft_author (
    draft_id BIGINT      NOT NULL,
    user_id  BIGINT      NOT NULL,
    added_at DATETIME(6) NOT NULL,
    PRIMARY KEY (draft_id, user_id),
    CONSTRAINT fk_course_draft_author_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_draft_author_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- path is relative to the course folder, with "/" separators, e.g. lessons/leakage-current.md
CREATE TABLE course_draft_file (
    draft_id   BIGINT       NOT NULL,
    path       VARCHAR(300) NOT NULL,
    content    MEDIUMBLOB   NOT NULL,
    version    INT          NOT NULL,
    updated_by BIGINT       NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (draft_id, path),
    CONSTRAINT fk_course_draft_file_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_draft_file_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a version came from: TREE (an import of courses/) or APP (published in the app, or an uploaded ZIP).
-- An import of courses/ compares a course folder with the last version it imported, so a version published in
-- the app is not replaced by an unchanged folder at the next start-up.
ALTER TABLE course_version
    ADD COLUMN origin VARCHAR(10) NOT NULL DEFAULT 'TREE' AFTER content_hash;

-- The lesson file as written in course.yml, so an exported course has its files where the author put them.
ALTER TABLE lesson
    ADD COLUMN source_path VARCHAR(300) NULL AFTER slug;
