package nl.cursusschrift.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup when BACKUP_DIR is set: one copy a day into that directory, the newest BACKUP_KEEP
 * kept. The first runs at start when the newest copy there is older than a day, so restarts do not
 * postpone it forever.
 */
public final class AutoBackup implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AutoBackup.class);
    static final Duration EVERY = Duration.ofDays(1);

    private final Path database;
    private final Path dir;
    private final int keep;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "auto-backup");
        t.setDaemon(true);
        return t;
    });

    public AutoBackup(Path database, Path dir, int keep, Clock clock) {
        this.database = database;
        this.dir = dir;
        this.keep = keep;
        this.clock = clock;
    }

    public AutoBackup start() {
        long delay = firstDelay().toMillis();
        timer.scheduleAtFixedRate(this::runOnce, delay, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Automatische back-up naar {} (bewaart {}); de eerste over {} min", dir.toAbsolutePath(), keep, delay / 60_000);
        return this;
    }

    Duration firstDelay() {
        List<Path> existing = Backups.automatic(dir);
        if (existing.isEmpty()) return Duration.ZERO;
        LocalDateTime newest = Backups.madeAt(existing.get(existing.size() - 1));
        Duration since = Duration.between(newest, LocalDateTime.now(clock));
        return since.compareTo(EVERY) >= 0 ? Duration.ZERO : EVERY.minus(since);
    }

    /** One backup and the pruning after it; problems are logged, never thrown (the timer must keep going). */
    public void runOnce() {
        try {
            Backups.Report report = Backups.backup(database, Backups.timestamped(dir, LocalDateTime.now(clock)));
            List<Path> removed = Backups.prune(dir, keep);
            log.info("Back-up gemaakt: {} ({} accounts, {} antwoorden, integriteit {}); {} oude verwijderd", report.file(),
                    report.counts().get("app_user"), report.counts().get("answer"), report.integrity(), removed.size());
        } catch (RuntimeException e) {
            log.error("Automatische back-up mislukt: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
