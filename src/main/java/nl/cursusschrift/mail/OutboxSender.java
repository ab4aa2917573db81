package nl.cursusschrift.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox on one background thread: claims a batch of due mails, sends them over one SMTP
 * connection and records each outcome. A failure waits 1 minute, then 2, 4 ... at most 6 hours, and
 * after MAIL_MAX_TRIES the mail is marked failed for an admin to see on /beheer/post. Page requests
 * only ever write rows, so a slow or absent mail server never costs them anything.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);
    /** How long a claim holds: longer than a batch can take with the SMTP timeouts, short enough to pick up after a crash. */
    static final Duration LEASE = Duration.ofMinutes(10);
    static final int BATCH = 50;

    private final Database db;
    private final Smtp smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final String instance = Ids.random().substring(0, 8);
    private ScheduledExecutorService thread;
    private volatile boolean stopping;

    public OutboxSender(Database db, MailSettings settings, Clock clock) {
        if (!settings.sends()) throw new IllegalStateException("no SMTP_URL: nothing to send with");
        this.db = db;
        this.settings = settings;
        this.smtp = new Smtp(settings.smtp(), settings.from());
        this.clock = clock;
    }

    public synchronized OutboxSender start() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-sender");
            t.setDaemon(true);
            return t;
        });
        long every = settings.poll().toMillis();
        thread.scheduleWithFixedDelay(this::drainQuietly, every, every, TimeUnit.MILLISECONDS);
        log.info("Mail gaat via {} (van {}), ten hoogste {} pogingen per mail", smtp.server(), settings.from(), settings.maxTries());
        return this;
    }

    private void drainQuietly() {
        try {
            while (!stopping && sendBatch() == BATCH) {
                // a full batch: more may be due right away
            }
        } catch (RuntimeException e) {
            log.warn("De outbox kon niet worden gelezen; volgende poging straks: {}", e.toString());
        }
    }

    /** Claims and sends one batch; returns how many mails were in it. Public for tests and the bench. */
    public int sendBatch() {
        String claim = instance + "." + Ids.random();
        long now = clock.millis();
        String lock = db.isSqlite() ? "" : "FOR UPDATE SKIP LOCKED";
        List<OutboxSql.Row> rows = db.write(h -> {
            OutboxSql sql = h.attach(OutboxSql.class);
            sql.claim(claim, now, now + LEASE.toMillis(), BATCH, lock);
            return sql.claimed(claim);
        });
        if (rows.isEmpty()) return 0;
        Transport transport = null;
        String connectError = null;
        try {
            transport = smtp.connect();
        } catch (MessagingException | RuntimeException e) {
            connectError = Smtp.describe(e);
            log.warn("Mailserver {} niet bereikbaar, {} mail(s) later opnieuw: {}", smtp.server(), rows.size(), connectError);
        }
        try {
            for (OutboxSql.Row row : rows) {
                if (stopping) break;
                if (connectError == null && !transport.isConnected()) {
                    // The server dropped the connection after the last mail (it refused it, or broke): one new
                    // connection for the rest of the batch, so one bad mail does not cost the others a try.
                    try {
                        transport = smtp.connect();
                    } catch (MessagingException | RuntimeException e) {
                        connectError = Smtp.describe(e);
                        log.warn("Mailserver {} niet meer bereikbaar, de rest later opnieuw: {}", smtp.server(), connectError);
                    }
                }
                String error = connectError;
                if (error == null) {
                    try {
                        var message = smtp.message(row);
                        transport.sendMessage(message, message.getAllRecipients());
                    } catch (MessagingException | RuntimeException e) {
                        error = Smtp.describe(e);
                        log.warn("Mail {} ({}) niet verstuurd: {}", row.id(), row.kind(), error);
                    }
                }
                record(row, claim, error);
            }
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    log.debug("closing the SMTP connection: {}", e.toString());
                }
            }
        }
        return rows.size();
    }

    private void record(OutboxSql.Row row, String claim, String error) {
        long now = clock.millis();
        if (error == null) {
            db.write(h -> h.attach(OutboxSql.class).sent(row.id(), claim, now));
        } else {
            long next = now + backoff(row.tries() + 1).toMillis();
            db.write(h -> h.attach(OutboxSql.class).failed(row.id(), claim, error, next, settings.maxTries()));
        }
    }

    /** The wait after the n-th failed try: 1 minute doubling, never more than 6 hours. */
    static Duration backoff(int failedTries) {
        if (failedTries >= 20) return LONGEST_WAIT;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.max(0, failedTries - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Stops after the mail in hand; a batch cut short keeps its claim until the lease ends and is then sent again. */
    @Override
    public synchronized void close() {
        if (thread == null) return;
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) thread.shutdownNow();
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        thread = null;
    }
}
