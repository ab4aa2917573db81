package nl.cursusschrift.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.notebook.Notebook;

/**
 * Released feedback as the learner sees it.
 *
 * @param comments per field or item target
 * @param unread   the learner has not opened it before this page
 */
public record Feedback(String reviewId, int revision, String decision, boolean approved, String reviewer, String releasedAt,
                       String overall, Map<String, String> comments, boolean unread) {

    /** A learner's released feedback of one step, newest first. */
    public static List<Feedback> of(List<Review> released, Clock clock) {
        List<Feedback> feedback = new ArrayList<>();
        for (Review r : released) {
            if (!r.released()) continue;
            feedback.add(0, new Feedback(r.id(), r.revisionNumber(), r.decisionLabel(), r.approved(),
                    r.reviewerName() == null ? "je docent" : r.reviewerName(),
                    Notebook.dutch(LocalDateTime.ofInstant(Instant.ofEpochMilli(r.releasedAt()), clock.getZone())),
                    r.overall(), r.comments(), r.readAt() == null));
        }
        return feedback;
    }

    /** The comments on one version, or none. */
    public static Map<String, String> commentsOn(List<Feedback> feedback, int revision) {
        return feedback.stream().filter(f -> f.revision() == revision).findFirst().map(Feedback::comments).orElse(Map.of());
    }
}
