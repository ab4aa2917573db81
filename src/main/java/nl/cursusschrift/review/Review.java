package nl.cursusschrift.review;

import java.util.Map;

/**
 * Feedback on one submitted version.
 *
 * @param decision   null while it is a draft; "approved" or "revise" once released
 * @param comments   per field or item ({@code "naam"}, {@code "magisch[1]"}) the comment
 * @param releasedAt null while only the instructor sees it
 * @param readAt     when the learner opened it, or null
 */
public record Review(String id, String answerId, int revisionNumber, String reviewerId, String reviewerName, String decision,
                     String overall, Map<String, String> comments, Long releasedAt, Long readAt, long updatedAt) {

    public boolean released() {
        return releasedAt != null;
    }

    public boolean approved() {
        return "approved".equals(decision);
    }

    public String decisionLabel() {
        if (decision == null) return "Concept";
        return approved() ? "Goedgekeurd" : "Graag aanpassen";
    }

    public boolean isEmpty() {
        return overall.isBlank() && comments.values().stream().allMatch(String::isBlank);
    }
}
