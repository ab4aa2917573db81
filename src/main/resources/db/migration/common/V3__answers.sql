-- One row per learner and step: the current state and the draft being written.
CREATE TABLE answer (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    step             INTEGER NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'revision', 'reviewed')),
    draft            TEXT,                    -- JSON: the fields as typed, or NULL when there is no draft
    draft_version    INTEGER NOT NULL DEFAULT 0,
    draft_saved_at   BIGINT,
    revision_count   INTEGER NOT NULL DEFAULT 0,
    submitted_at     BIGINT,                  -- the latest submission
    updated_at       BIGINT NOT NULL,
    UNIQUE (user_id, step)
);
CREATE INDEX answer_state ON answer (state, submitted_at);
CREATE INDEX answer_step_state ON answer (step, state, submitted_at);

-- The assignment as declared when an answer was submitted, kept once per distinct declaration,
-- so an old answer is always read with the fields it was written for.
CREATE TABLE assignment_spec (
    hash        TEXT PRIMARY KEY,
    step        INTEGER NOT NULL,
    source      TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

-- Every submission, never changed afterwards.
CREATE TABLE revision (
    id            TEXT PRIMARY KEY,
    answer_id     TEXT NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    body          TEXT NOT NULL,             -- JSON: the typed, validated fields
    spec_hash     TEXT NOT NULL REFERENCES assignment_spec (hash),
    submitted_at  BIGINT NOT NULL,
    UNIQUE (answer_id, number)
);
