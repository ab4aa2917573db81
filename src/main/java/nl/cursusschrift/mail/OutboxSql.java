package nl.cursusschrift.mail;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The outbox's SQL. ON CONFLICT DO NOTHING is the same in SQLite (3.24+) and PostgreSQL. */
public interface OutboxSql {
    /** Also run without attaching this interface ({@link Outbox#add}): attaching prepares every method, per call. */
    String INSERT = """
            INSERT INTO outbox (id, kind, to_address, to_name, subject, text_body, html_body, unsubscribe_url, dedupe_key,
                                message_id, created_at, status, tries, next_try_at)
            VALUES (:id, :kind, :to, :name, :subject, :text, :html, :unsubscribe, :dedupe, :messageId, :now, 'waiting', 0, :now)
            ON CONFLICT DO NOTHING""";

    @SqlUpdate(INSERT)
    int insert(String id, String kind, String to, String name, String subject, String text, String html,
               String unsubscribe, String dedupe, String messageId, long now);

    /**
     * Marks up to {@code limit} due rows as this batch's. On PostgreSQL {@code lock} is FOR UPDATE SKIP LOCKED,
     * so a second instance claiming at the same moment passes over these rows instead of waiting for them; the
     * outer conditions are checked again on the locked row, so a row is never in two batches. SQLite has one
     * writer, which makes the statement atomic by itself.
     */
    @SqlUpdate("""
            UPDATE outbox SET claimed_by = :claim, claimed_until = :until
            WHERE id IN (SELECT id FROM outbox
                         WHERE status = 'waiting' AND next_try_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
                         ORDER BY next_try_at, created_at LIMIT :limit <lock>)
              AND status = 'waiting' AND (claimed_until IS NULL OR claimed_until < :now)""")
    int claim(String claim, long now, long until, int limit, @Define("lock") String lock);

    @SqlQuery("SELECT " + Row.COLUMNS + " FROM outbox WHERE claimed_by = :claim ORDER BY next_try_at, created_at")
    @RegisterConstructorMapper(Row.class)
    List<Row> claimed(String claim);

    @SqlUpdate("""
            UPDATE outbox SET status = 'sent', sent_at = :now, tries = tries + 1, last_error = NULL, claimed_by = NULL, claimed_until = NULL
            WHERE id = :id AND claimed_by = :claim""")
    int sent(String id, String claim, long now);

    @SqlUpdate("""
            UPDATE outbox SET tries = tries + 1, last_error = :error, next_try_at = :next, claimed_by = NULL, claimed_until = NULL,
                              status = CASE WHEN tries + 1 >= :maxTries THEN 'failed' ELSE 'waiting' END
            WHERE id = :id AND claimed_by = :claim""")
    int failed(String id, String claim, String error, long next, int maxTries);

    /** An admin's "opnieuw proberen": a failed mail waits again, with a fresh count of tries. */
    @SqlUpdate("UPDATE outbox SET status = 'waiting', tries = 0, next_try_at = :now WHERE id = :id AND status = 'failed'")
    int retry(String id, long now);

    @SqlQuery("SELECT " + Row.COLUMNS + " FROM outbox ORDER BY created_at DESC, id LIMIT :limit")
    @RegisterConstructorMapper(Row.class)
    List<Row> newest(int limit);

    @SqlQuery("SELECT " + Row.COLUMNS + " FROM outbox WHERE status = :status ORDER BY created_at DESC, id LIMIT :limit")
    @RegisterConstructorMapper(Row.class)
    List<Row> newestWithStatus(String status, int limit);

    @SqlQuery("SELECT status, COUNT(*) AS count FROM outbox GROUP BY status")
    @RegisterConstructorMapper(Count.class)
    List<Count> counts();

    record Count(String status, long count) {
    }

    /** One stored mail. */
    record Row(String id, String kind, String toAddress, String toName, String subject, String textBody, String htmlBody,
               String unsubscribeUrl, String messageId, long createdAt, String status, int tries, long nextTryAt,
               String lastError, Long sentAt) {
        static final String COLUMNS = "id, kind, to_address, to_name, subject, text_body, html_body, unsubscribe_url, message_id, "
                + "created_at, status, tries, next_try_at, last_error, sent_at";
    }
}
