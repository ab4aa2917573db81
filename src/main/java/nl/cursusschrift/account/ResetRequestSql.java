package nl.cursusschrift.account;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** "Wachtwoord vergeten": the requests counted for its limits, and the links people ask for themselves. */
public interface ResetRequestSql {
    @SqlUpdate("INSERT INTO reset_request (email, ip, at) VALUES (:email, :ip, :now)")
    void insert(String email, String ip, long now);

    @SqlUpdate("DELETE FROM reset_request WHERE at < :old")
    int purge(long old);

    @SqlQuery("SELECT at FROM reset_request WHERE email = :email AND at > :since ORDER BY at DESC LIMIT :limit")
    List<Long> ofEmail(String email, long since, int limit);

    @SqlQuery("SELECT at FROM reset_request WHERE ip = :ip AND at > :since ORDER BY at DESC LIMIT :limit")
    List<Long> fromIp(String ip, long since, int limit);

    @SqlUpdate("""
            INSERT INTO password_reset (token_hash, user_id, expires_at, used_at, created_at, self_service)
            VALUES (:hash, :user, :expires, NULL, :now, 1)""")
    void insertSelfService(String hash, String user, long expires, long now);

    /** A new self-service link ends the earlier ones the person asked for; a link staff handed over stays. */
    @SqlUpdate("UPDATE password_reset SET replaced_at = :now WHERE user_id = :user AND self_service = 1 AND used_at IS NULL AND replaced_at IS NULL")
    void replaceSelfService(String user, long now);
}
