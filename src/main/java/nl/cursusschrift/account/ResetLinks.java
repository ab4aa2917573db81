package nl.cursusschrift.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import org.jdbi.v3.core.Handle;

/**
 * One-time password reset links without e-mail: an instructor, admin or the CLI makes one and
 * hands it to the learner. Valid for 24 hours, usable once; only the token's hash is stored.
 */
public final class ResetLinks {
    public static final Duration VALID = Duration.ofHours(24);
    public static final String PATH = "/wachtwoord-herstellen/";

    private final Database db;
    private final Clock clock;

    public ResetLinks(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Makes a link for the user; returns the token for the URL. */
    public String create(String userId) {
        long now = clock.millis();
        return db.write(h -> create(h, userId, now));
    }

    static String create(Handle h, String userId, long now) {
        String token = Ids.random();
        h.createUpdate("INSERT INTO password_reset (token_hash, user_id, expires_at, used_at, created_at) "
                        + "VALUES (:hash, :user, :expires, NULL, :now)")
                .bind("hash", Ids.sha256(token)).bind("user", userId)
                .bind("expires", now + VALID.toMillis()).bind("now", now).execute();
        return token;
    }

    public enum State { VALID, USED, EXPIRED, UNKNOWN }

    public record Lookup(State state, String userId) {
    }

    public Lookup lookup(String token) {
        if (token == null || token.length() != 22) return new Lookup(State.UNKNOWN, null);
        long now = clock.millis();
        return db.reads().withHandle(h -> h.createQuery("SELECT user_id, expires_at, used_at FROM password_reset WHERE token_hash = :hash")
                .bind("hash", Ids.sha256(token))
                .map((rs, ctx) -> {
                    if (rs.getObject("used_at") != null) return new Lookup(State.USED, rs.getString("user_id"));
                    if (rs.getLong("expires_at") <= now) return new Lookup(State.EXPIRED, rs.getString("user_id"));
                    return new Lookup(State.VALID, rs.getString("user_id"));
                }).findOne()).orElse(new Lookup(State.UNKNOWN, null));
    }

    /**
     * Uses the link: sets the new password and ends every session of the user, in one
     * transaction. Returns the user id, or empty when the link was used or expired meanwhile.
     */
    public Optional<String> use(String token, String newPasswordHash) {
        long now = clock.millis();
        String hash = Ids.sha256(token);
        return db.write(h -> {
            Optional<String> user = h.createQuery("SELECT user_id FROM password_reset WHERE token_hash = :hash "
                            + "AND used_at IS NULL AND expires_at > :now")
                    .bind("hash", hash).bind("now", now).mapTo(String.class).findOne();
            if (user.isEmpty()) return Optional.empty();
            h.createUpdate("UPDATE password_reset SET used_at = :now WHERE token_hash = :hash").bind("now", now).bind("hash", hash).execute();
            Users.updatePassword(h, user.get(), newPasswordHash);
            Sessions.destroyAllOf(h, user.get(), null);
            return user;
        });
    }
}
