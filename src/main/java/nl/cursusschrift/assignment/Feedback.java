package nl.cursusschrift.assignment;

import java.util.List;
import java.util.Map;

/**
 * Released feedback as the learner sees it, newest first where listed. The review package writes
 * feedback and hands it to the assignment pages through a {@link FeedbackSource}.
 *
 * @param comments   per field or item target
 * @param releasedAt the Dutch date and time it was released
 * @param unread     the learner has not opened it before this page
 */
public record Feedback(String reviewId, int revision, String decision, boolean approved, String reviewer, String releasedAt,
                       String overall, Map<String, String> comments, boolean unread) {

    /** The comments on one version, or none. */
    public static Map<String, String> commentsOn(List<Feedback> feedback, int revision) {
        return feedback.stream().filter(f -> f.revision() == revision).findFirst().map(Feedback::comments).orElse(Map.of());
    }
}
