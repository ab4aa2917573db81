-- Issue 22: LTI 1.3. V9 (mail outbox) and V10 (notifications) come from other branches; Flyway takes them in order.

-- A learning platform (Moodle, Canvas, ...) that launches this tool, as its administrator registered it.
CREATE TABLE lti_platform (
    id          TEXT PRIMARY KEY,
    issuer      TEXT NOT NULL,
    client_id   TEXT NOT NULL,
    auth_url    TEXT NOT NULL,   -- OIDC authorisation endpoint the login step redirects to
    token_url   TEXT NOT NULL,   -- OAuth 2 token endpoint (grade passback, roster)
    jwks_url    TEXT NOT NULL,   -- the platform's public keys
    created_at  BIGINT NOT NULL,
    UNIQUE (issuer, client_id)
);

-- A launch is accepted only from a deployment the administrator registered.
CREATE TABLE lti_deployment (
    platform_id    TEXT NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    deployment_id  TEXT NOT NULL,
    PRIMARY KEY (platform_id, deployment_id)
);

-- The tool's own RSA signing keys (JWK JSON with the private part). The newest unretired one signs;
-- a retired one stays published for a while so platforms that cached it still verify what it signed.
CREATE TABLE lti_key (
    kid         TEXT PRIMARY KEY,
    jwk         TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    retired_at  BIGINT
);

-- OIDC login in progress: the state (stored hashed) and nonce are used once and expire after minutes.
CREATE TABLE lti_login (
    state_hash   TEXT PRIMARY KEY,
    nonce        TEXT NOT NULL,
    platform_id  TEXT NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX lti_login_expires ON lti_login (expires_at);

-- (issuer, sub) of a platform user to one local account. When the account is deleted the row stays with
-- user_id NULL: that person was removed here and cannot come back in through a launch.
CREATE TABLE lti_identity (
    platform_id  TEXT NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    subject      TEXT NOT NULL,
    user_id      TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (platform_id, subject)
);
CREATE INDEX lti_identity_user ON lti_identity (user_id);

-- A course on the platform, with the cohort it became here and its service endpoints from the last launch.
CREATE TABLE lti_context (
    platform_id    TEXT NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    context_id     TEXT NOT NULL,
    cohort_id      TEXT REFERENCES cohort (id) ON DELETE SET NULL,
    title          TEXT NOT NULL,
    memberships_url TEXT,
    lineitems_url  TEXT,
    PRIMARY KEY (platform_id, context_id)
);
CREATE INDEX lti_context_cohort ON lti_context (cohort_id);

-- A link placed on the platform, the step it opens and the line item its grades go to.
CREATE TABLE lti_resource_link (
    platform_id   TEXT NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    link_id       TEXT NOT NULL,
    context_id    TEXT NOT NULL,
    step          INTEGER,
    lineitem_url  TEXT,
    PRIMARY KEY (platform_id, link_id)
);
CREATE INDEX lti_resource_link_step ON lti_resource_link (platform_id, context_id, step);

-- A session begun by a launch: its pages may be framed by that platform's origin only.
CREATE TABLE lti_session (
    id_hash       TEXT PRIMARY KEY REFERENCES user_session (id_hash) ON DELETE CASCADE,
    frame_origin  TEXT NOT NULL
);

-- A deep-linking request waiting for the instructor's choice; used once.
CREATE TABLE lti_deep_link (
    id             TEXT PRIMARY KEY,
    platform_id    TEXT NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    deployment_id  TEXT NOT NULL,
    return_url     TEXT NOT NULL,
    data           TEXT,
    accept_multiple INTEGER NOT NULL,
    expires_at     BIGINT NOT NULL
);

-- Grade passback as an outbox: a score is written in the same transaction as the submission or review
-- that caused it, then sent (and retried) until the platform took it. sent_at set = done, never again.
CREATE TABLE lti_score (
    id            TEXT PRIMARY KEY,
    platform_id   TEXT NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    lineitem_url  TEXT NOT NULL,
    payload       TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_at       BIGINT NOT NULL,
    sent_at       BIGINT,
    last_error    TEXT
);
CREATE INDEX lti_score_due ON lti_score (sent_at, next_at);
