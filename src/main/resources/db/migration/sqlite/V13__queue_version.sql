-- The version of the review queue (scope 'queue' in page_version, see V12): moved by every change that
-- can change how many submissions wait for someone on the staff, so the count on "Nakijken" in every
-- staff page's menu is kept per staff member and read again only when this version moved. It rides on
-- the session query like the other versions; a learner's session reads 0 for it, so a submission
-- elsewhere never makes a learner's kept page new. One row for everyone: submissions are rare next to
-- page views, and only a change of state moves it (a draft saved every few seconds does not).
CREATE TRIGGER page_version_queue_answer_ins AFTER INSERT ON answer WHEN NEW.state = 'submitted' BEGIN
    INSERT INTO page_version (scope, version) SELECT 'queue', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_queue_answer_upd AFTER UPDATE ON answer WHEN OLD.state IS NOT NEW.state OR OLD.user_id IS NOT NEW.user_id BEGIN
    INSERT INTO page_version (scope, version) SELECT 'queue', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_queue_answer_del AFTER DELETE ON answer WHEN OLD.state = 'submitted' BEGIN
    INSERT INTO page_version (scope, version) SELECT 'queue', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

-- Whose submissions a staff member sees: a learner's cohort and an instructor's cohorts.
CREATE TRIGGER page_version_queue_app_user_upd AFTER UPDATE ON app_user WHEN OLD.cohort_id IS NOT NEW.cohort_id BEGIN
    INSERT INTO page_version (scope, version) SELECT 'queue', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_queue_instructor_cohort_ins AFTER INSERT ON instructor_cohort BEGIN
    INSERT INTO page_version (scope, version) SELECT 'queue', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_queue_instructor_cohort_upd AFTER UPDATE ON instructor_cohort BEGIN
    INSERT INTO page_version (scope, version) SELECT 'queue', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;

CREATE TRIGGER page_version_queue_instructor_cohort_del AFTER DELETE ON instructor_cohort BEGIN
    INSERT INTO page_version (scope, version) SELECT 'queue', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE true
        ON CONFLICT (scope) DO UPDATE SET version = MAX(page_version.version + 1, excluded.version);
END;
