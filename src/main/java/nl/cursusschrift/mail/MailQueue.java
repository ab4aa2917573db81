package nl.cursusschrift.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.cursusschrift.db.Database;

/** What /beheer/post reads from the outbox, and its one change: trying a failed mail again. */
public final class MailQueue {
    static final int SHOWN = 200;

    private final Database db;
    private final OutboxSql reads;
    private final Clock clock;

    public MailQueue(Database db, Clock clock) {
        this.db = db;
        this.reads = db.reads().onDemand(OutboxSql.class);
        this.clock = clock;
    }

    public record Summary(Map<String, Long> counts, List<OutboxSql.Row> rows) {
        public long count(String status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    /** The newest mails, all or of one status (waiting, sent, failed), with the count of each status. */
    public Summary summary(String status) {
        Map<String, Long> counts = new TreeMap<>();
        for (OutboxSql.Count c : reads.counts()) counts.put(c.status(), c.count());
        List<OutboxSql.Row> rows = status == null ? reads.newest(SHOWN) : reads.newestWithStatus(status, SHOWN);
        return new Summary(counts, rows);
    }

    /** Puts a failed mail back in the queue; false when there is no failed mail with that id. */
    public boolean retry(String id) {
        long now = clock.millis();
        return db.write(h -> h.attach(OutboxSql.class).retry(id, now)) == 1;
    }
}
