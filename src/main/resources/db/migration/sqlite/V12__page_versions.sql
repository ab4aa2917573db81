-- A version per scope of what a learner's pages show, moved by the database itself on every change,
-- so a page kept in memory (account/LearnerPages) is known to be stale on every app instance: the
-- session query reads the three versions of the signed-in learner with their session, at no extra
-- query. Scopes: 'u:<user id>' (their answers, versions, feedback, shares, the replies to them and
-- their account), 'c:<cohort id>' ('c:' without a cohort: what the cohort shares and replies) and
-- 'all' (a staff account: reviewers' names). A version is the time in ms or one more than before,
-- whichever is larger, so it never repeats even if this table is emptied (it is derived data: a
-- data copy leaves it out). The same triggers exist for PostgreSQL in its V12.
CREATE TABLE page_version (
    scope    TEXT PRIMARY KEY,
    version  BIGINT NOT NULL
);

CREATE TRIGGER page_version_answer_ins AFTER INSERT ON answer BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || NEW.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_revision_ins AFTER INSERT ON revision BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || a.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM answer a WHERE a.id = NEW.answer_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_review_ins AFTER INSERT ON review BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || a.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM answer a WHERE a.id = NEW.answer_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_share_ins AFTER INSERT ON share BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || NEW.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(NEW.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_share_reply_ins AFTER INSERT ON share_reply BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || s.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM share s WHERE s.id = NEW.share_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(s.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM share s WHERE s.id = NEW.share_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_app_user_ins AFTER INSERT ON app_user BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(NEW.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'all', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE NEW.role <> 'learner'
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_answer_upd AFTER UPDATE ON answer BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || NEW.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_revision_upd AFTER UPDATE ON revision BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || a.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM answer a WHERE a.id = NEW.answer_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_review_upd AFTER UPDATE ON review BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || a.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM answer a WHERE a.id = NEW.answer_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_share_upd AFTER UPDATE ON share BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || NEW.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(NEW.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(OLD.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE OLD.cohort_id IS NOT NEW.cohort_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_share_reply_upd AFTER UPDATE ON share_reply BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || s.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM share s WHERE s.id = NEW.share_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(s.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM share s WHERE s.id = NEW.share_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_app_user_upd AFTER UPDATE ON app_user BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(NEW.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(OLD.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE OLD.cohort_id IS NOT NEW.cohort_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'all', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE NEW.role <> 'learner' OR OLD.role <> 'learner'
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_cohort_upd AFTER UPDATE ON cohort BEGIN
    INSERT INTO page_version (scope, version) SELECT 'c:' || NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_answer_del AFTER DELETE ON answer BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || OLD.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_revision_del AFTER DELETE ON revision BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || a.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM answer a WHERE a.id = OLD.answer_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_review_del AFTER DELETE ON review BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || a.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM answer a WHERE a.id = OLD.answer_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_share_del AFTER DELETE ON share BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || OLD.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(OLD.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_share_reply_del AFTER DELETE ON share_reply BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || s.user_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM share s WHERE s.id = OLD.share_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(s.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM share s WHERE s.id = OLD.share_id
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_app_user_del AFTER DELETE ON app_user BEGIN
    INSERT INTO page_version (scope, version) SELECT 'u:' || OLD.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'c:' || COALESCE(OLD.cohort_id, ''), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
    INSERT INTO page_version (scope, version) SELECT 'all', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE OLD.role <> 'learner'
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_cohort_del AFTER DELETE ON cohort BEGIN
    INSERT INTO page_version (scope, version) SELECT 'c:' || OLD.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

