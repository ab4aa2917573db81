package nl.cursusschrift.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The account's SQL: users, their sessions, failed logins, reset links and the audit trail. Only the
 * account package writes these tables (the enrolment columns of app_user excepted: see EnrolmentSql).
 */
@RegisterRowMapper(AccountSql.UserMapper.class)
public interface AccountSql {
    String USER_COLUMNS = "id, email, name, password_hash, role, cohort_id, enrolled_on, start_date, all_open, created_at";

    @SqlQuery("SELECT " + USER_COLUMNS + " FROM app_user WHERE email = :email")
    Optional<User> userByEmail(String email);

    @SqlQuery("SELECT " + USER_COLUMNS + " FROM app_user WHERE id = :id")
    Optional<User> userById(String id);

    @SqlQuery("SELECT " + USER_COLUMNS + " FROM app_user WHERE role <> 'learner' ORDER BY name")
    List<User> staff();

    @SqlQuery("SELECT COUNT(*) FROM app_user WHERE email = :email")
    int countEmail(String email);

    @SqlQuery("SELECT email FROM app_user WHERE email IN (<emails>)")
    List<String> takenEmails(@org.jdbi.v3.sqlobject.customizer.BindList(value = "emails",
            onEmpty = org.jdbi.v3.sqlobject.customizer.BindList.EmptyHandling.NULL_STRING) List<String> emails);

    @SqlQuery("SELECT COUNT(*) FROM app_user")
    int countUsers();

    @SqlUpdate("INSERT INTO app_user (" + USER_COLUMNS + ") VALUES (:id, :email, :name, :passwordHash, :storedRole, :cohortId, "
            + ":enrolledOnText, :startDateText, :allOpenFlag, :createdAt)")
    void insertUser(@BindMethods User user);

    @SqlUpdate("UPDATE app_user SET name = :name, email = :email WHERE id = :id")
    void updateProfile(String id, String name, String email);

    @SqlUpdate("UPDATE app_user SET password_hash = :hash WHERE id = :id")
    void updatePassword(String id, String hash);

    @SqlUpdate("DELETE FROM app_user WHERE id = :id")
    void deleteUser(String id);

    // ---- sessions ----

    /**
     * The session with its person, their cohort's pace and the versions of what their pages show (for
     * staff also the review queue's, V13), in the one query every signed-in request makes. Run with
     * plain JDBC by {@link Sessions#find} (it is the hottest statement of the app), mapped by
     * {@link SessionMapper}.
     */
    String SESSION = """
            SELECT u.id, u.email, u.name, u.role, u.cohort_id, u.enrolled_on, u.start_date, u.all_open,
                   c.name AS cohort_name, c.start_date AS cohort_start, c.all_open AS cohort_all_open,
                   s.id_hash, s.csrf_token, s.created_at AS session_created, s.last_seen_at, s.remember, s.password_outdated,
                   vu.version AS version_own, vc.version AS version_cohort, va.version AS version_all, vq.version AS version_queue
            FROM user_session s
            JOIN app_user u ON u.id = s.user_id
            LEFT JOIN cohort c ON c.id = u.cohort_id
            LEFT JOIN page_version vu ON vu.scope = 'u:' || u.id
            LEFT JOIN page_version vc ON vc.scope = 'c:' || COALESCE(u.cohort_id, '')
            LEFT JOIN page_version va ON va.scope = 'all'
            LEFT JOIN page_version vq ON vq.scope = 'queue' AND u.role <> 'learner'
            WHERE s.id_hash = ?""";

    @SqlUpdate("INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at, remember, device, password_outdated) "
            + "VALUES (:hash, :user, :csrf, :now, :now, :remember, :device, :outdated)")
    void insertSession(String hash, String user, String csrf, long now, int remember, String device, int outdated);

    @SqlQuery("SELECT id_hash, device, created_at, last_seen_at, remember FROM user_session WHERE user_id = :user ORDER BY last_seen_at DESC")
    @RegisterRowMapper(ListedMapper.class)
    List<Sessions.Listed> sessionList(String user);

    @SqlUpdate("DELETE FROM user_session WHERE id_hash = :hash")
    void deleteSession(String hash);

    @SqlUpdate("DELETE FROM user_session WHERE user_id = :user AND id_hash <> :except")
    int deleteSessionsOf(String user, String except);

    @SqlUpdate("UPDATE user_session SET last_seen_at = :now WHERE id_hash = :hash")
    void touchSession(String hash, long now);

    @SqlUpdate("DELETE FROM user_session WHERE created_at < :remembered OR (remember = 0 AND (created_at < :absolute OR last_seen_at < :idle))")
    void purgeSessions(long remembered, long absolute, long idle);

    /** The user's sessions as {started, last active} in epoch ms, for "download my data". */
    @SqlQuery("SELECT created_at, last_seen_at FROM user_session WHERE user_id = :user ORDER BY created_at")
    @RegisterRowMapper(SpanMapper.class)
    List<long[]> sessionsOf(String user);

    // ---- failed logins ----

    /** Failure times, newest first, of one subject from one address. */
    @SqlQuery("SELECT at FROM login_failure WHERE email = :subject AND ip = :address AND at > :since ORDER BY at DESC LIMIT :limit")
    List<Long> failuresOfPair(String subject, String address, long since, int limit);

