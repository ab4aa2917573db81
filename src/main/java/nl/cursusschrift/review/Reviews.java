package nl.cursusschrift.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.Feedback;
import nl.cursusschrift.assignment.FeedbackSource;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.text.Dutch;

/** Reading reviews: the instructor's side, and the released feedback as the learner's pages show it. */
public final class Reviews implements FeedbackSource {
    private final ReviewSql sql;
    private final Transactions transactions;
    private final Clock clock;

    public Reviews(Database db, Transactions transactions, Clock clock) {
        this.sql = db.reads().onDemand(ReviewSql.class);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every review of an answer, oldest version first. */
    public List<Review> ofAnswer(String answerId) {
        return sql.ofAnswer(answerId);
    }

    /** The released reviews of a learner, by step. */
    public Map<Integer, List<Review>> releasedReviews(String learnerId) {
        Map<Integer, List<Review>> byStep = new HashMap<>();
        for (ReviewSql.StepReview r : sql.releasedFor(learnerId)) byStep.computeIfAbsent(r.step(), k -> new ArrayList<>()).add(r.review());
        return byStep;
    }

    @Override
    public Map<Integer, List<Feedback>> released(String learnerId) {
        Map<Integer, List<Feedback>> byStep = new HashMap<>();
        releasedReviews(learnerId).forEach((step, reviews) -> byStep.put(step, feedback(reviews)));
        return byStep;
    }

    /** A step's released reviews as the learner reads them, newest first. */
    List<Feedback> feedback(List<Review> released) {
        List<Feedback> feedback = new ArrayList<>();
        for (Review r : released) {
            if (!r.released()) continue;
            feedback.add(0, new Feedback(r.id(), r.revisionNumber(), r.decisionLabel(), r.approved(),
                    r.reviewerName() == null ? "je docent" : r.reviewerName(), Dutch.dateTime(r.releasedAt(), clock),
                    r.overall(), r.comments(), r.readAt() == null));
        }
        return feedback;
    }

    /** Released feedback the learner has not opened yet (the badge in the navigation). */
    @Override
    public int unread(String learnerId) {
        return sql.unread(learnerId);
    }

    /** Marks released feedback of some steps as read by the learner it was written for. */
    @Override
    public void markRead(String learnerId, List<Integer> steps) {
        if (steps.isEmpty()) return;
        long now = clock.millis();
        transactions.run(tx -> tx.sql(ReviewSql.class).markRead(now, learnerId, steps));
    }

    public List<String> snippets(String instructorId) {
        return sql.snippets(instructorId);
    }
}
