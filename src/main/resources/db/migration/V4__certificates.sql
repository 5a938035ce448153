-- A certificate is an immutable snapshot of what it certifies: everything printed on it is copied here when it
-- is issued, so a later course version, name change or configuration change never alters an issued certificate.
-- Only its status moves: VALID -> REVOKED, or VALID -> SUPERSEDED when it is re-issued.
-- completion_key is the enrolment for the certificate issued on completion: unique, so completing twice at the
-- same moment (two tabs, the sweep job) issues one certificate. Re-issues leave it null.
CREATE TABLE certificate (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    certificate_number      VARCHAR(40)   NOT NULL,
    verification_code       VARCHAR(40)   NOT NULL,
    user_id                 BIGINT        NOT NULL,
    enrolment_id            BIGINT        NOT NULL,
    completion_key          BIGINT        NULL,
    course_id               BIGINT        NOT NULL,
    course_version_id       BIGINT        NOT NULL,
    learner_name            VARCHAR(200)  NOT NULL,
    course_title            VARCHAR(300)  NOT NULL,
    course_version_label    VARCHAR(50)   NOT NULL,
    contact_hours           DECIMAL(5, 2) NOT NULL,
    ceus                    DECIMAL(5, 3) NOT NULL,
    completed_at            DATETIME(6)   NOT NULL,
    time_zone               VARCHAR(60)   NOT NULL,
    certification_areas     JSON          NOT NULL,
    signed_skills           JSON          NOT NULL,
    provider_name           VARCHAR(200)  NOT NULL,
    provider_address        VARCHAR(400)  NOT NULL,
    accreditation_statement TEXT          NOT NULL,
    signatory_name          VARCHAR(200)  NOT NULL,
    signatory_title         VARCHAR(200)  NOT NULL,
    issued_at               DATETIME(6)   NOT NULL,
    status                  VARCHAR(12)   NOT NULL,
    status_changed_at       DATETIME(6)   NULL,
    status_reason           VARCHAR(500)  NULL,
    superseded_by_id        BIGINT        NULL,
    reissue_of_id           BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certificate_number UNIQUE (certificate_number),
    CONSTRAINT uk_certificate_code UNIQUE (verification_code),
    CONSTRAINT uk_certificate_completion UNIQUE (completion_key),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_certificate_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_certificate_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_reissue_of FOREIGN KEY (reissue_of_id) REFERENCES certificate (id),
    INDEX ix_certificate_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every issue, revocation and re-issue, with who did it (null: the platform, on completion) and when.
CREATE TABLE certificate_audit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    certificate_id BIGINT       NOT NULL,
    action         VARCHAR(12)  NOT NULL,
    actor_user_id  BIGINT       NULL,
    happened_at    DATETIME(6)  NOT NULL,
    detail         VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_certificate_audit_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_audit_actor FOREIGN KEY (actor_user_id) REFERENCES app_user (id),
    INDEX ix_certificate_audit_time (happened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- CE earned elsewhere, recorded by the learner and always shown as self-reported.
CREATE TABLE ce_activity (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    user_id           BIGINT        NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    provider          VARCHAR(200)  NOT NULL,
    completed_on      DATE          NOT NULL,
    contact_hours     DECIMAL(5, 2) NOT NULL,
    category          VARCHAR(40)   NOT NULL,
    attachment_name   VARCHAR(200)  NULL,
    attachment        MEDIUMBLOB    NULL,
    created_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ce_activity_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_ce_activity_user (user_id, completed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The certification a learner holds, for the renewal tracker.
CREATE TABLE held_certification (
    user_id          BIGINT      NOT NULL,
    certification    VARCHAR(20) NOT NULL,
    certified_on     DATE        NOT NULL,
    PRIMARY KEY (user_id, certification),
    CONSTRAINT fk_held_certification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