    @SqlQuery("SELECT at FROM login_failure WHERE ip = :address AND at > :since ORDER BY at DESC LIMIT :limit")
    List<Long> failuresFrom(String address, long since, int limit);

    @SqlQuery("SELECT at FROM login_failure WHERE email = :subject AND at > :since ORDER BY at DESC LIMIT :limit")
    List<Long> failuresOf(String subject, long since, int limit);

    @SqlUpdate("INSERT INTO login_failure (email, ip, at) VALUES (:email, :ip, :now)")
    void insertFailure(String email, String ip, long now);

    @SqlUpdate("DELETE FROM login_failure WHERE at < :old")
    int purgeFailures(long old);

    @SqlUpdate("DELETE FROM login_failure WHERE email = :email")
    int clearFailures(String email);

    @SqlUpdate("DELETE FROM login_failure WHERE email = :subject AND ip = :address")
    int clearPair(String subject, String address);

    // ---- reset links ----

    @SqlUpdate("INSERT INTO password_reset (token_hash, user_id, expires_at, used_at, created_at) VALUES (:hash, :user, :expires, NULL, :now)")
    void insertReset(String hash, String user, long expires, long now);

    @SqlUpdate("UPDATE password_reset SET replaced_at = :now WHERE user_id = :user AND used_at IS NULL AND replaced_at IS NULL")
    void replaceResets(String user, long now);

    @SqlQuery("SELECT user_id, expires_at, used_at, replaced_at FROM password_reset WHERE token_hash = :hash")
    @RegisterRowMapper(ResetMapper.class)
    Optional<ResetRow> reset(String hash);

    @SqlQuery("SELECT user_id FROM password_reset WHERE token_hash = :hash AND used_at IS NULL AND replaced_at IS NULL AND expires_at > :now")
    Optional<String> usableReset(String hash, long now);

    @SqlUpdate("UPDATE password_reset SET used_at = :now WHERE token_hash = :hash")
    void useReset(String hash, long now);

    // ---- audit ----

    @SqlQuery("SELECT COUNT(*) FROM answer WHERE user_id = :user")
    int answersOf(String user);

    @SqlUpdate("INSERT INTO audit_event (id, at, action, detail) VALUES (:id, :at, :action, :detail)")
    void audit(String id, long at, String action, String detail);

    /** A stored reset link. */
    record ResetRow(String userId, long expiresAt, Long usedAt, Long replacedAt) {
    }

    final class UserMapper implements RowMapper<User> {
        @Override
        public User map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new User(rs.getString("id"), rs.getString("email"), rs.getString("name"), rs.getString("password_hash"),
                    Role.ofUser(rs.getString("role")), rs.getString("cohort_id"), date(rs, "enrolled_on"), date(rs, "start_date"),
                    rs.getInt("all_open") == 1, rs.getLong("created_at"));
        }
    }

    final class SessionMapper {
        private SessionMapper() {
        }

        static Sessions.Row map(ResultSet rs) throws SQLException {
            CurrentUser user = new CurrentUser(rs.getString("id"), rs.getString("email"), rs.getString("name"), Role.ofUser(rs.getString("role")),
                    rs.getString("cohort_id"), rs.getString("cohort_name"), date(rs, "enrolled_on"), date(rs, "start_date"),
                    rs.getInt("all_open") == 1, date(rs, "cohort_start"), rs.getInt("cohort_all_open") == 1,
                    rs.getString("id_hash"), rs.getString("csrf_token"), rs.getInt("remember") == 1, rs.getInt("password_outdated") == 1,
                    new CurrentUser.Versions(rs.getLong("version_own"), rs.getLong("version_cohort"), rs.getLong("version_all")),
                    rs.getLong("version_queue"));
            return new Sessions.Row(user, rs.getLong("session_created"), rs.getLong("last_seen_at"), rs.getInt("remember") == 1);
        }
    }

    final class ListedMapper implements RowMapper<Sessions.Listed> {
        @Override
        public Sessions.Listed map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Sessions.Listed(rs.getString("id_hash"), rs.getString("device"), rs.getLong("created_at"), rs.getLong("last_seen_at"),
                    rs.getInt("remember") == 1);
        }
    }

    final class SpanMapper implements RowMapper<long[]> {
        @Override
        public long[] map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    final class ResetMapper implements RowMapper<ResetRow> {
        @Override
        public ResetRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            long used = rs.getLong("used_at");
            Long usedAt = rs.wasNull() ? null : used;
            long replaced = rs.getLong("replaced_at");
            Long replacedAt = rs.wasNull() ? null : replaced;
            return new ResetRow(rs.getString("user_id"), rs.getLong("expires_at"), usedAt, replacedAt);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        if (value == null) return null;
        // YYYY-MM-DD as stored; parsed by hand because LocalDate.parse's formatter showed in the profile of every request.
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10), Integer.parseInt(value, 8, 10, 10));
            } catch (RuntimeException e) {
                // fall through to the strict parser and its message
            }
        }
        return LocalDate.parse(value);
    }
}
