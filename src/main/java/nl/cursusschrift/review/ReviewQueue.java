package nl.cursusschrift.review;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The submissions an instructor may review, oldest first, one page at a time by keyset
 * (submitted_at, id): no OFFSET, so the last page costs what the first does.
 */
public final class ReviewQueue {
    public static final int PAGE = 50;

    /** One submission in the queue. */
    public record Row(String answerId, int step, String state, long submittedAt, int revisions, String learnerId, String learnerName,
                      String cohortName) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(rs.getString("id"), rs.getInt("step"), rs.getString("state"),
            rs.getLong("submitted_at"), rs.getInt("revision_count"), rs.getString("user_id"), rs.getString("name"), rs.getString("cohort_name"));
    /**
     * Someone who sees everyone walks the (state, submitted_at) index and stops after a page; an
     * instructor sees a few cohorts, so the query starts from their learners (CROSS JOIN fixes that
     * order in SQLite) and sorts those few hundred submissions, instead of walking everyone's.
     */
    private static String from(Scope scope) {
        return scope.admin()
                ? " FROM answer a JOIN app_user u ON u.id = a.user_id LEFT JOIN cohort c ON c.id = u.cohort_id WHERE a.state = :state"
                : " FROM app_user u CROSS JOIN answer a LEFT JOIN cohort c ON c.id = u.cohort_id WHERE a.user_id = u.id AND a.state = :state AND "
                        + scope.sql();
    }

    private final Database db;
    /** The waiting count per staff member with the queue version it was counted at (see {@link #waiting(Scope, long)}). */
    private final Cache<Scope, Counted> waitingKept = Caffeine.newBuilder().maximumSize(2_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    private record Counted(long version, int count) {
    }

    public ReviewQueue(Database db) {
        this.db = db;
    }

    private static String conditions(QueueFilter f) {
        StringBuilder sql = new StringBuilder();
        if (f.step() != null) sql.append(" AND a.step = :step");
        if (f.cohortId() != null) sql.append(" AND u.cohort_id = :cohort");
        if (f.search() != null) sql.append(" AND LOWER(u.name) LIKE :search ESCAPE '\\'");
        return sql.toString();
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T statement, QueueFilter f, Scope scope) {
        scope.bind(statement).bind("state", f.state());
        if (f.step() != null) statement.bind("step", f.step());
        if (f.cohortId() != null) statement.bind("cohort", f.cohortId());
        if (f.search() != null) statement.bind("search", "%" + Learners.likeEscape(f.search().toLowerCase()) + "%");
        return statement;
    }

    /** A page of the queue; one row more than a page tells there is a next page. */
    public List<Row> page(QueueFilter f, Scope scope) {
        String after = f.afterAt() == null ? "" : " AND (a.submitted_at > :afterAt OR (a.submitted_at = :afterAt AND a.id > :afterId))";
        String sql = "SELECT a.id, a.step, a.state, a.submitted_at, a.revision_count, u.id AS user_id, u.name, c.name AS cohort_name"
                + from(scope) + conditions(f) + after + " ORDER BY a.submitted_at, a.id LIMIT " + (PAGE + 1);
        return db.reads().withHandle(h -> {
            Query query = bind(h.createQuery(sql), f, scope);
            if (f.afterAt() != null) query.bind("afterAt", f.afterAt()).bind("afterId", f.afterId());
            return query.map(MAPPER).list();
        });
    }

    /**
     * How many wait per step under this filter (the step filter itself aside). Someone who sees
     * everyone, unfiltered, is answered from the (state, step) index alone.
     */
    public Map<Integer, Integer> countsPerStep(QueueFilter f, Scope scope) {
        QueueFilter all = new QueueFilter(null, f.state(), f.cohortId(), f.search(), null, null);
        String sql = scope.admin() && all.cohortId() == null && all.search() == null
                ? "SELECT a.step, COUNT(*) AS n FROM answer a WHERE a.state = :state GROUP BY a.step"
                : "SELECT a.step, COUNT(*) AS n" + from(scope) + conditions(all) + " GROUP BY a.step";
        Map<Integer, Integer> counts = new TreeMap<>();
        db.reads().useHandle(h -> bind(h.createQuery(sql), all, scope).map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /**
     * How many submissions wait for a review in this scope: the badge on "Nakijken" in every staff
     * page's menu, so one count, from the (state, step) index for someone who sees everyone.
     */
    public int waiting(Scope scope) {
        String sql = scope.admin() ? "SELECT COUNT(*) FROM answer a WHERE a.state = 'submitted'"
                : "SELECT COUNT(*) FROM app_user u CROSS JOIN answer a WHERE a.user_id = u.id AND a.state = 'submitted' AND " + scope.sql();
        return db.reads().withHandle(h -> scope.bind(h.createQuery(sql)).mapTo(Integer.class).one());
    }

    /**
     * The same count, kept per staff member while the review queue's version (read with the session,
     * migration V13) stays where it was: the menu of every staff page shows it, and the count was a
     * fifth of a queue page's time. The count is read after the version, so a kept count is never
     * older than its version; a change on another instance moves the version in the database, so
     * every instance counts again at its next request.
     */
    public int waiting(Scope scope, long queueVersion) {
        Counted kept = waitingKept.getIfPresent(scope);
        if (kept != null && kept.version() == queueVersion) return kept.count();
        int count = waiting(scope);
        waitingKept.put(scope, new Counted(queueVersion, count));
        return count;
    }

    /** The submission before or after a position in the filtered queue, for "vorige" and "volgende". */
    public Optional<String> neighbour(QueueFilter f, Scope scope, long at, String id, boolean next) {
        String position = next ? " AND (a.submitted_at > :at OR (a.submitted_at = :at AND a.id > :id)) ORDER BY a.submitted_at, a.id"
                : " AND (a.submitted_at < :at OR (a.submitted_at = :at AND a.id < :id)) ORDER BY a.submitted_at DESC, a.id DESC";
        String sql = "SELECT a.id" + from(scope) + conditions(f) + position + " LIMIT 1";
        return db.reads().withHandle(h -> bind(h.createQuery(sql), f, scope).bind("at", at).bind("id", id).mapTo(String.class).findOne());
    }
}
