package nl.cursusschrift.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.KeptStatement;
import nl.cursusschrift.db.QueryStats;
import nl.cursusschrift.db.Tx;
import org.jdbi.v3.core.ConnectionException;

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
    private final KeptStatement session = new KeptStatement(AccountSql.SESSION);

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
        Optional<Row> found = find(hash);
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

    /**
     * The session's row, read with plain JDBC: it runs on every signed-in request, including those a
     * kept page answers, and Jdbi's statement set-up and row mapping were most of its cost there; the
     * statement is prepared once per connection ({@link KeptStatement}), preparing it was a quarter.
     */
    private Optional<Row> find(String hash) {
        long start = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
            try {
                PreparedStatement statement = session.on(c);
                statement.setString(1, hash);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(AccountSql.SessionMapper.map(rs)) : Optional.empty();
                }
            } catch (SQLException e) {
                session.discard(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new ConnectionException(e);
        } finally {
            QueryStats.counted(System.nanoTime() - start);
        }
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
