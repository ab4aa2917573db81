package nl.cursusschrift.account;

import java.time.Clock;
import java.time.Duration;
import nl.cursusschrift.db.Database;

/**
 * Slows down password guessing: after 10 failed logins for one e-mail address or 50 from one
 * network address within 15 minutes, further attempts are refused until the window has passed.
 * Counted in the database, so every app instance sees the same counts. The e-mail need not
 * exist: the answer must not reveal whether it does.
 */
public final class LoginThrottle {
    public static final int MAX_PER_ACCOUNT = 10;
    public static final int MAX_PER_ADDRESS = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Database db;
    private final Clock clock;

    public LoginThrottle(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public boolean blocked(String email, String ip) {
        long since = clock.millis() - WINDOW.toMillis();
        return db.reads().withHandle(h -> {
            int perAccount = h.createQuery("SELECT COUNT(*) FROM login_failure WHERE email = :email AND at > :since")
                    .bind("email", Users.normalizeEmail(email)).bind("since", since).mapTo(Integer.class).one();
            if (perAccount >= MAX_PER_ACCOUNT) return true;
            int perAddress = h.createQuery("SELECT COUNT(*) FROM login_failure WHERE ip = :ip AND at > :since")
                    .bind("ip", ip).bind("since", since).mapTo(Integer.class).one();
            return perAddress >= MAX_PER_ADDRESS;
        });
    }

    public void failed(String email, String ip) {
        long now = clock.millis();
        db.write(h -> {
            h.createUpdate("INSERT INTO login_failure (email, ip, at) VALUES (:email, :ip, :now)")
                    .bind("email", Users.normalizeEmail(email)).bind("ip", ip).bind("now", now).execute();
            return h.createUpdate("DELETE FROM login_failure WHERE at < :old").bind("old", now - Duration.ofDays(1).toMillis()).execute();
        });
    }

    /** A successful login clears the account's count (not the address's). */
    public void succeeded(String email) {
        db.write(h -> h.createUpdate("DELETE FROM login_failure WHERE email = :email")
                .bind("email", Users.normalizeEmail(email)).execute());
    }
}
