package nl.cursusschrift.notify;

import org.jdbi.v3.core.Handle;

/**
 * Raises the SEQUENCE of a learner's calendar events in the transaction that may have moved their
 * dates, so a subscribed calendar app takes the new dates instead of keeping the old ones.
 */
public final class CalendarRevisions {
    private CalendarRevisions() {
    }

    public static void learner(Handle h, String userId) {
        h.attach(NotifySql.class).raiseSequence(userId);
    }

    public static void cohort(Handle h, String cohortId) {
        h.attach(NotifySql.class).raiseCohortSequence(cohortId);
    }
}
