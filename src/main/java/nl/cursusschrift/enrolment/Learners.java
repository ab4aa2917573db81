package nl.cursusschrift.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.cursusschrift.db.Database;

/** Learners as staff see them: listed per cohort, searchable by name, one page at a time. */
public final class Learners {
    public static final int PAGE_SIZE = 50;

    /** A learner with their cohort, as listed for staff. */
    public record Row(String id, String name, String email, String cohortId, String cohortName, LocalDate enrolledOn,
                      LocalDate startDate, boolean allOpen, LocalDate cohortStart, boolean cohortAllOpen) {
        public nl.cursusschrift.course.Pace pace() {
            return new nl.cursusschrift.course.Pace(enrolledOn, cohortStart, startDate, allOpen || cohortAllOpen);
        }
    }

    /**
     * Someone who sees everyone walks the (role, name, id) index and stops after a page. For an
     * instructor that walk reads everyone's accounts to find their own few (2,000 rows for a page
     * at 10,000 learners, so the page grew with the whole school): {@code u.role || ''} keeps SQLite
     * off that index, so it starts from the instructor's cohorts (index on cohort_id) and sorts their
     * few hundred learners. PostgreSQL plans both the same way as before.
     */
    private static String select(Scope scope) {
        return """
                SELECT u.id, u.name, u.email, u.cohort_id, c.name AS cohort_name, u.enrolled_on, u.start_date, u.all_open,
                       c.start_date AS cohort_start, c.all_open AS cohort_all_open
                FROM app_user u LEFT JOIN cohort c ON c.id = u.cohort_id
                WHERE""" + " " + (scope.admin() ? "u.role" : "u.role || ''") + " = 'learner' AND " + scope.sql();
    }

    private final Database db;

    public Learners(Database db) {
        this.db = db;
    }

    /**
     * One page of learners ordered by name, after the given (name, id) key: keyset pagination,
     * so page 200 costs what page 1 costs.
     */
    public List<Row> page(Scope scope, String cohortId, String search, String afterName, String afterId) {
        StringBuilder sql = new StringBuilder(select(scope));
        if (cohortId != null) sql.append(" AND u.cohort_id = :cohort");
        if (search != null) sql.append(" AND LOWER(u.name) LIKE :search ESCAPE '\\'");
        if (afterName != null) sql.append(" AND (u.name > :afterName OR (u.name = :afterName AND u.id > :afterId))");
        sql.append(" ORDER BY u.name, u.id LIMIT ").append(PAGE_SIZE + 1);
        return db.reads().withHandle(h -> {
            var query = scope.bind(h.createQuery(sql.toString()));
            if (cohortId != null) query.bind("cohort", cohortId);
            if (search != null) query.bind("search", "%" + likeEscape(search.toLowerCase()) + "%");
            if (afterName != null) query.bind("afterName", afterName).bind("afterId", afterId);
            return query.map(Learners::row).list();
        });
    }

    /** The learner, if this staff member may see them; otherwise empty (the caller answers 404). */
    public Optional<Row> visible(Scope scope, String learnerId) {
        return db.reads().withHandle(h -> scope.bind(h.createQuery(select(scope) + " AND u.id = :id"))
                .bind("id", learnerId).map(Learners::row).findOne());
    }

    public static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Row row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new Row(rs.getString("id"), rs.getString("name"), rs.getString("email"), rs.getString("cohort_id"),
                rs.getString("cohort_name"), date(rs.getString("enrolled_on")), date(rs.getString("start_date")),
                rs.getInt("all_open") == 1, date(rs.getString("cohort_start")), rs.getInt("cohort_all_open") == 1);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
