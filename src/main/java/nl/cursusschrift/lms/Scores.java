package nl.cursusschrift.lms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.cursusschrift.db.Ids;
import org.jdbi.v3.core.Handle;

/**
 * Grade passback, the writing half: when a learner hands in a step or an instructor decides on it, the score for
 * each line item of that step in the learner's platform course is written to lti_score in the same transaction
 * (an outbox: the score exists exactly when the change does). {@link ScoreSender} delivers them.
 */
public final class Scores {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A line item a learner's score goes to, and who they are on that platform. */
    public record Target(String platformId, String subject, String lineitemUrl) {
    }

    /** A score still to be delivered. */
    public record Pending(String id, String platformId, String lineitemUrl, String payload, int attempts, long nextAt) {
    }

    /** What happened to the step, in AGS terms. */
    public enum Progress {
        SUBMITTED("Submitted", "PendingManual", null),
        APPROVED("Completed", "FullyGraded", 1.0),
        REVISION_ASKED("InProgress", "Pending", null);

        final String activity;
        final String grading;
        final Double given;

        Progress(String activity, String grading, Double given) {
            this.activity = activity;
            this.grading = grading;
            this.given = given;
        }
    }

    private Scores() {
    }

    /** Runs inside the submission's or review's transaction ({@code Events.inTransaction}). */
    public static void record(Handle h, String userId, int step, Progress progress, long at) {
        LtiSql sql = h.attach(LtiSql.class);
        for (Target t : sql.scoreTargets(userId, step)) {
            sql.insertScore(Ids.random(), t.platformId(), t.lineitemUrl(), payload(t.subject(), progress, at), at);
        }
    }

    static String payload(String subject, Progress progress, long at) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", subject);
        if (progress.given != null) {
            score.put("scoreGiven", progress.given);
            score.put("scoreMaximum", 1.0);
        }
        score.put("activityProgress", progress.activity);
        score.put("gradingProgress", progress.grading);
        // The platform keeps the score with the newest timestamp, so a late retry never overwrites a newer decision.
        score.put("timestamp", Instant.ofEpochMilli(at).toString());
        try {
            return JSON.writeValueAsString(score);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scores endpoint of a line item: "/scores" after its path, before any query. */
    static String scoresUrl(String lineitem) {
        int q = lineitem.indexOf('?');
        return q < 0 ? lineitem + "/scores" : lineitem.substring(0, q) + "/scores" + lineitem.substring(q);
    }
}
