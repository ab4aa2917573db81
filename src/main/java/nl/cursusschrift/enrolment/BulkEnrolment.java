package nl.cursusschrift.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.cursusschrift.account.Accounts;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.account.User;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;

/**
 * Enrols the accepted lines of a checked CSV: each learner gets an account without a password, is put in
 * their cohort and gets the invitation mail with a one-time link, all in the transaction that makes the
 * account. Written in transactions of {@value #CHUNK} learners, so 10,000 do not hold the one writer for
 * long and other people's saves go on in between.
 */
public final class BulkEnrolment {
    static final int CHUNK = 500;

    private final Transactions transactions;
    private final Accounts accounts;
    private final Clock clock;

    public BulkEnrolment(Transactions transactions, Accounts accounts, Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Returns how many learners were enrolled. */
    public int enrol(List<BulkCheck.Row> rows, String baseUrl) {
        List<BulkCheck.Row> accepted = rows.stream().filter(BulkCheck.Row::ok).toList();
        for (int from = 0; from < accepted.size(); from += CHUNK) {
            List<BulkCheck.Row> chunk = accepted.subList(from, Math.min(accepted.size(), from + CHUNK));
            transactions.run(tx -> {
                long now = clock.millis();
                for (BulkCheck.Row row : chunk) {
                    User user = new User(Ids.random(), nl.cursusschrift.account.Users.normalizeEmail(row.email()), row.name(), Accounts.unknownPassword(), Role.LEARNER, row.cohortId(),
                            LocalDate.now(clock), null, false, now);
                    Accounts.create(tx, user, true);
                    tx.publish(new EnrolmentEvents.LearnerEnrolled(user.id(), user.cohortId()));
                    accounts.invite(tx, user, baseUrl);
                }
                return null;
            });
        }
        return accepted.size();
    }
}
