-- A version per scope of what a learner's pages show, moved by the database on every change: see the
-- SQLite migration of the same number for the scopes and why; these are the same triggers in PL/pgSQL.
CREATE TABLE page_version (
    scope    TEXT PRIMARY KEY,
    version  BIGINT NOT NULL
);

CREATE FUNCTION page_version_bump(s TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF s IS NULL THEN RETURN; END IF;
    INSERT INTO page_version (scope, version) VALUES (s, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)
        ON CONFLICT (scope) DO UPDATE SET version = GREATEST(page_version.version + 1, EXCLUDED.version);
END $$;

-- The learner's own work: answers and, through their answer, versions and reviews.
CREATE FUNCTION page_version_answer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM page_version_bump('u:' || OLD.user_id);
    ELSE PERFORM page_version_bump('u:' || NEW.user_id);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION page_version_of_answer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM page_version_bump('u:' || a.user_id) FROM answer a WHERE a.id = OLD.answer_id;
    ELSE PERFORM page_version_bump('u:' || a.user_id) FROM answer a WHERE a.id = NEW.answer_id;
    END IF;
    RETURN NULL;
END $$;

-- A share: its owner and its audience.
CREATE FUNCTION page_version_share() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM page_version_bump('u:' || OLD.user_id);
        PERFORM page_version_bump('c:' || COALESCE(OLD.cohort_id, ''));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM page_version_bump('u:' || NEW.user_id);
        PERFORM page_version_bump('c:' || COALESCE(NEW.cohort_id, ''));
    END IF;
    RETURN NULL;
END $$;

-- A reply: the owner of the share it answers and that share's audience.
CREATE FUNCTION page_version_share_reply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sid TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN sid := OLD.share_id; ELSE sid := NEW.share_id; END IF;
    PERFORM page_version_bump('u:' || s.user_id) FROM share s WHERE s.id = sid;
    PERFORM page_version_bump('c:' || COALESCE(s.cohort_id, '')) FROM share s WHERE s.id = sid;
    RETURN NULL;
END $$;

-- An account: the person, the cohorts they leave and join (their name under shares), and everyone
-- when it is a staff account (a reviewer's name under feedback).
CREATE FUNCTION page_version_app_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM page_version_bump('u:' || OLD.id);
        PERFORM page_version_bump('c:' || COALESCE(OLD.cohort_id, ''));
        IF OLD.role <> 'learner' THEN PERFORM page_version_bump('all'); END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF TG_OP = 'INSERT' THEN PERFORM page_version_bump('u:' || NEW.id); END IF;
        IF TG_OP = 'INSERT' OR OLD.cohort_id IS DISTINCT FROM NEW.cohort_id THEN
            PERFORM page_version_bump('c:' || COALESCE(NEW.cohort_id, ''));
        END IF;
        IF NEW.role <> 'learner' AND (TG_OP = 'INSERT' OR OLD.role = 'learner') THEN PERFORM page_version_bump('all'); END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION page_version_cohort() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM page_version_bump('c:' || OLD.id);
    RETURN NULL;
END $$;

CREATE TRIGGER page_version_answer AFTER INSERT OR UPDATE OR DELETE ON answer FOR EACH ROW EXECUTE FUNCTION page_version_answer();
CREATE TRIGGER page_version_revision AFTER INSERT OR UPDATE OR DELETE ON revision FOR EACH ROW EXECUTE FUNCTION page_version_of_answer();
CREATE TRIGGER page_version_review AFTER INSERT OR UPDATE OR DELETE ON review FOR EACH ROW EXECUTE FUNCTION page_version_of_answer();
CREATE TRIGGER page_version_share AFTER INSERT OR UPDATE OR DELETE ON share FOR EACH ROW EXECUTE FUNCTION page_version_share();
CREATE TRIGGER page_version_share_reply AFTER INSERT OR UPDATE OR DELETE ON share_reply FOR EACH ROW EXECUTE FUNCTION page_version_share_reply();
CREATE TRIGGER page_version_app_user AFTER INSERT OR UPDATE OR DELETE ON app_user FOR EACH ROW EXECUTE FUNCTION page_version_app_user();
CREATE TRIGGER page_version_cohort AFTER UPDATE OR DELETE ON cohort FOR EACH ROW EXECUTE FUNCTION page_version_cohort();
