package nl.cursusschrift.notebook;

import nl.cursusschrift.db.DomainEvent;

/** What the sharing use cases publish (see docs/architecture.md). */
public final class NotebookEvents {
    private NotebookEvents() {
    }

    /** A learner shared a submitted answer, or one item of it ({@code target}), with their cohort. */
    public record StepShared(String shareId, String userId, int step, String target, String cohortId) implements DomainEvent {
    }

    public record ShareWithdrawn(String shareId, String userId, int step) implements DomainEvent {
    }

    /** Staff hid a share from the cohort, or showed it again. */
    public record ShareHidden(String shareId, String staffId, boolean hidden) implements DomainEvent {
    }

    /** Someone replied under a shared answer; {@code shareOwnerId} is the sharer, who may want to hear of it. */
    public record ReplyPosted(String replyId, String shareId, String authorId, String shareOwnerId, int step) implements DomainEvent {
    }

    /** Staff hid a reply from the cohort, or showed it again. */
    public record ReplyHidden(String replyId, String staffId, boolean hidden) implements DomainEvent {
    }
}
