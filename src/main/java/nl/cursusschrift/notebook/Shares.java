package nl.cursusschrift.notebook;

import java.util.List;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.enrolment.Scope;

/** Reading what learners shared: an answer, or one item of it, with their cohort. Changes go through {@link Sharing}. */
public final class Shares {
    /** A share as shown under a lesson: who, when, and the revision it points at; {@code cohortId} is the sharer's cohort now. */
    public record Share(String id, String userId, String authorName, int step, String target, String revisionBody, String specHash,
                        String cohortId, boolean hidden, long createdAt) {
    }

    public static final int SHOWN = ShareSql.SHOWN;

    private final ShareSql sql;

    public Shares(Database db) {
        this.sql = db.reads().onDemand(ShareSql.class);
    }

    /** What learners of one cohort (null: learners without a cohort) shared for a step, newest first. */
    public List<Share> forCohort(int step, String cohortId) {
        return cohortId == null ? sql.forNoCohort(step) : sql.forCohort(step, cohortId);
    }

    /** What staff may see for a step: shares of their cohorts (all for an admin), hidden ones included. */
    public List<Share> forStaff(int step, Scope scope) {
        return sql.forStaff(step, scope);
    }

    public List<Share> ofLearner(String userId) {
        return sql.ofLearner(userId);
    }

    public Optional<Share> byId(String id) {
        return sql.byId(id);
    }

    /** One share, if this staff member may see the sharer's current cohort. */
    public Optional<Share> forStaff(String id, Scope scope) {
        return sql.forStaff(id, scope);
    }
}
