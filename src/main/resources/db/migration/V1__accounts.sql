-- Accounts and roles. Email is unique case-insensitively: the service stores it lower-cased and the
-- column's collation compares without case as a second guard.
CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    email            VARCHAR(254) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    last_login_at    DATETIME(6)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
