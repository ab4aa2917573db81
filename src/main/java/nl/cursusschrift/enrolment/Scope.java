package nl.cursusschrift.enrolment;

import nl.cursusschrift.account.CurrentUser;

/**
 * Which learners a staff member may see: an admin sees everyone, an instructor only the learners
 * of the cohorts assigned to them. Every staff query adds {@link #SQL} with {@link #bind}.
 */
public record Scope(String userId, boolean admin) {
    /** A condition on {@code u.cohort_id}; binds {@code :scopeUser} and {@code :scopeAll}. */
    public static final String SQL = on("u.cohort_id");

    /** The same condition on another cohort column. */
    public static String on(String cohortColumn) {
        return "(:scopeAll = 1 OR " + cohortColumn + " IN (SELECT ic.cohort_id FROM instructor_cohort ic WHERE ic.user_id = :scopeUser))";
    }

    public static Scope of(CurrentUser user) {
        return new Scope(user.id(), user.isAdmin());
    }

    public <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T statement) {
        return statement.bind("scopeUser", userId).bind("scopeAll", admin ? 1 : 0);
    }
}
