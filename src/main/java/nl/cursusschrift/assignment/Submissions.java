package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.db.Tx;
import nl.cursusschrift.search.SearchIndex;

/**
 * A learner's work on a step changing state, each change one durable transaction together with the
 * search text it affects: saving a draft, handing in, taking back; and an instructor's decision on
 * a submitted version, called inside the review's own transaction.
 */
public final class Submissions {
    private final Transactions transactions;
    private final Clock clock;

    public Submissions(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a draft save did. {@code stale}: another tab or device had saved a newer version in between. */
    public record Saved(boolean ok, int version, boolean stale, AnswerState state, long at) {
    }

    /** Stores the draft unless the answer is submitted or approved. Last write wins; the caller learns whether its base was stale. */
    public Saved saveDraft(String userId, int step, Assignment assignment, ObjectNode raw, int baseVersion) {
        long now = clock.millis();
        String json = Json.write(raw);
        String text = AnswerView.of(assignment, raw).text();
        return transactions.run(tx -> {
            AnswerSql sql = tx.sql(AnswerSql.class);
            Optional<Integer> version = sql.saveDraft(Ids.random(), userId, step, json, now);
            if (version.isEmpty()) return new Saved(false, 0, false, AnswerState.ofStored(sql.state(userId, step)), now);
            int saved = version.get();
            SearchIndex.draft(tx, userId, step, text);
            tx.publish(new AssignmentEvents.DraftSaved(userId, step, saved));
            boolean stale = saved == 1 ? baseVersion > 0 : saved - 1 != baseVersion;
            return new Saved(true, saved, stale, AnswerState.DRAFT, now);
        });
    }

    /** What a submit did: the revision number, or the state that refused it. */
    public record Submitted(boolean ok, int number, AnswerState state) {
    }

    /** Hands in a checked, typed answer as a new revision, keeping the declaration it was written for. */
    public Submitted submit(String userId, int step, Assignment assignment, ObjectNode typed) {
        long now = clock.millis();
        String body = Json.write(typed);
        String text = AnswerView.of(assignment, typed).text();
        return transactions.run(tx -> {
            AnswerSql sql = tx.sql(AnswerSql.class);
            Optional<Answers.Answer> current = sql.find(userId, step);
            if (current.isPresent() && !current.get().state().editable()) return new Submitted(false, 0, current.get().state());
            String answerId = current.map(Answers.Answer::id).orElseGet(Ids::random);
            int number = current.map(a -> a.revisionCount() + 1).orElse(1);
            if (current.isEmpty()) sql.insertSubmitted(answerId, userId, step, now);
            else sql.markSubmitted(answerId, number, now);
            sql.keepSpec(assignment.hash(), step, assignment.source(), now);
            sql.insertRevision(Ids.random(), answerId, number, body, assignment.hash(), now);
            SearchIndex.revision(tx, userId, step, number, text);
            tx.publish(new AssignmentEvents.AnswerSubmitted(userId, step, answerId, number));
            return new Submitted(true, number, AnswerState.SUBMITTED);
        });
    }

    /**
     * Takes a submission back before it is reviewed: the answer becomes a draft again, starting from
     * what was sent. {@code text} is that version's search text. False when there is nothing to take back.
     */
    public boolean withdraw(String userId, int step, String text) {
        long now = clock.millis();
        return transactions.run(tx -> {
            AnswerSql sql = tx.sql(AnswerSql.class);
            Optional<Answers.Answer> current = sql.find(userId, step);
            if (current.isEmpty() || current.get().state() != AnswerState.SUBMITTED) return false;
            Answers.Answer answer = current.get();
            sql.backToDraft(answer.id(), sql.revisionBody(answer.id(), answer.revisionCount()), now);
            SearchIndex.draft(tx, userId, step, text);
            tx.publish(new AssignmentEvents.AnswerWithdrawn(userId, step, answer.id()));
            return true;
        });
    }

    /**
     * An instructor's decision on the submitted version {@code revision}, inside the review's
     * transaction: approved, or sent back for changes, in which case the learner's new draft starts
     * from that version. Only applies when the answer is still submitted at that version; false when
     * the learner or a colleague changed it meanwhile.
     */
    public static boolean decide(Tx tx, String answerId, int revision, boolean approved, long now) {
        AnswerSql sql = tx.sql(AnswerSql.class);
        return (approved ? sql.approve(answerId, revision, now) : sql.sendBack(answerId, revision, now)) == 1;
    }
}
