-- Which optional mails a person switched off. No row means on: a new account gets every notice it may have.
CREATE TABLE mail_preference (
    user_id     TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('reminder', 'feedback', 'reply', 'digest')),
    enabled     INTEGER NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- How many steps were open for a learner when the morning reminders last looked; a step beyond it is new.
CREATE TABLE reminder_watch (
    user_id     TEXT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    open_steps  INTEGER NOT NULL,
    updated_at  BIGINT NOT NULL
);

-- Each step a learner was told about (or deliberately not told about), once: the primary key is what
-- keeps a step from being announced twice, also when two app instances run the reminders at once.
CREATE TABLE reminder_step (
    user_id     TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    step        INTEGER NOT NULL,
    mailed      INTEGER NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (user_id, step)
);

-- Feedback and replies waiting to be told in one batched mail. Written in the transaction that
-- released the feedback or posted the reply; handled_at is set by the batch that mailed (or skipped) it.
CREATE TABLE pending_notice (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('feedback', 'reply')),
    step        INTEGER NOT NULL,
    detail      TEXT NOT NULL,             -- feedback: 'approved' or 'revise'; reply: the reply's id
    created_at  BIGINT NOT NULL,
    handled_at  BIGINT
);
CREATE INDEX pending_notice_open ON pending_notice (handled_at, kind, user_id, created_at);

-- The secret address of a person's calendar feed. Kept as is (not hashed) because /account shows the
-- address again; the feed only tells step dates and titles. Deleting the row revokes the address.
CREATE TABLE calendar_feed (
    user_id     TEXT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    token       TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL
);

-- The iCalendar SEQUENCE of a learner's events: raised whenever their dates may have moved (a shifted
-- start, steps opened, another cohort), so calendar apps replace the events they already have.
CREATE TABLE calendar_revision (
    user_id     TEXT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    sequence    INTEGER NOT NULL
);
