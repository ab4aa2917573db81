package nl.cursusschrift.review;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.assignment.Submissions;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.search.SearchIndex;

/** An instructor's feedback and decisions, and their standard comments; each change one transaction. */
public final class Reviewing {
    /** Keep the feedback as the instructor's draft, or release it with a decision. */
    public enum Decision { DRAFT, APPROVE, REVISE }

    /** The feedback on one submitted version, as typed. */
    public record Feedback(String answerId, String learnerId, int step, int revision, String reviewerId, String overall,
                           Map<String, String> comments) {
    }

    private final Transactions transactions;
    private final Clock clock;

    public Reviewing(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores the feedback and, when released, the decision on the answer and the learner's search text.
     * False when the answer is no longer submitted at that version (withdrawn, revised, or decided by a
     * colleague meanwhile): then nothing is stored.
     */
    public boolean decide(Feedback f, Decision decision) {
        long now = clock.millis();
        String stored = switch (decision) {
            case APPROVE -> "approved";
            case REVISE -> "revise";
            case DRAFT -> null;
        };
        return transactions.run(tx -> {
            if (stored != null && !Submissions.decide(tx, f.answerId(), f.revision(), decision == Decision.APPROVE, now)) return false;
            ReviewSql sql = tx.sql(ReviewSql.class);
            var json = Json.object();
            f.comments().forEach((target, text) -> {
                if (!text.isBlank()) json.put(target, text);
            });
            Long released = stored == null ? null : now;
            Optional<String> existing = sql.idOf(f.answerId(), f.revision());
            String reviewId = existing.orElseGet(Ids::random);
            if (existing.isEmpty()) {
                sql.insert(reviewId, f.answerId(), f.revision(), f.reviewerId(), stored, f.overall(), Json.write(json), released, now);
            } else {
                sql.update(reviewId, f.reviewerId(), stored, f.overall(), Json.write(json), released, now);
            }
            if (decision == Decision.DRAFT) {
                tx.publish(new ReviewEvents.FeedbackKept(reviewId, f.answerId(), f.learnerId(), f.step(), f.reviewerId()));
                return true;
            }
            SearchIndex.feedback(tx, f.learnerId(), f.step(), reviewId, f.overall() + "\n" + String.join("\n", f.comments().values()));
            tx.publish(decision == Decision.APPROVE
                    ? new ReviewEvents.ReviewReleased(reviewId, f.answerId(), f.learnerId(), f.step(), f.revision(), f.reviewerId())
                    : new ReviewEvents.RevisionRequested(reviewId, f.answerId(), f.learnerId(), f.step(), f.revision(), f.reviewerId()));
            return true;
        });
    }

    public void addSnippet(String instructorId, String body) {
        long now = clock.millis();
        transactions.run(tx -> {
            tx.sql(ReviewSql.class).addSnippet(Ids.random(), instructorId, body, now);
            return null;
        });
    }

    public void deleteSnippet(String instructorId, String snippetId) {
        transactions.run(tx -> {
            tx.sql(ReviewSql.class).deleteSnippet(snippetId, instructorId);
            return null;
        });
    }
}
