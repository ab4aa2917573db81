package nl.cursusschrift.notebook;

import java.time.Clock;
import java.util.List;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.enrolment.Scope;

/** Replying under a shared answer, staff hiding a reply, the sharer having seen replies; each one transaction. */
public final class Replying {
    private final Transactions transactions;
    private final Clock clock;

    public Replying(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores a reply the caller checked (length, who may see the share); null when the share is gone meanwhile.
     * Publishes {@link NotebookEvents.ReplyPosted}, so the sharer can be told.
     */
    public String reply(Shares.Share share, String authorId, String body) {
        long now = clock.millis();
        String id = Ids.random();
        return transactions.run(tx -> {
            if (tx.sql(ReplySql.class).insert(id, share.id(), authorId, body, now) != 1) return null;
            tx.publish(new NotebookEvents.ReplyPosted(id, share.id(), authorId, share.userId(), share.step()));
            return id;
        });
    }

    /** False when the reply is not under that share, or the staff member may not see the sharer's cohort. */
    public boolean hide(String replyId, String shareId, Scope scope, String staffId, boolean hidden) {
        long now = clock.millis();
        return transactions.run(tx -> {
            boolean done = tx.sql(ReplySql.class).hide(replyId, shareId, scope, staffId, hidden, now) == 1;
            if (done) tx.publish(new NotebookEvents.ReplyHidden(replyId, staffId, hidden));
            return done;
        });
    }

    /** The sharer's notebook showed these replies; others' replies and replies to others' shares stay as they are. */
    public void markRead(String ownerId, List<String> replyIds) {
        if (replyIds.isEmpty()) return;
        long now = clock.millis();
        transactions.run(tx -> tx.sql(ReplySql.class).markRead(ownerId, replyIds, now));
    }
}
