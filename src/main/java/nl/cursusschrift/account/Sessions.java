package nl.cursusschrift.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Tx;

/**
 * Server-side sessions in the database, so several app instances share them. A session ends after
 * {@link #IDLE} without activity or {@link #ABSOLUTE} after login, whichever comes first; one the
 * person asked to remember ("Ingelogd blijven") lasts {@link #REMEMBERED}, used or not.
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofHours(24);
    public static final Duration ABSOLUTE = Duration.ofDays(14);
    public static final Duration REMEMBERED = Duration.ofDays(30);
    /** "Last seen" is written at most this often, so reading pages does not cost a write each. */
    private static final long TOUCH_AFTER_MS = Duration.ofMinutes(5).toMillis();

    /** The signed-in person of a session, with when the session began and was last seen. */
    record Row(CurrentUser user, long created, long lastSeen, boolean remember) {
        boolean expired(long now) {
            if (remember) return now - created > REMEMBERED.toMillis();
            return now - created > ABSOLUTE.toMillis() || now - lastSeen > IDLE.toMillis();
        }
    }

    /** A session as its owner sees it in their list. */
    public record Listed(String idHash, String device, long created, long lastSeen, boolean remember) {
    }

    /** What a new session starts with. */
    record Start(boolean remember, String userAgent, boolean passwordOutdated) {
        static final Start PLAIN = new Start(false, null, false);
    }

    private final Database db;
    private final AccountSql sql;
    private final Clock clock;

    public Sessions(Database db, Clock clock) {
        this.db = db;
        this.sql = db.reads().onDemand(AccountSql.class);
        this.clock = clock;
    }

    /** Starts a session for the user and returns the cookie value (the only place it exists in clear). */
    public static String create(Tx tx, String userId, long now) {
        return create(tx, userId, now, Start.PLAIN);
    }

    static String create(Tx tx, String userId, long now, Start start) {
        String token = Ids.random();
        tx.sql(AccountSql.class).insertSession(Ids.sha256(token), userId, Ids.random(), now, start.remember() ? 1 : 0,
                Device.describe(start.userAgent()), start.passwordOutdated() ? 1 : 0);
        return token;
    }

    public Optional<CurrentUser> resolve(String token) {
        if (token == null || token.length() != 22) return Optional.empty();
        String hash = Ids.sha256(token);
        Optional<Row> found = sql.session(hash);
        if (found.isEmpty()) return Optional.empty();
        long now = clock.millis();
        Row row = found.get();
        if (row.expired(now)) {
            db.writeLater(h -> {
                h.attach(AccountSql.class).deleteSession(hash);
                return null;
            });
            return Optional.empty();
        }
        if (now - row.lastSeen() > TOUCH_AFTER_MS) {
            db.write(h -> {
                h.attach(AccountSql.class).touchSession(hash, now);
                return null;
            });
        }
        return Optional.of(row.user());
    }

    /** The user's sessions that still work, the most recently used first. */
    public List<Listed> of(String userId) {
        long now = clock.millis();
        return sql.sessionList(userId).stream()
                .filter(s -> !new Row(null, s.created(), s.lastSeen(), s.remember()).expired(now)).toList();
    }

    /** Removes sessions that can no longer be used; run now and then. */
    public void purgeExpired() {
        long now = clock.millis();
        db.writeLater(h -> {
            h.attach(AccountSql.class).purgeSessions(now - REMEMBERED.toMillis(), now - ABSOLUTE.toMillis(), now - IDLE.toMillis());
            return null;
        });
    }
}
