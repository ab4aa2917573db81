package nl.cursusschrift.review;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.cursusschrift.assignment.Feedback;
import nl.cursusschrift.assignment.FeedbackSource;
import nl.cursusschrift.account.AccountEvents;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Events;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.text.Dutch;

/**
 * Reading reviews: the instructor's side, and the released feedback as the learner's pages show it.
 * A learner's released reviews and unread count are read on every signed-in page (the notebook, the
 * assignment, the badge in the navigation), so they are cached per learner: dropped after commit by
 * the events that change them (see {@link #invalidateOn}) on this instance, and after
 * {@link #SHARED_FOR} at the latest, which bounds how late another instance's change shows.
 */
public final class Reviews implements FeedbackSource {
    /** How long a cached entry may live: the lag of a change made on another app instance. */
    public static final Duration SHARED_FOR = Duration.ofSeconds(5);

    private final Cache<String, Map<Integer, List<Review>>> releasedByLearner;
    private final Cache<String, Integer> unreadByLearner;
    private final ReviewSql sql;
    private final Transactions transactions;
    private final Clock clock;

    public Reviews(Database db, Transactions transactions, Clock clock) {
        this.sql = db.reads().onDemand(ReviewSql.class);
        this.transactions = transactions;
        this.clock = clock;
        // Expiry follows the app's clock, so a test can show another instance's change arriving.
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.releasedByLearner = Caffeine.newBuilder().ticker(ticker).maximumSize(5_000).expireAfterWrite(SHARED_FOR).build();
        this.unreadByLearner = Caffeine.newBuilder().ticker(ticker).maximumSize(5_000).expireAfterWrite(SHARED_FOR).build();
    }

    /** Every review of an answer, oldest version first. */
    public List<Review> ofAnswer(String answerId) {
        return sql.ofAnswer(answerId);
    }

    /**
     * Drops a learner's cached feedback after each change to it: released feedback, feedback kept as a
     * draft (it may take back a released one), and a reviewer's changed or deleted account (their name).
     * A value read before the commit is removed too: the invalidation runs after the commit and waits for
     * a load of the same key in progress.
     */
    public void invalidateOn(Events events) {
        events.afterCommit(ReviewEvents.FeedbackReleased.class, e -> forget(e.learnerId()));
        events.afterCommit(ReviewEvents.FeedbackKept.class, e -> forget(e.learnerId()));
        events.afterCommit(AccountEvents.ProfileChanged.class, e -> forgetAll());
        events.afterCommit(AccountEvents.AccountDeleted.class, e -> forgetAll());
    }

    /** Drops what is cached of one learner's feedback. */
    public void forget(String learnerId) {
        releasedByLearner.invalidate(learnerId);
        unreadByLearner.invalidate(learnerId);
    }

    /** Drops what is cached of everyone's feedback. */
    public void forgetAll() {
        releasedByLearner.invalidateAll();
        unreadByLearner.invalidateAll();
    }

    /** The released reviews of a learner, by step (unmodifiable, shared between requests). */
    public Map<Integer, List<Review>> releasedReviews(String learnerId) {
        return releasedByLearner.get(learnerId, id -> {
            Map<Integer, List<Review>> byStep = new HashMap<>();
            for (ReviewSql.StepReview r : sql.releasedFor(id)) byStep.computeIfAbsent(r.step(), k -> new ArrayList<>()).add(r.review());
            Map<Integer, List<Review>> frozen = new HashMap<>();
            byStep.forEach((step, list) -> frozen.put(step, List.copyOf(list)));
            return Map.copyOf(frozen);
        });
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
        return unreadByLearner.get(learnerId, sql::unread);
    }

    /** Marks released feedback of some steps as read by the learner it was written for. */
    @Override
    public void markRead(String learnerId, List<Integer> steps) {
        if (steps.isEmpty()) return;
        long now = clock.millis();
        try {
            transactions.run(tx -> tx.sql(ReviewSql.class).markRead(now, learnerId, steps));
        } finally {
            forget(learnerId);
        }
    }

    public List<String> snippets(String instructorId) {
        return sql.snippets(instructorId);
    }
}
