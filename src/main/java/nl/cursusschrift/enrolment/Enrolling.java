package nl.cursusschrift.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import nl.cursusschrift.account.Accounts;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.account.User;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.db.Tx;

/** Who follows the course in which cohort and at which pace; each change one transaction. */
public final class Enrolling {
    private final Transactions transactions;
    private final Clock clock;

    public Enrolling(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new learner's account, in the cohort of the code they gave (or none). Throws on a taken e-mail address. */
    public User register(String name, String email, String passwordHash, Cohort cohort) {
        User user = new User(Ids.random(), email, name, passwordHash, Role.LEARNER, cohort == null ? null : cohort.id(), LocalDate.now(clock),
                null, false, clock.millis());
        transactions.run(tx -> {
            Accounts.create(tx, user, false);
            tx.publish(new EnrolmentEvents.LearnerEnrolled(user.id(), user.cohortId()));
            return null;
        });
        return user;
    }

    /**
     * A cohort made inside another use case's transaction: a learning platform's course on its first launch.
     * Its code expires at once, so nobody enrols in it with a code: its people come in through the platform.
     */
    public static Cohort createClosedCohort(Tx tx, String name, long now) {
        Cohort cohort = new Cohort(Ids.random(), name, "LTI-" + Ids.random().toUpperCase(java.util.Locale.ROOT), null, now, false, now);
        tx.sql(EnrolmentSql.class).insert(cohort.id(), cohort.name(), cohort.code(), null, now, 0, now);
        tx.publish(new EnrolmentEvents.CohortCreated(cohort.id()));
        return cohort;
    }

    /** A learner's new account in a cohort, inside another use case's transaction (a first launch, a roster sync). */
    public static void enrolNew(Tx tx, User learner) {
        Accounts.create(tx, learner, false);
        tx.publish(new EnrolmentEvents.LearnerEnrolled(learner.id(), learner.cohortId()));
    }

    /** Lets an instructor follow a cohort, inside another use case's transaction. */
    public static void assignInstructor(Tx tx, String instructorId, String cohortId) {
        tx.sql(EnrolmentSql.class).assign(instructorId, cohortId);
        tx.publish(new EnrolmentEvents.InstructorAssigned(instructorId, cohortId, true));
    }

    public Cohort addCohort(String name, String code, LocalDate start, Long expiresAt) {
        Cohort cohort = new Cohort(Ids.random(), name, Cohorts.normalizeCode(code), start, expiresAt, false, clock.millis());
        transactions.run(tx -> {
            tx.sql(EnrolmentSql.class).insert(cohort.id(), cohort.name(), cohort.code(), start == null ? null : start.toString(),
                    expiresAt, 0, cohort.createdAt());
            tx.publish(new EnrolmentEvents.CohortCreated(cohort.id()));
            return null;
        });
        return cohort;
    }

    public void assign(String instructorId, String cohortId, boolean assigned) {
        transactions.run(tx -> {
            EnrolmentSql sql = tx.sql(EnrolmentSql.class);
            if (assigned) sql.assign(instructorId, cohortId);
            else sql.unassign(instructorId, cohortId);
            tx.publish(new EnrolmentEvents.InstructorAssigned(instructorId, cohortId, assigned));
            return null;
        });
    }

    /** The learner's weeks count from {@code start}, or again from the usual start when null. */
    public void shiftStart(String learnerId, LocalDate start) {
        transactions.run(tx -> {
            tx.sql(EnrolmentSql.class).updateStartDate(learnerId, start == null ? null : start.toString());
            tx.publish(new EnrolmentEvents.PaceChanged(learnerId));
            return null;
        });
    }

    public void openAll(String learnerId, boolean open) {
        transactions.run(tx -> {
            tx.sql(EnrolmentSql.class).updateAllOpen(learnerId, open ? 1 : 0);
            tx.publish(new EnrolmentEvents.PaceChanged(learnerId));
            return null;
        });
    }

    public void openCohort(String cohortId, boolean open) {
        transactions.run(tx -> {
            tx.sql(EnrolmentSql.class).updateCohortAllOpen(cohortId, open ? 1 : 0);
            tx.publish(new EnrolmentEvents.CohortPaceChanged(cohortId));
            return null;
        });
    }

    public void move(String learnerId, String fromCohortId, String toCohortId) {
        transactions.run(tx -> {
            tx.sql(EnrolmentSql.class).updateCohort(learnerId, toCohortId);
            tx.publish(new EnrolmentEvents.LearnerMoved(learnerId, fromCohortId, toCohortId));
            return null;
        });
    }
}
