package nl.cursusschrift.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Wachtwoord vergeten": someone gives an address and, when it has an account, gets a link that works
 * once for an hour. The request does the same work whether or not the address exists (it records the
 * request and hands the address to a background worker), so neither the answer nor its timing tells
 * which addresses have an account. The worker makes the link and its mail in one transaction.
 * Limits: at most 3 mails an hour to one address (more requests are answered the same, without a mail,
 * so nobody can flood a mailbox), at most 20 requests an hour from one network address.
 */
public final class ForgottenPassword implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ForgottenPassword.class);
    public static final Duration VALID = Duration.ofHours(1);
    static final Duration HOUR = Duration.ofHours(1);
    static final int MAILS_PER_ADDRESS = 3;
    static final int REQUESTS_PER_IP = 20;

    private final Database db;
    private final Transactions transactions;
    private final AccountMails mails;
    private final Clock clock;
    private final ResetRequestSql reads;
    private final ThreadPoolExecutor worker;

    public ForgottenPassword(Database db, Transactions transactions, AccountMails mails, Clock clock) {
        this.db = db;
        this.transactions = transactions;
        this.mails = mails;
        this.clock = clock;
        this.reads = db.reads().onDemand(ResetRequestSql.class);
        // One thread and a bounded queue: the per-address limit already caps the work; a flood beyond the
        // queue is dropped (and logged) rather than held in memory.
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1000), r -> {
            Thread t = new Thread(r, "wachtwoord-vergeten");
            t.setDaemon(true);
            return t;
        }, (r, pool) -> log.warn("Wachtwoord vergeten: te veel verzoeken tegelijk, een verzoek is overgeslagen"));
    }

    /**
     * Records the request and, within the limits, queues the mail. Returns the throttle's verdict: when
     * this network address asked too often the caller answers 429, for any address alike.
     */
    public LoginThrottle.Verdict request(String email, String ip, String baseUrl) {
        long now = clock.millis();
        String who = Users.normalizeEmail(email);
        List<Long> fromIp = reads.fromIp(ip, now - HOUR.toMillis(), REQUESTS_PER_IP);
        if (fromIp.size() >= REQUESTS_PER_IP) {
            long until = fromIp.get(REQUESTS_PER_IP - 1) + HOUR.toMillis();
            return new LoginThrottle.Verdict((until - now + 999) / 1000);
        }
        boolean mail = reads.ofEmail(who, now - HOUR.toMillis(), MAILS_PER_ADDRESS).size() < MAILS_PER_ADDRESS;
        transactions.run(tx -> {
            ResetRequestSql sql = tx.sql(ResetRequestSql.class);
            sql.insert(who, ip, now);
            return sql.purge(now - Duration.ofDays(1).toMillis());
        });
        if (mail) worker.execute(() -> send(who, baseUrl));
        return new LoginThrottle.Verdict(0);
    }

    private void send(String email, String baseUrl) {
        try {
            User user = db.reads().onDemand(AccountSql.class).userByEmail(email).orElse(null);
            if (user == null) return;
            long now = clock.millis();
            transactions.run(tx -> {
                String token = Ids.random();
                ResetRequestSql sql = tx.sql(ResetRequestSql.class);
                sql.replaceSelfService(user.id(), now);
                sql.insertSelfService(Ids.sha256(token), user.id(), now + VALID.toMillis(), now);
                tx.publish(new AccountEvents.ResetLinkCreated(user.id()));
                mails.reset(tx, user, ResetLinks.url(baseUrl, token));
                return null;
            });
        } catch (RuntimeException e) {
            log.error("Wachtwoord vergeten: de link kon niet worden gemaakt", e);
        }
    }

    /** Waits until every queued request is handled: for tests, and for a clean stop. */
    public boolean awaitIdle(Duration most) throws InterruptedException {
        long until = System.nanoTime() + most.toNanos();
        while (System.nanoTime() < until) {
            if (worker.getQueue().isEmpty() && worker.getCompletedTaskCount() == worker.getTaskCount()) return true;
            Thread.sleep(10);
        }
        return false;
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
