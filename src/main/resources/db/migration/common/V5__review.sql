-- An instructor's feedback on one submitted version: per field or item, and overall. It is a
-- draft until released with a decision; then the learner sees it, and we note when they read it.
CREATE TABLE review (
    id               TEXT PRIMARY KEY,
    answer_id        TEXT NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    revision_number  INTEGER NOT NULL,
    reviewer_id      TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    decision         TEXT CHECK (decision IN ('approved', 'revise')),
    overall          TEXT NOT NULL DEFAULT '',
    comments         TEXT NOT NULL DEFAULT '{}',     -- JSON: target ('field', 'field[2]') -> comment
    released_at      BIGINT,
    read_at          BIGINT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    UNIQUE (answer_id, revision_number)
);
CREATE INDEX review_released ON review (answer_id, released_at);

-- Short standard comments an instructor keeps and inserts while reviewing.
CREATE TABLE feedback_snippet (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX feedback_snippet_user ON feedback_snippet (user_id, created_at);

-- The review queue walks submissions in order per state (and step), keyset by (submitted_at, id).
CREATE INDEX answer_queue ON answer (state, submitted_at, id);
CREATE INDEX answer_step_queue ON answer (step, state, submitted_at, id);
CREATE INDEX answer_user_activity ON answer (user_id, updated_at);
CREATE INDEX app_user_name ON app_user (role, name, id);
