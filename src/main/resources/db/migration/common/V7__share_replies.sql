-- Replies under a shared answer, one level deep: learners of the sharer's cohort and their instructors
-- answer what was shared. A reply goes with its share (the sharer withdrawing it removes the thread)
-- and with its author's account. read_at is when the sharer's notebook showed it to them.
CREATE TABLE share_reply (
    id          TEXT PRIMARY KEY,
    share_id    TEXT NOT NULL REFERENCES share (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    hidden_by   TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    hidden_at   BIGINT,
    read_at     BIGINT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX share_reply_share ON share_reply (share_id, created_at);
CREATE INDEX share_reply_user ON share_reply (user_id);
