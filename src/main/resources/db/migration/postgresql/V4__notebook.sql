-- What a learner chose to share with their cohort: a whole submitted answer, or one item of it.
CREATE TABLE share (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    revision_id  TEXT NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    step         INTEGER NOT NULL,
    target       TEXT NOT NULL,
    cohort_id    TEXT,
    hidden_by    TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    hidden_at    BIGINT,
    created_at   BIGINT NOT NULL,
    UNIQUE (revision_id, target)
);
CREATE INDEX share_step ON share (step, created_at);
CREATE INDEX share_user ON share (user_id);

-- Everything a learner wrote and the feedback they got, for search with PostgreSQL's full-text
-- search in its Dutch configuration (SQLite uses FTS5 for the same table).
CREATE TABLE search_doc (
    id       BIGSERIAL PRIMARY KEY,
    user_id  TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    step     INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    ref      TEXT NOT NULL,
    owner    TEXT NOT NULL,
    body     TEXT NOT NULL,
    tsv      TSVECTOR GENERATED ALWAYS AS (to_tsvector('dutch', body)) STORED
);
CREATE INDEX search_doc_user ON search_doc (user_id, step, kind);
CREATE INDEX search_doc_tsv ON search_doc USING GIN (tsv);

CREATE TABLE audit_event (
    id      TEXT PRIMARY KEY,
    at      BIGINT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL
);
