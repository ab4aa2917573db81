package nl.cursusschrift.account;

import java.time.Clock;
import java.time.Duration;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Transactions;

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

    private final AccountSql reads;
    private final Transactions transactions;
    private final Clock clock;

    public LoginThrottle(Database db, Transactions transactions, Clock clock) {
        this.reads = db.reads().onDemand(AccountSql.class);
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean blocked(String email, String ip) {
        long since = clock.millis() - WINDOW.toMillis();
        if (reads.failuresOfEmail(Users.normalizeEmail(email), since) >= MAX_PER_ACCOUNT) return true;
        return reads.failuresOfAddress(ip, since) >= MAX_PER_ADDRESS;
    }

    public void failed(String email, String ip) {
        long now = clock.millis();
        transactions.run(tx -> {
            AccountSql sql = tx.sql(AccountSql.class);
            sql.insertFailure(Users.normalizeEmail(email), ip, now);
            return sql.purgeFailures(now - Duration.ofDays(1).toMillis());
        });
    }

    /** A successful login clears the account's count (not the address's). */
    public void succeeded(String email) {
        transactions.run(tx -> tx.sql(AccountSql.class).clearFailures(Users.normalizeEmail(email)));
    }
}
