package nl.cursusschrift.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cursusschrift.db.Database;

/** Reading accounts. Changes go through {@link Accounts} (and, for enrolment, the enrolment use cases). */
public final class Users {
    private final AccountSql sql;

    public Users(Database db) {
        this.sql = db.reads().onDemand(AccountSql.class);
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<User> byEmail(String email) {
        return sql.userByEmail(normalizeEmail(email));
    }

    public Optional<User> byId(String id) {
        return sql.userById(id);
    }

    /** Instructors and admins, by name. */
    public List<User> staff() {
        return sql.staff();
    }

    public boolean emailTaken(String email) {
        return sql.countEmail(normalizeEmail(email)) > 0;
    }

    /** Which of these (normalised) addresses already have an account; asked in chunks, so 10,000 at once is fine. */
    public java.util.Set<String> taken(java.util.Collection<String> emails) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<String> all = emails.stream().map(Users::normalizeEmail).distinct().toList();
        for (int i = 0; i < all.size(); i += 500) taken.addAll(sql.takenEmails(all.subList(i, Math.min(all.size(), i + 500))));
        return taken;
    }

    public int count() {
        return sql.countUsers();
    }

    /** The user's sessions as {started, last active} in epoch ms, for "download my data". */
    public List<long[]> sessions(String userId) {
        return sql.sessionsOf(userId);
    }

    /** True when a unique constraint on e-mail refused the write (two people registering at once). */
    public static boolean isDuplicateEmail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("app_user.email") || message.contains("app_user_email_key")) return true;
        }
        return false;
    }
}
