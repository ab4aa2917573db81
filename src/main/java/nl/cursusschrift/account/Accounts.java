package nl.cursusschrift.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.db.Tx;

/** The account's state changes, each one transaction. */
public final class Accounts {
    private final Transactions transactions;
    private final Clock clock;
    private final AccountMails mails;

    /** Without mails: the command line, which hands links over itself. */
    public Accounts(Transactions transactions, Clock clock) {
        this(transactions, clock, null);
    }

    public Accounts(Transactions transactions, Clock clock, AccountMails mails) {
        this.transactions = transactions;
        this.clock = clock;
        this.mails = mails;
    }

    /** Stores a new account inside another use case's transaction (registration); the e-mail is stored normalised. */
    public static void create(Tx tx, User user, boolean byStaff) {
        tx.sql(AccountSql.class).insertUser(normalised(user));
        tx.publish(new AccountEvents.AccountCreated(user.id(), user.role(), byStaff));
    }

    /** An account made on the command line, with the password typed there. */
    public User createWithPassword(String email, String name, String passwordHash, Role role) {
        User user = new User(Ids.random(), email, name, passwordHash, role, null, LocalDate.now(clock), null, false, clock.millis());
        transactions.run(tx -> {
            create(tx, user, true);
            return null;
        });
        return user;
    }

    /** A new instructor or admin: an account with a password nobody knows, and the one-time link to set one. */
    public record Invited(User user, String token) {
    }

    /**
     * Makes the account and its link; with {@code baseUrl} the person also gets the invitation mail, in the
     * same transaction. The link is returned too: staff can still copy it when the mail does not arrive.
     */
    public Invited invite(String name, String email, Role role, String baseUrl) {
        long now = clock.millis();
        User user = new User(Ids.random(), email, name, unknownPassword(), role, null, LocalDate.now(clock), null, false, now);
        String token = transactions.run(tx -> {
            create(tx, user, true);
            return invite(tx, user, baseUrl);
        });
        return new Invited(user, token);
    }

    /** A password nobody knows: the account waits for its owner to set one with the link. */
    public static String unknownPassword() {
        return Passwords.unset();
    }

    /** Inside another use case's transaction (bulk enrolment): the one-time link for a new account and its mail. */
    public String invite(Tx tx, User user, String baseUrl) {
        String token = ResetLinks.create(tx, user.id(), clock.millis());
        if (mails != null && baseUrl != null) mails.invitation(tx, user, ResetLinks.url(baseUrl, token));
        return token;
    }

    /** A one-time link for an existing account (staff pages, the CLI); returns the token. */
    public String resetLink(String userId) {
        long now = clock.millis();
        return transactions.run(tx -> ResetLinks.create(tx, userId, now));
    }

    /** "Overal anders uitloggen": ends every session of the user but the one given; returns how many ended. */
    public int endOtherSessions(String userId, String keepSessionHash) {
        return transactions.run(tx -> {
            int ended = tx.sql(AccountSql.class).deleteSessionsOf(userId, keepSessionHash);
            tx.publish(new AccountEvents.SessionsEnded(userId, ended));
            return ended;
        });
    }

    /** Throws when another account took the e-mail meanwhile ({@link Users#isDuplicateEmail}). */
    public void updateProfile(String userId, String name, String email, boolean emailChanged) {
        transactions.run(tx -> {
            tx.sql(AccountSql.class).updateProfile(userId, name, Users.normalizeEmail(email));
            tx.publish(new AccountEvents.ProfileChanged(userId, emailChanged));
            return null;
        });
    }

    /** Sets the new password and ends every session of the user; the caller signs the user in again. */
    public void changePassword(String userId, String passwordHash) {
        transactions.run(tx -> {
            setPassword(tx, userId, passwordHash);
            return null;
        });
    }

    /**
     * Uses a reset link: sets the new password and ends every session of the user, in one
     * transaction. Returns the user id, or empty when the link was used or expired meanwhile.
     */
    public Optional<String> resetPassword(String token, String passwordHash) {
        long now = clock.millis();
        String hash = Ids.sha256(token);
        return transactions.run(tx -> {
            AccountSql sql = tx.sql(AccountSql.class);
            Optional<String> user = sql.usableReset(hash, now);
            if (user.isEmpty()) return Optional.<String>empty();
            sql.useReset(hash, now);
            // The password is set: any other link still out there (asked for or handed over) has done its job.
            sql.replaceResets(user.get(), now);
            setPassword(tx, user.get(), passwordHash);
            return user;
        });
    }

    private static void setPassword(Tx tx, String userId, String passwordHash) {
        AccountSql sql = tx.sql(AccountSql.class);
        sql.updatePassword(userId, passwordHash);
        sql.deleteSessionsOf(userId, "");
        tx.publish(new AccountEvents.PasswordChanged(userId));
    }

    /**
     * Deletes the account and, through the foreign keys, everything of it: sessions, answers,
     * revisions, feedback written about them, shares, reset links and its search text. Returns
     * how many answers went with it.
     */
    public int delete(String userId, String email, Role role) {
        long now = clock.millis();
        return transactions.run(tx -> {
            AccountSql sql = tx.sql(AccountSql.class);
            int answers = sql.answersOf(userId);
            // Listeners that keep text about the user (the search index) remove it in this transaction.
            tx.publish(new AccountEvents.AccountDeleted(userId, role, answers));
            sql.clearFailures(Users.normalizeEmail(email));
            sql.deleteUser(userId);
            // A trace that it happened, without who: no name, no e-mail, no id.
            sql.audit(Ids.random(), now, "account-deleted", AccountView.roleName(role) + ", " + answers + " antwoorden");
            return answers;
        });
    }

    private static User normalised(User u) {
        return new User(u.id(), Users.normalizeEmail(u.email()), u.name(), u.passwordHash(), u.role(), u.cohortId(), u.enrolledOn(),
                u.startDate(), u.allOpen(), u.createdAt());
    }
}
