package nl.cursusschrift.review;

import nl.cursusschrift.db.DomainEvent;

/** What the review use cases publish (see docs/architecture.md). */
public final class ReviewEvents {
    private ReviewEvents() {
    }

    /** Feedback the learner can now read: either an approval or a request to revise. */
    public sealed interface FeedbackReleased extends DomainEvent permits ReviewReleased, RevisionRequested {
        String learnerId();

        int step();
    }

    /**
     * An instructor kept feedback as a draft, not visible to the learner; published so what caches the
     * learner's released feedback drops it (a draft over a released review takes that one back).
     */
    public record FeedbackKept(String reviewId, String answerId, String learnerId, int step, String reviewerId) implements DomainEvent {
    }

    /** An instructor approved a submitted version, with their feedback. */
    public record ReviewReleased(String reviewId, String answerId, String learnerId, int step, int revision, String reviewerId)
            implements FeedbackReleased {
    }

    /** An instructor sent a submitted version back for changes; the learner's draft starts from it. */
    public record RevisionRequested(String reviewId, String answerId, String learnerId, int step, int revision, String reviewerId)
            implements FeedbackReleased {
    }
}
