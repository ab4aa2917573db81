-- Cohorts: a group of learners that shares an enrolment code and, optionally, a start date.
CREATE TABLE cohort (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    code        TEXT NOT NULL UNIQUE,      -- enrolment code, stored upper case
    start_date  TEXT,                      -- YYYY-MM-DD; overrides the course start for its learners
    expires_at  BIGINT,                    -- epoch ms after which the code no longer enrols
    all_open    INTEGER NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL
);

CREATE TABLE app_user (
    id             TEXT PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,   -- stored lower case: e-mail compares case-insensitively
    name           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('learner', 'instructor', 'admin')),
    cohort_id      TEXT REFERENCES cohort (id) ON DELETE SET NULL,
    enrolled_on    TEXT NOT NULL,          -- YYYY-MM-DD, the day the account was made
    start_date     TEXT,                   -- set by an instructor to shift this learner's weeks
    all_open       INTEGER NOT NULL DEFAULT 0,
    created_at     BIGINT NOT NULL
);
CREATE INDEX app_user_cohort ON app_user (cohort_id);
CREATE INDEX app_user_role ON app_user (role);

CREATE TABLE instructor_cohort (
    user_id    TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    cohort_id  TEXT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, cohort_id)
);
CREATE INDEX instructor_cohort_cohort ON instructor_cohort (cohort_id);

-- The cookie holds a random 128-bit id; only its SHA-256 is stored, so a copy of the
-- database does not hand out live sessions.
CREATE TABLE user_session (
    id_hash       TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token    TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Failed logins, counted per e-mail and per address over a sliding 15 minutes.
CREATE TABLE login_failure (
    email  TEXT NOT NULL,
    ip     TEXT NOT NULL,
    at     BIGINT NOT NULL
);
CREATE INDEX login_failure_email ON login_failure (email, at);
CREATE INDEX login_failure_ip ON login_failure (ip, at);

-- One-time password reset links; the token is stored hashed, like session ids.
CREATE TABLE password_reset (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX password_reset_user ON password_reset (user_id);
