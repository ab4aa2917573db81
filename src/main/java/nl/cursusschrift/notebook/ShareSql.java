package nl.cursusschrift.notebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.cursusschrift.enrolment.Scope;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The notebook's SQL: what learners shared with their cohort. Only the notebook package writes the share table.
 * Who sees a share follows the sharer's current cohort ({@code u.cohort_id}): an admin moving a learner moves
 * their shares along, to the new cohort's learners and instructor. {@code share.cohort_id} only records where it
 * was first shared.
 */
@RegisterRowMapper(ShareSql.ShareMapper.class)
public interface ShareSql extends SqlObject {
    int SHOWN = 50;
    String SELECT = """
            SELECT s.id, s.user_id, u.name AS author, s.step, s.target, r.body, r.spec_hash, u.cohort_id, s.hidden_at, s.created_at
            FROM share s JOIN app_user u ON u.id = s.user_id JOIN revision r ON r.id = s.revision_id""";

    /** What learners of one cohort shared for a step, newest first; hidden ones left out. */
    @SqlQuery(SELECT + " WHERE s.step = :step AND s.hidden_at IS NULL AND u.cohort_id = :cohort ORDER BY s.created_at DESC, s.id LIMIT " + SHOWN)
    List<Shares.Share> forCohort(int step, String cohort);

    /** The same for learners without a cohort. */
    @SqlQuery(SELECT + " WHERE s.step = :step AND s.hidden_at IS NULL AND u.cohort_id IS NULL ORDER BY s.created_at DESC, s.id LIMIT " + SHOWN)
    List<Shares.Share> forNoCohort(int step);

    /** What staff may see for a step: shares of their cohorts (all for an admin), hidden ones included. */
    default List<Shares.Share> forStaff(int step, Scope scope) {
        return scope.bind(getHandle().createQuery(SELECT + " WHERE s.step = :step AND " + scope.sql()
                        + " ORDER BY s.created_at DESC, s.id LIMIT " + SHOWN))
                .bind("step", step).map(new ShareMapper()).list();
    }

    /** One share, if this staff member may see the sharer's cohort. */
    default Optional<Shares.Share> forStaff(String id, Scope scope) {
        return scope.bind(getHandle().createQuery(SELECT + " WHERE s.id = :id AND " + scope.sql()))
                .bind("id", id).map(new ShareMapper()).findOne();
    }

    @SqlQuery(SELECT + " WHERE s.user_id = :user ORDER BY s.step, s.created_at")
    List<Shares.Share> ofLearner(String user);

    @SqlQuery(SELECT + " WHERE s.id = :id")
    Optional<Shares.Share> byId(String id);

    @SqlUpdate("INSERT INTO share (id, user_id, revision_id, step, target, cohort_id, created_at) "
            + "VALUES (:id, :user, :revision, :step, :target, :cohort, :now) ON CONFLICT (revision_id, target) DO NOTHING")
    int insert(String id, String user, String revision, int step, String target, String cohort, long now);

    /** Removes a learner's own share; 0 when it is not theirs (or gone). */
    @SqlUpdate("DELETE FROM share WHERE id = :id AND user_id = :user")
    int withdraw(String id, String user);

    /** Hides or shows a share for staff allowed to see its cohort; 0 when they may not. */
    default int hide(String shareId, Scope scope, String staffId, boolean hidden, long now) {
        return scope.bind(getHandle().createUpdate("UPDATE share SET hidden_by = :staff, hidden_at = :at WHERE id = :id AND "
                        + scope.on("(SELECT u.cohort_id FROM app_user u WHERE u.id = share.user_id)")))
                .bind("staff", hidden ? staffId : null).bind("at", hidden ? now : null).bind("id", shareId).execute();
    }

    final class ShareMapper implements RowMapper<Shares.Share> {
        @Override
        public Shares.Share map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Shares.Share(rs.getString("id"), rs.getString("user_id"), rs.getString("author"), rs.getInt("step"),
                    rs.getString("target"), rs.getString("body"), rs.getString("spec_hash"), rs.getString("cohort_id"),
                    rs.getObject("hidden_at") != null, rs.getLong("created_at"));
        }
    }
}
