package nl.cursusschrift.assignment;

import nl.cursusschrift.db.DomainEvent;

/** What the assignment use cases publish (see docs/architecture.md). */
public final class AssignmentEvents {
    private AssignmentEvents() {
    }

    /** A draft was stored (a form save or an autosave); {@code version} counts the learner's saves of that step. */
    public record DraftSaved(String userId, int step, int version) implements DomainEvent {
    }

    /** A learner handed in a step; {@code revision} is 1 for the first time, higher after revising. */
    public record AnswerSubmitted(String userId, int step, String answerId, int revision) implements DomainEvent {
    }

    /** A learner took a submission back before it was reviewed; it is a draft again. */
    public record AnswerWithdrawn(String userId, int step, String answerId) implements DomainEvent {
    }
}
