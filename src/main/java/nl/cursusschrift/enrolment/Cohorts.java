package nl.cursusschrift.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Cohorts, their enrolment codes and which instructors follow them. */
public final class Cohorts {
    private static final String COLUMNS = "id, name, code, start_date, expires_at, all_open, created_at";
    private static final RowMapper<Cohort> MAPPER = (rs, ctx) -> new Cohort(
            rs.getString("id"),
            rs.getString("name"),
            rs.getString("code"),
            rs.getString("start_date") == null ? null : LocalDate.parse(rs.getString("start_date")),
            rs.getObject("expires_at") == null ? null : rs.getLong("expires_at"),
            rs.getInt("all_open") == 1,
            rs.getLong("created_at"));

    /** A cohort with its numbers, for the admin page. */
    public record Summary(Cohort cohort, int learners, List<String> instructorNames, List<String> instructorIds) {
    }

    private final Database db;

    public Cohorts(Database db) {
        this.db = db;
    }

    public static String normalizeCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public Optional<Cohort> byCode(String code) {
        return db.reads().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM cohort WHERE code = :code")
                .bind("code", normalizeCode(code)).map(MAPPER).findOne());
    }

    public Optional<Cohort> byId(String id) {
        return db.reads().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM cohort WHERE id = :id")
                .bind("id", id).map(MAPPER).findOne());
    }

    public List<Cohort> all() {
        return db.reads().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM cohort ORDER BY name").map(MAPPER).list());
    }

    /** The cohorts an instructor may see: assigned ones, or all for an admin. */
    public List<Cohort> visibleTo(String userId, boolean admin) {
        if (admin) return all();
        return db.reads().withHandle(h -> h.createQuery("SELECT c.id, c.name, c.code, c.start_date, c.expires_at, c.all_open, c.created_at "
                        + "FROM cohort c JOIN instructor_cohort ic ON ic.cohort_id = c.id WHERE ic.user_id = :user ORDER BY c.name")
                .bind("user", userId).map(MAPPER).list());
    }

    public List<Summary> summaries() {
        return db.reads().withHandle(h -> {
            List<Cohort> cohorts = h.createQuery("SELECT " + COLUMNS + " FROM cohort ORDER BY name").map(MAPPER).list();
            var counts = h.createQuery("SELECT cohort_id, COUNT(*) AS n FROM app_user WHERE role = 'learner' AND cohort_id IS NOT NULL GROUP BY cohort_id")
                    .reduceRows(new java.util.HashMap<String, Integer>(), (map, row) -> {
                        map.put(row.getColumn("cohort_id", String.class), row.getColumn("n", Integer.class));
                        return map;
                    });
            record Link(String cohortId, String userId, String name) {
            }
            List<Link> links = h.createQuery("SELECT ic.cohort_id, u.id, u.name FROM instructor_cohort ic JOIN app_user u ON u.id = ic.user_id ORDER BY u.name")
                    .map((rs, ctx) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3))).list();
            return cohorts.stream().map(c -> new Summary(c, counts.getOrDefault(c.id(), 0),
                    links.stream().filter(l -> l.cohortId().equals(c.id())).map(Link::name).toList(),
                    links.stream().filter(l -> l.cohortId().equals(c.id())).map(Link::userId).toList())).toList();
        });
    }

    public boolean codeTaken(String code) {
        return byCode(code).isPresent();
    }

    public static void insert(Handle h, Cohort c) {
        h.createUpdate("INSERT INTO cohort (" + COLUMNS + ") VALUES (:id, :name, :code, :start, :expires, :open, :created)")
                .bind("id", c.id()).bind("name", c.name()).bind("code", normalizeCode(c.code()))
                .bind("start", c.startDate() == null ? null : c.startDate().toString())
                .bind("expires", c.expiresAt()).bind("open", c.allOpen() ? 1 : 0).bind("created", c.createdAt())
                .execute();
    }

    public static void updateAllOpen(Handle h, String cohortId, boolean open) {
        h.createUpdate("UPDATE cohort SET all_open = :open WHERE id = :id").bind("id", cohortId).bind("open", open ? 1 : 0).execute();
    }

    public static void assign(Handle h, String userId, String cohortId) {
        h.createUpdate("INSERT INTO instructor_cohort (user_id, cohort_id) VALUES (:user, :cohort) ON CONFLICT DO NOTHING")
                .bind("user", userId).bind("cohort", cohortId).execute();
    }

    public static void unassign(Handle h, String userId, String cohortId) {
        h.createUpdate("DELETE FROM instructor_cohort WHERE user_id = :user AND cohort_id = :cohort")
                .bind("user", userId).bind("cohort", cohortId).execute();
    }
}
