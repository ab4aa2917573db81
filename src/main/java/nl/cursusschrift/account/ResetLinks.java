package nl.cursusschrift.account;

import java.time.Clock;
import java.time.Duration;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Tx;

/**
 * One-time password reset links without e-mail: an instructor, admin or the CLI makes one and
 * hands it to the learner. Valid for 24 hours, usable once, and only the newest of an account works;
 * only the token's hash is stored.
 */
public final class ResetLinks {
    public static final Duration VALID = Duration.ofHours(24);
    public static final String PATH = "/wachtwoord-herstellen/";

    private final AccountSql sql;
    private final Clock clock;

    public ResetLinks(Database db, Clock clock) {
        this.sql = db.reads().onDemand(AccountSql.class);
        this.clock = clock;
    }

    /** The absolute link for a token, on the site's address. */
    public static String url(String baseUrl, String token) {
        return baseUrl + PATH + token;
    }

    /** Makes a link inside a use case's transaction, replacing any unused earlier one; returns the token for the URL. */
    static String create(Tx tx, String userId, long now) {
        String token = Ids.random();
        tx.sql(AccountSql.class).replaceResets(userId, now);
        tx.sql(AccountSql.class).insertReset(Ids.sha256(token), userId, now + VALID.toMillis(), now);
        tx.publish(new AccountEvents.ResetLinkCreated(userId));
        return token;
    }

    public enum State { VALID, USED, REPLACED, EXPIRED, UNKNOWN }

    public record Lookup(State state, String userId) {
    }

    public Lookup lookup(String token) {
        if (token == null || token.length() != 22) return new Lookup(State.UNKNOWN, null);
        long now = clock.millis();
        return sql.reset(Ids.sha256(token)).map(r -> {
            if (r.usedAt() != null) return new Lookup(State.USED, r.userId());
            if (r.replacedAt() != null) return new Lookup(State.REPLACED, r.userId());
            if (r.expiresAt() <= now) return new Lookup(State.EXPIRED, r.userId());
            return new Lookup(State.VALID, r.userId());
        }).orElse(new Lookup(State.UNKNOWN, null));
    }
}
