package nl.cursusschrift.enrolment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.cursusschrift.db.Database;

/** Reading cohorts, their enrolment codes and which instructors follow them. Changes go through {@link Enrolling}. */
public final class Cohorts {
    /** A cohort with its numbers, for the admin page. */
    public record Summary(Cohort cohort, int learners, List<String> instructorNames, List<String> instructorIds) {
    }

    private final EnrolmentSql sql;

    public Cohorts(Database db) {
        this.sql = db.reads().onDemand(EnrolmentSql.class);
    }

    public static String normalizeCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public Optional<Cohort> byCode(String code) {
        return sql.byCode(normalizeCode(code));
    }

    public Optional<Cohort> byId(String id) {
        return sql.byId(id);
    }

    public List<Cohort> all() {
        return sql.all();
    }

    /** The cohorts an instructor may see: assigned ones, or all for an admin. */
    public List<Cohort> visibleTo(String userId, boolean admin) {
        return admin ? all() : sql.assignedTo(userId);
    }

    public List<Summary> summaries() {
        List<Cohort> cohorts = sql.all();
        Map<String, Integer> counts = sql.learnerCounts().stream().collect(Collectors.toMap(EnrolmentSql.Count::cohortId, EnrolmentSql.Count::learners));
        List<EnrolmentSql.Link> links = sql.instructorLinks();
        return cohorts.stream().map(c -> new Summary(c, counts.getOrDefault(c.id(), 0),
                links.stream().filter(l -> l.cohortId().equals(c.id())).map(EnrolmentSql.Link::name).toList(),
                links.stream().filter(l -> l.cohortId().equals(c.id())).map(EnrolmentSql.Link::userId).toList())).toList();
    }

    public boolean codeTaken(String code) {
        return byCode(code).isPresent();
    }
}
