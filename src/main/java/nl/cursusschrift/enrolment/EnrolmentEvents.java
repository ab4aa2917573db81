package nl.cursusschrift.enrolment;

import nl.cursusschrift.db.DomainEvent;

/** What the enrolment use cases publish (see docs/architecture.md). */
public final class EnrolmentEvents {
    private EnrolmentEvents() {
    }

    /** Someone registered as a learner, in a cohort when they gave its code ({@code cohortId} null otherwise). */
    public record LearnerEnrolled(String userId, String cohortId) implements DomainEvent {
    }

    /** When a learner's steps open changed: a shifted start date, or every step opened (or closed again). */
    public record PaceChanged(String userId) implements DomainEvent {
    }

    /** A whole cohort's steps were opened (or set back to weekly). */
    public record CohortPaceChanged(String cohortId) implements DomainEvent {
    }

    /** An admin moved a learner to another cohort (either may be null: no cohort). */
    public record LearnerMoved(String userId, String fromCohortId, String toCohortId) implements DomainEvent {
    }

    public record CohortCreated(String cohortId) implements DomainEvent {
    }

    /** An instructor now follows a cohort, or no longer does. */
    public record InstructorAssigned(String userId, String cohortId, boolean assigned) implements DomainEvent {
    }
}
