package nl.cursusschrift.lms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.cursusschrift.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grade passback, the delivering half: the due scores of lti_score go to their line item. A score is claimed
 * first (so of several instances one sends it), marked sent when the platform answered 2xx, and otherwise tried
 * again later, waiting longer each time (30 s doubling to an hour), for as long as it takes. The database is asked
 * only when there may be work: after a score was written ({@link #wake}), when the earliest retry is due, and
 * every {@link #IDLE_CHECK} for what another instance left; an idle site costs no query per second.
 */
public final class ScoreSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScoreSender.class);
    static final Duration LEASE = Duration.ofMinutes(1);
    static final Duration IDLE_CHECK = Duration.ofMinutes(5);
    private static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    private final Database db;
    private final LtiSql sql;
    private final Platforms platforms;
    private final PlatformTokens tokens;
    private final HttpClient http;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private volatile boolean woken = true;
    private volatile long nextCheck;

    ScoreSender(Database db, Platforms platforms, PlatformTokens tokens, HttpClient http, Clock clock) {
        this.db = db;
        this.sql = db.reads().onDemand(LtiSql.class);
        this.platforms = platforms;
        this.tokens = tokens;
        this.http = http;
        this.clock = clock;
    }

    public synchronized void start() {
        if (timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lti-scores");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sendQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /** New scores were committed: look soon. */
    public void wake() {
        woken = true;
    }

    private void sendQuietly() {
        if (!woken && clock.millis() < nextCheck) return;
        woken = false;
        try {
            sendDue();
            long earliest = sql.earliestUnsent().orElse(Long.MAX_VALUE);
            nextCheck = Math.min(earliest, clock.millis() + IDLE_CHECK.toMillis());
        } catch (RuntimeException e) {
            nextCheck = clock.millis() + backoff(0).toMillis();
            log.warn("Cijfers naar leerplatforms sturen mislukt, straks opnieuw: {}", e.getMessage());
        }
    }

    /** Sends what is due now; returns how many the platforms took. */
    int sendDue() {
        long now = clock.millis();
        int sent = 0;
        List<Scores.Pending> due = sql.dueScores(now, 20);
        for (Scores.Pending score : due) {
            boolean mine = db.write(h -> h.attach(LtiSql.class).claimScore(score.id(), score.nextAt(), now + LEASE.toMillis()) == 1);
            if (!mine) continue;
            String error = deliver(score);
            long at = clock.millis();
            db.write(h -> {
                LtiSql w = h.attach(LtiSql.class);
                if (error == null) w.scoreSent(score.id(), at);
                else w.scoreFailed(score.id(), at + backoff(score.attempts()).toMillis(), error);
                return null;
            });
            if (error == null) sent++;
        }
        return sent;
    }

    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 30L << Math.min(attempts, 7)));
    }

    /** Null when the platform took the score, else why not. */
    private String deliver(Scores.Pending score) {
        Optional<Platform> platform = platforms.byId(score.platformId());
        if (platform.isEmpty()) return "platform verwijderd";
        try {
            String token = tokens.token(platform.get(), Claims.SCOPE_SCORE);
            HttpResponse<Void> res = http.send(HttpRequest.newBuilder(URI.create(Scores.scoresUrl(score.lineitemUrl())))
                    .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token).header("Content-Type", SCORE_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(score.payload())).build(), HttpResponse.BodyHandlers.discarding());
            return res.statusCode() / 100 == 2 ? null : "platform antwoordde " + res.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return "niet bereikbaar: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "onderbroken";
        }
    }

    @Override
    public synchronized void close() {
        if (timer == null) return;
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }
}
