package nl.cursusschrift.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cursusschrift.db.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Accounts in the database. Reads use the read pool; changes take the writer's handle. */
public final class Users {
    static final String COLUMNS = "id, email, name, password_hash, role, cohort_id, enrolled_on, start_date, all_open, created_at";
    static final RowMapper<User> MAPPER = (rs, ctx) -> new User(
            rs.getString("id"),
            rs.getString("email"),
            rs.getString("name"),
            rs.getString("password_hash"),
            Role.ofUser(rs.getString("role")),
            rs.getString("cohort_id"),
            date(rs, "enrolled_on"),
            date(rs, "start_date"),
            rs.getInt("all_open") == 1,
            rs.getLong("created_at"));

    private final Database db;

    public Users(Database db) {
        this.db = db;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    public Optional<User> byEmail(String email) {
        return db.reads().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE email = :email")
                .bind("email", normalizeEmail(email)).map(MAPPER).findOne());
    }

    public Optional<User> byId(String id) {
        return db.reads().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .bind("id", id).map(MAPPER).findOne());
    }

    /** Instructors and admins, by name. */
    public List<User> staff() {
        return db.reads().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE role <> 'learner' ORDER BY name")
                .map(MAPPER).list());
    }

    public boolean emailTaken(String email) {
        return db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user WHERE email = :email")
                .bind("email", normalizeEmail(email)).mapTo(Integer.class).one() > 0);
    }

    public int count() {
        return db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Integer.class).one());
    }

    /** The user's sessions as {started, last active} in epoch ms, for "download my data". */
    public List<long[]> sessions(String userId) {
        return db.reads().withHandle(h -> h.createQuery("SELECT created_at, last_seen_at FROM user_session WHERE user_id = :user ORDER BY created_at")
                .bind("user", userId).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
    }

    /**
     * Deletes the account and, through the foreign keys, everything of it: sessions, answers,
     * revisions, feedback written about them, shares, reset links and its search text.
     */
    public static void delete(Handle h, String userId, String email) {
        h.createUpdate("DELETE FROM search_doc WHERE user_id = :id").bind("id", userId).execute();
        h.createUpdate("DELETE FROM login_failure WHERE email = :email").bind("email", normalizeEmail(email)).execute();
        h.createUpdate("DELETE FROM app_user WHERE id = :id").bind("id", userId).execute();
    }

    public static void insert(Handle h, User u) {
        h.createUpdate("INSERT INTO app_user (" + COLUMNS + ") VALUES "
                        + "(:id, :email, :name, :passwordHash, :role, :cohortId, :enrolledOn, :startDate, :allOpen, :createdAt)")
                .bind("id", u.id())
                .bind("email", normalizeEmail(u.email()))
                .bind("name", u.name())
                .bind("passwordHash", u.passwordHash())
                .bind("role", u.role().stored())
                .bind("cohortId", u.cohortId())
                .bind("enrolledOn", u.enrolledOn().toString())
                .bind("startDate", u.startDate() == null ? null : u.startDate().toString())
                .bind("allOpen", u.allOpen() ? 1 : 0)
                .bind("createdAt", u.createdAt())
                .execute();
    }

    public static void updateProfile(Handle h, String id, String name, String email) {
        h.createUpdate("UPDATE app_user SET name = :name, email = :email WHERE id = :id")
                .bind("id", id).bind("name", name).bind("email", normalizeEmail(email)).execute();
    }

    public static void updatePassword(Handle h, String id, String passwordHash) {
        h.createUpdate("UPDATE app_user SET password_hash = :hash WHERE id = :id").bind("id", id).bind("hash", passwordHash).execute();
    }

    public static void updateStartDate(Handle h, String id, LocalDate start) {
        h.createUpdate("UPDATE app_user SET start_date = :start WHERE id = :id")
                .bind("id", id).bind("start", start == null ? null : start.toString()).execute();
    }

    public static void updateAllOpen(Handle h, String id, boolean open) {
        h.createUpdate("UPDATE app_user SET all_open = :open WHERE id = :id").bind("id", id).bind("open", open ? 1 : 0).execute();
    }

    public static void updateCohort(Handle h, String id, String cohortId) {
        h.createUpdate("UPDATE app_user SET cohort_id = :cohort WHERE id = :id").bind("id", id).bind("cohort", cohortId).execute();
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
