package nl.cursusschrift.mail;

import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The outbox's SQL. ON CONFLICT DO NOTHING is the same in SQLite (3.24+) and PostgreSQL. */
public interface OutboxSql {
    @SqlUpdate("""
            INSERT INTO outbox (id, kind, to_address, to_name, subject, text_body, html_body, unsubscribe_url, dedupe_key,
                                message_id, created_at, status, tries, next_try_at)
            VALUES (:id, :kind, :to, :name, :subject, :text, :html, :unsubscribe, :dedupe, :messageId, :now, 'waiting', 0, :now)
            ON CONFLICT DO NOTHING""")
    int insert(String id, String kind, String to, String name, String subject, String text, String html,
               String unsubscribe, String dedupe, String messageId, long now);
}
