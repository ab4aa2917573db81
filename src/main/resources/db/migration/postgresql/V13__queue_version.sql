-- The version of the review queue (scope 'queue' in page_version): see the SQLite migration of the same
-- number for why; the same moments in PL/pgSQL. On PostgreSQL the upsert holds the row's lock until
-- commit, so two submissions at the same moment wait on each other for the rest of their (short)
-- transaction; a draft save does not touch the row.
CREATE FUNCTION page_version_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM page_version_bump('queue');
    RETURN NULL;
END $$;

CREATE TRIGGER page_version_queue_answer_ins AFTER INSERT ON answer FOR EACH ROW
    WHEN (NEW.state = 'submitted') EXECUTE FUNCTION page_version_queue();
CREATE TRIGGER page_version_queue_answer_upd AFTER UPDATE ON answer FOR EACH ROW
    WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.user_id IS DISTINCT FROM NEW.user_id) EXECUTE FUNCTION page_version_queue();
CREATE TRIGGER page_version_queue_answer_del AFTER DELETE ON answer FOR EACH ROW
    WHEN (OLD.state = 'submitted') EXECUTE FUNCTION page_version_queue();
CREATE TRIGGER page_version_queue_app_user_upd AFTER UPDATE ON app_user FOR EACH ROW
    WHEN (OLD.cohort_id IS DISTINCT FROM NEW.cohort_id) EXECUTE FUNCTION page_version_queue();
CREATE TRIGGER page_version_queue_instructor_cohort AFTER INSERT OR UPDATE OR DELETE ON instructor_cohort FOR EACH ROW
    EXECUTE FUNCTION page_version_queue();
