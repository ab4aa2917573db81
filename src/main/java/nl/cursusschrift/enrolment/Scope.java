package nl.cursusschrift.enrolment;

import nl.cursusschrift.account.CurrentUser;

/**
 * Which learners a staff member may see: an admin sees everyone, an instructor only the learners
 * of the cohorts assigned to them. Every staff query adds {@link #sql} with {@link #bind}.
 */
public record Scope(String userId, boolean admin) {
    /** A condition on {@code u.cohort_id}, using {@code :scopeUser}. */
    public String sql() {
        return on("u.cohort_id");
    }

    /**
     * The same condition on another cohort column. Admin and instructor get different SQL rather than
     * one "all OR in my cohorts" condition, because an OR on a parameter keeps SQLite from using the
     * cohort index: the instructor's pages would read every learner.
     */
    public String on(String cohortColumn) {
        return admin ? "1 = 1" : cohortColumn + " IN (SELECT ic.cohort_id FROM instructor_cohort ic WHERE ic.user_id = :scopeUser)";
    }

    public static Scope of(CurrentUser user) {
        return new Scope(user.id(), user.isAdmin());
    }

    public <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T statement) {
        return admin ? statement : statement.bind("scopeUser", userId);
    }
}
