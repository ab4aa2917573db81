package nl.cursusschrift.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The enrolment's SQL: cohorts, which instructors follow them, and the enrolment columns of a
 * learner's account (cohort_id, start_date, all_open), which only this package writes.
 */
@RegisterRowMapper(EnrolmentSql.CohortMapper.class)
public interface EnrolmentSql {
    String COLUMNS = "id, name, code, start_date, expires_at, all_open, created_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM cohort WHERE code = :code")
    Optional<Cohort> byCode(String code);

    @SqlQuery("SELECT " + COLUMNS + " FROM cohort WHERE id = :id")
    Optional<Cohort> byId(String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM cohort ORDER BY name")
    List<Cohort> all();

    @SqlQuery("SELECT c.id, c.name, c.code, c.start_date, c.expires_at, c.all_open, c.created_at "
            + "FROM cohort c JOIN instructor_cohort ic ON ic.cohort_id = c.id WHERE ic.user_id = :user ORDER BY c.name")
    List<Cohort> assignedTo(String user);

    @SqlQuery("SELECT cohort_id, COUNT(*) AS n FROM app_user WHERE role = 'learner' AND cohort_id IS NOT NULL GROUP BY cohort_id")
    @RegisterRowMapper(CountMapper.class)
    List<Count> learnerCounts();

    @SqlQuery("SELECT ic.cohort_id, u.id, u.name FROM instructor_cohort ic JOIN app_user u ON u.id = ic.user_id ORDER BY u.name")
    @RegisterRowMapper(LinkMapper.class)
    List<Link> instructorLinks();

    @SqlUpdate("INSERT INTO cohort (" + COLUMNS + ") VALUES (:id, :name, :code, :start, :expires, :open, :created)")
    void insert(String id, String name, String code, String start, Long expires, int open, long created);

    @SqlUpdate("UPDATE cohort SET all_open = :open WHERE id = :id")
    void updateCohortAllOpen(String id, int open);

    @SqlUpdate("INSERT INTO instructor_cohort (user_id, cohort_id) VALUES (:user, :cohort) ON CONFLICT DO NOTHING")
    void assign(String user, String cohort);

    @SqlUpdate("DELETE FROM instructor_cohort WHERE user_id = :user AND cohort_id = :cohort")
    void unassign(String user, String cohort);

    @SqlUpdate("UPDATE app_user SET start_date = :start WHERE id = :id")
    void updateStartDate(String id, String start);

    @SqlUpdate("UPDATE app_user SET all_open = :open WHERE id = :id")
    void updateAllOpen(String id, int open);

    @SqlUpdate("UPDATE app_user SET cohort_id = :cohort WHERE id = :id")
    void updateCohort(String id, String cohort);

    /** A cohort's number of learners. */
    record Count(String cohortId, int learners) {
    }

    /** An instructor following a cohort. */
    record Link(String cohortId, String userId, String name) {
    }

    final class CohortMapper implements RowMapper<Cohort> {
        @Override
        public Cohort map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Cohort(rs.getString("id"), rs.getString("name"), rs.getString("code"),
                    rs.getString("start_date") == null ? null : LocalDate.parse(rs.getString("start_date")),
                    rs.getObject("expires_at") == null ? null : rs.getLong("expires_at"), rs.getInt("all_open") == 1, rs.getLong("created_at"));
        }
    }

    final class CountMapper implements RowMapper<Count> {
        @Override
        public Count map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Count(rs.getString("cohort_id"), rs.getInt("n"));
        }
    }

    final class LinkMapper implements RowMapper<Link> {
        @Override
        public Link map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Link(rs.getString(1), rs.getString(2), rs.getString(3));
        }
    }
}
