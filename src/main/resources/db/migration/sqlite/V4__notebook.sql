-- What a learner chose to share with their cohort: a whole submitted answer, or one item of it.
CREATE TABLE share (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    revision_id  TEXT NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    step         INTEGER NOT NULL,
    target       TEXT NOT NULL,           -- '' for the whole answer, else a field id or 'field[2]'
    cohort_id    TEXT,                    -- the audience: the learner's cohort when shared (NULL: learners without one)
    hidden_by    TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    hidden_at    BIGINT,
    created_at   BIGINT NOT NULL,
    UNIQUE (revision_id, target)
);
CREATE INDEX share_step ON share (step, created_at);
CREATE INDEX share_user ON share (user_id);

-- Everything a learner wrote (drafts, revisions) and the feedback they got, as plain text for
-- search. The FTS5 index reads its text from here; 'owner' is a token derived from the learner's
-- id, so a search only ever walks that learner's postings.
CREATE TABLE search_doc (
    id       INTEGER PRIMARY KEY,
    user_id  TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    step     INTEGER NOT NULL,
    kind     TEXT NOT NULL,               -- draft, revision, feedback
    ref      TEXT NOT NULL,               -- revision number or review id
    owner    TEXT NOT NULL,
    body     TEXT NOT NULL
);
CREATE INDEX search_doc_user ON search_doc (user_id, step, kind);

CREATE VIRTUAL TABLE search_text USING fts5 (
    owner, body,
    content = 'search_doc', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_doc_insert AFTER INSERT ON search_doc BEGIN
    INSERT INTO search_text (rowid, owner, body) VALUES (new.id, new.owner, new.body);
END;
CREATE TRIGGER search_doc_delete AFTER DELETE ON search_doc BEGIN
    INSERT INTO search_text (search_text, rowid, owner, body) VALUES ('delete', old.id, old.owner, old.body);
END;

-- Actions worth a trace, without personal data (e.g. "an account was deleted").
CREATE TABLE audit_event (
    id      TEXT PRIMARY KEY,
    at      BIGINT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL
);
