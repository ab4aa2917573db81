package nl.cursusschrift.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Transactions;

/**
 * Slows down guessing (ASVS 2.2.1) without handing anyone a way to lock the owner out: failures are
 * counted per (subject, address) and per address, never per account alone. A subject is what is
 * guessed at: an e-mail address (login, and the password asked again on /account), or a kind of code
 * ({@link #ENROLMENT_CODE}, {@link #RESET_LINK}). After a few failures each next try must wait, twice as
 * long every time (soft); after many the pair or the address waits out the window (hard). The owner,
 * typing the right password from their own address, is never held back by someone else's guesses,
 * except that one account gets at most 100 failures an hour from addresses that already failed on it.
 * Counted in the database, so every app instance sees the same counts. The e-mail need not exist.
 */
public final class LoginThrottle {
    public static final String ENROLMENT_CODE = "code:inschrijving";
    public static final String RESET_LINK = "code:herstellink";
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration HOUR = Duration.ofHours(1);
    static final int PAIR_FREE = 3;
    static final int PAIR_BLOCK = 10;
    static final int ADDRESS_FREE = 20;
    static final int ADDRESS_BLOCK = 50;
    static final int ACCOUNT_PER_HOUR = 100;
    static final long MAX_SOFT_DELAY_MS = Duration.ofMinutes(1).toMillis();

    /** How long to wait before the next try; zero when it may go ahead. A wait over a minute is a hard block. */
    public record Verdict(long waitSeconds) {
        public boolean allowed() {
            return waitSeconds <= 0;
        }

        public boolean hard() {
            return waitSeconds > MAX_SOFT_DELAY_MS / 1000;
        }

        /** "Wacht nog 40 seconden en probeer het dan opnieuw." */
        public String waitText() {
            return "Wacht nog " + nl.cursusschrift.text.Dutch.duration(waitSeconds) + " en probeer het dan opnieuw.";
        }

        /** Answers 429 with Retry-After; the caller renders the page. */
        public void refuse(io.javalin.http.Context ctx) {
            ctx.status(429);
            ctx.header("Retry-After", String.valueOf(waitSeconds));
        }
    }

    private final AccountSql reads;
    private final Transactions transactions;
    private final Clock clock;

    public LoginThrottle(Database db, Transactions transactions, Clock clock) {
        this.reads = db.reads().onDemand(AccountSql.class);
        this.transactions = transactions;
        this.clock = clock;
    }

    public Verdict check(String subject, String address) {
        long now = clock.millis();
        String who = Users.normalizeEmail(subject);
        List<Long> pairInHour = reads.failuresOfPair(who, address, now - HOUR.toMillis(), ACCOUNT_PER_HOUR);
        List<Long> pair = pairInHour.stream().filter(at -> at > now - WINDOW.toMillis()).toList();
        long until = rule(pair, PAIR_FREE, PAIR_BLOCK);
        until = Math.max(until, rule(reads.failuresFrom(address, now - WINDOW.toMillis(), ADDRESS_BLOCK), ADDRESS_FREE, ADDRESS_BLOCK));
        if (!pairInHour.isEmpty()) {
            List<Long> account = reads.failuresOf(who, now - HOUR.toMillis(), ACCOUNT_PER_HOUR);
            if (account.size() >= ACCOUNT_PER_HOUR) until = Math.max(until, account.get(ACCOUNT_PER_HOUR - 1) + HOUR.toMillis());
        }
        return new Verdict(until <= now ? 0 : (until - now + 999) / 1000);
    }

    /**
     * When the next try may come, from the failure times (newest first): free tries, then a doubling
     * wait after the newest failure, then until the block-th newest leaves the window.
     */
    static long rule(List<Long> newestFirst, int free, int block) {
        int n = newestFirst.size();
        if (n >= block) return newestFirst.get(block - 1) + WINDOW.toMillis();
        if (n >= free) return newestFirst.get(0) + Math.min(1000L << Math.min(n - free, 20), MAX_SOFT_DELAY_MS);
        return 0;
    }

    public void failed(String subject, String address) {
        long now = clock.millis();
        transactions.run(tx -> {
            AccountSql sql = tx.sql(AccountSql.class);
            sql.insertFailure(Users.normalizeEmail(subject), address, now);
            return sql.purgeFailures(now - Duration.ofDays(1).toMillis());
        });
    }

    /** The right answer clears the count of this subject from this address only: not what others tried elsewhere. */
    public void succeeded(String subject, String address) {
        transactions.run(tx -> tx.sql(AccountSql.class).clearPair(Users.normalizeEmail(subject), address));
    }
}
