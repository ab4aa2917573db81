package nl.cursusschrift.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import org.jdbi.v3.core.Handle;

/**
 * Server-side sessions in the database, so several app instances share them. A session ends
 * after {@link #IDLE} without activity or {@link #ABSOLUTE} after login, whichever comes first.
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofHours(24);
    public static final Duration ABSOLUTE = Duration.ofDays(14);
    /** "Last seen" is written at most this often, so reading pages does not cost a write each. */
    private static final long TOUCH_AFTER_MS = Duration.ofMinutes(5).toMillis();

    private static final String RESOLVE = """
            SELECT u.id, u.email, u.name, u.role, u.cohort_id, u.enrolled_on, u.start_date, u.all_open,
                   c.start_date AS cohort_start, c.all_open AS cohort_all_open,
                   s.id_hash, s.csrf_token, s.created_at AS session_created, s.last_seen_at
            FROM user_session s
            JOIN app_user u ON u.id = s.user_id
            LEFT JOIN cohort c ON c.id = u.cohort_id
            WHERE s.id_hash = :hash""";

    private record Row(CurrentUser user, long created, long lastSeen) {
    }

    private final Database db;
    private final Clock clock;

    public Sessions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Starts a session for the user and returns the cookie value (the only place it exists in clear). */
    public static String create(Handle h, String userId, long now) {
        String token = Ids.random();
        h.createUpdate("INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at) "
                        + "VALUES (:hash, :user, :csrf, :now, :now)")
                .bind("hash", Ids.sha256(token)).bind("user", userId).bind("csrf", Ids.random()).bind("now", now)
                .execute();
        return token;
    }

    public static void destroy(Handle h, String idHash) {
        h.createUpdate("DELETE FROM user_session WHERE id_hash = :hash").bind("hash", idHash).execute();
    }

    /** Ends every session of a user except one (after a password change), or all when except is null. */
    public static void destroyAllOf(Handle h, String userId, String exceptHash) {
        h.createUpdate("DELETE FROM user_session WHERE user_id = :user AND id_hash <> :except")
                .bind("user", userId).bind("except", exceptHash == null ? "" : exceptHash).execute();
    }

    public Optional<CurrentUser> resolve(String token) {
        if (token == null || token.length() != 22) return Optional.empty();
        String hash = Ids.sha256(token);
        Optional<Row> found = db.reads().withHandle(h -> h.createQuery(RESOLVE).bind("hash", hash).map((rs, ctx) -> new Row(
                new CurrentUser(
                        rs.getString("id"),
                        rs.getString("email"),
                        rs.getString("name"),
                        Role.ofUser(rs.getString("role")),
                        rs.getString("cohort_id"),
                        Users.date(rs, "enrolled_on"),
                        Users.date(rs, "start_date"),
                        rs.getInt("all_open") == 1,
                        Users.date(rs, "cohort_start"),
                        rs.getInt("cohort_all_open") == 1,
                        rs.getString("id_hash"),
                        rs.getString("csrf_token")),
                rs.getLong("session_created"),
                rs.getLong("last_seen_at"))).findOne());
        if (found.isEmpty()) return Optional.empty();
        long now = clock.millis();
        Row row = found.get();
        if (now - row.created() > ABSOLUTE.toMillis() || now - row.lastSeen() > IDLE.toMillis()) {
            db.writeLater(h -> {
                destroy(h, hash);
                return null;
            });
            return Optional.empty();
        }
        if (now - row.lastSeen() > TOUCH_AFTER_MS) {
            db.write(h -> h.createUpdate("UPDATE user_session SET last_seen_at = :now WHERE id_hash = :hash")
                    .bind("now", now).bind("hash", hash).execute());
        }
        return Optional.of(row.user());
    }

    /** Removes sessions that can no longer be used; run now and then. */
    public void purgeExpired() {
        long now = clock.millis();
        db.writeLater(h -> h.createUpdate("DELETE FROM user_session WHERE created_at < :absolute OR last_seen_at < :idle")
                .bind("absolute", now - ABSOLUTE.toMillis()).bind("idle", now - IDLE.toMillis()).execute());
    }
}
