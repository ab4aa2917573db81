package nl.cursusschrift.notebook;

import java.util.List;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.enrolment.Scope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Answers (or one item of one) a learner chose to share with their cohort. */
public final class Shares {
    /** A share as shown under a lesson: who, when, and the revision it points at. */
    public record Share(String id, String userId, String authorName, int step, String target, String revisionBody, String specHash,
                        String cohortId, boolean hidden, long createdAt) {
    }

    private static final String SELECT = """
            SELECT s.id, s.user_id, u.name AS author, s.step, s.target, r.body, r.spec_hash, s.cohort_id, s.hidden_at, s.created_at
            FROM share s JOIN app_user u ON u.id = s.user_id JOIN revision r ON r.id = s.revision_id""";
    private static final RowMapper<Share> MAPPER = (rs, ctx) -> new Share(rs.getString("id"), rs.getString("user_id"),
            rs.getString("author"), rs.getInt("step"), rs.getString("target"), rs.getString("body"), rs.getString("spec_hash"),
            rs.getString("cohort_id"), rs.getObject("hidden_at") != null, rs.getLong("created_at"));
    public static final int SHOWN = 50;

    private final Database db;

    public Shares(Database db) {
        this.db = db;
    }

    /** What learners of one cohort (null: learners without a cohort) shared for a step, newest first. */
    public List<Share> forCohort(int step, String cohortId) {
        return db.reads().withHandle(h -> h.createQuery(SELECT + " WHERE s.step = :step AND s.hidden_at IS NULL AND "
                        + (cohortId == null ? "s.cohort_id IS NULL" : "s.cohort_id = :cohort") + " ORDER BY s.created_at DESC, s.id LIMIT " + SHOWN)
                .bind("step", step).bind("cohort", cohortId).map(MAPPER).list());
    }

    /** What staff may see for a step: shares of their cohorts (all for an admin), hidden ones included. */
    public List<Share> forStaff(int step, Scope scope) {
        return db.reads().withHandle(h -> scope.bind(h.createQuery(SELECT + " WHERE s.step = :step AND "
                        + scope.on("s.cohort_id") + " ORDER BY s.created_at DESC, s.id LIMIT " + SHOWN))
                .bind("step", step).map(MAPPER).list());
    }

    public List<Share> ofLearner(String userId) {
        return db.reads().withHandle(h -> h.createQuery(SELECT + " WHERE s.user_id = :user ORDER BY s.step, s.created_at")
                .bind("user", userId).map(MAPPER).list());
    }

    public static void insert(Handle h, String id, String userId, String revisionId, int step, String target, String cohortId, long now) {
        h.createUpdate("INSERT INTO share (id, user_id, revision_id, step, target, cohort_id, created_at) "
                        + "VALUES (:id, :user, :revision, :step, :target, :cohort, :now) ON CONFLICT (revision_id, target) DO NOTHING")
                .bind("id", id).bind("user", userId).bind("revision", revisionId).bind("step", step).bind("target", target)
                .bind("cohort", cohortId).bind("now", now).execute();
    }

    /** Removes a learner's own share; false when it is not theirs (or gone). */
    public static boolean withdraw(Handle h, String shareId, String userId) {
        return h.createUpdate("DELETE FROM share WHERE id = :id AND user_id = :user").bind("id", shareId).bind("user", userId).execute() == 1;
    }

    /** Hides or shows a share for staff allowed to see its cohort; false when they may not. */
    public static boolean hide(Handle h, String shareId, Scope scope, String staffId, boolean hidden, long now) {
        return scope.bind(h.createUpdate("UPDATE share SET hidden_by = :staff, hidden_at = :at WHERE id = :id AND "
                        + scope.on("share.cohort_id")))
                .bind("staff", hidden ? staffId : null).bind("at", hidden ? now : null).bind("id", shareId).execute() == 1;
    }

    public Optional<Share> byId(String id) {
        return db.reads().withHandle(h -> h.createQuery(SELECT + " WHERE s.id = :id").bind("id", id).map(MAPPER).findOne());
    }
}
