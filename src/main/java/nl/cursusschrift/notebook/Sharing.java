package nl.cursusschrift.notebook;

import java.time.Clock;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.enrolment.Scope;

/** Sharing parts of one's notebook with the cohort, taking them back, and staff hiding them; each one transaction. */
public final class Sharing {
    private final Transactions transactions;
    private final Clock clock;

    public Sharing(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Shares (part of) a submitted revision with the learner's current cohort; sharing the same part again changes nothing. */
    public void share(String userId, String revisionId, int step, String target, String cohortId) {
        long now = clock.millis();
        String id = Ids.random();
        transactions.run(tx -> {
            if (tx.sql(ShareSql.class).insert(id, userId, revisionId, step, target, cohortId, now) == 1) {
                tx.publish(new NotebookEvents.StepShared(id, userId, step, target, cohortId));
            }
            return null;
        });
    }

    /** False when the share is not the learner's (or already gone). */
    public boolean withdraw(String shareId, String userId, int step) {
        return transactions.run(tx -> {
            boolean done = tx.sql(ShareSql.class).withdraw(shareId, userId) == 1;
            if (done) tx.publish(new NotebookEvents.ShareWithdrawn(shareId, userId, step));
            return done;
        });
    }

    /** False when the staff member may not see the share's cohort. */
    public boolean hide(String shareId, Scope scope, String staffId, boolean hidden) {
        long now = clock.millis();
        return transactions.run(tx -> {
            boolean done = tx.sql(ShareSql.class).hide(shareId, scope, staffId, hidden, now) == 1;
            if (done) tx.publish(new NotebookEvents.ShareHidden(shareId, staffId, hidden));
            return done;
        });
    }
}
