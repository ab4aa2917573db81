-- Issue 20. Every mail is first a row here, written in the same transaction as the change that causes it,
-- so a crash can neither lose it nor send it for a change that was rolled back. A sender drains the table.
-- dedupe_key (nullable, unique) lets a listener that might run twice add a mail only once; several NULLs
-- are allowed in both engines. claimed_by/claimed_until mark a batch one sender is working on, so two
-- instances on one database never send the same row (a claim that outlives its sender simply expires).
CREATE TABLE outbox (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    to_address      TEXT NOT NULL,
    to_name         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT NOT NULL,
    unsubscribe_url TEXT,
    dedupe_key      TEXT UNIQUE,
    message_id      TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'sent', 'failed')),
    tries           INTEGER NOT NULL DEFAULT 0,
    next_try_at     BIGINT NOT NULL,
    last_error      TEXT,
    claimed_by      TEXT,
    claimed_until   BIGINT,
    sent_at         BIGINT
);
-- What the sender asks every few seconds: waiting rows that are due.
CREATE INDEX outbox_due ON outbox (status, next_try_at);
-- The admin page, newest first.
CREATE INDEX outbox_created ON outbox (created_at);
CREATE INDEX outbox_claim ON outbox (claimed_by);

-- A link the person asked for on "Wachtwoord vergeten" replaces only earlier links they asked for
-- themselves; a link an instructor made and handed over keeps working.
ALTER TABLE password_reset ADD COLUMN self_service INTEGER NOT NULL DEFAULT 0;

-- Each "Wachtwoord vergeten" request, whether or not the address has an account, so the limits per address
-- and per network address hold across instances and say nothing about which addresses exist.
CREATE TABLE reset_request (
    email  TEXT NOT NULL,
    ip     TEXT NOT NULL,
    at     BIGINT NOT NULL
);
CREATE INDEX reset_request_email ON reset_request (email, at);
CREATE INDEX reset_request_ip ON reset_request (ip, at);
