package nl.cursusschrift.notify;

import java.time.Clock;
import java.util.Set;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;

/** The notifications' state changes: which mails a person wants, and their calendar address. */
public final class Notifying {
    private final Transactions transactions;
    private final Clock clock;

    public Notifying(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sets every kind the person may have: those in {@code wanted} on, the others off. */
    public void choose(String userId, boolean staff, Set<MailKind> wanted) {
        long now = clock.millis();
        transactions.run(tx -> {
            NotifySql sql = tx.sql(NotifySql.class);
            for (MailKind kind : MailKind.forStaff(staff)) sql.setPreference(userId, kind.key, wanted.contains(kind) ? 1 : 0, now);
            return null;
        });
    }

    /** The one-click unsubscribe: one kind off, nothing else changed. */
    public void switchOff(String userId, MailKind kind) {
        long now = clock.millis();
        transactions.run(tx -> {
            tx.sql(NotifySql.class).setPreference(userId, kind.key, 0, now);
            return null;
        });
    }

    /** A new secret calendar address; an earlier one stops working at once. */
    public String newFeed(String userId) {
        String token = Ids.random();
        long now = clock.millis();
        transactions.run(tx -> {
            NotifySql sql = tx.sql(NotifySql.class);
            sql.deleteFeed(userId);
            sql.insertFeed(userId, token, now);
            return null;
        });
        return token;
    }

    public boolean revokeFeed(String userId) {
        return transactions.run(tx -> tx.sql(NotifySql.class).deleteFeed(userId)) > 0;
    }
}
