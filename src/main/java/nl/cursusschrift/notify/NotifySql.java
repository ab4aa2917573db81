package nl.cursusschrift.notify;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The notifications' SQL: preferences, what the reminders told, pending notices, calendar feeds. */
public interface NotifySql {
    @SqlQuery("SELECT kind FROM mail_preference WHERE user_id = :user AND enabled = 0")
    List<String> switchedOff(String user);

    @SqlQuery("SELECT user_id FROM mail_preference WHERE kind = :kind AND enabled = 0")
    List<String> allSwitchedOff(String kind);

    @SqlUpdate("INSERT INTO mail_preference (user_id, kind, enabled, updated_at) VALUES (:user, :kind, :enabled, :now) "
            + "ON CONFLICT (user_id, kind) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at")
    void setPreference(String user, String kind, int enabled, long now);

    @SqlQuery("SELECT value FROM app_setting WHERE name = :name")
    Optional<String> setting(String name);

    @SqlUpdate("INSERT INTO app_setting (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
    void addSetting(String name, String value);

    @SqlUpdate("INSERT INTO app_setting (name, value) VALUES (:name, :value) ON CONFLICT (name) DO UPDATE SET value = excluded.value")
    void putSetting(String name, String value);

    @SqlQuery("SELECT user_id FROM calendar_feed WHERE token = :token")
    Optional<String> feedOwner(String token);

    @SqlQuery("SELECT token FROM calendar_feed WHERE user_id = :user")
    Optional<String> feedOf(String user);

    @SqlUpdate("DELETE FROM calendar_feed WHERE user_id = :user")
    int deleteFeed(String user);

    @SqlUpdate("INSERT INTO calendar_feed (user_id, token, created_at) VALUES (:user, :token, :now)")
    void insertFeed(String user, String token, long now);

    @SqlQuery("SELECT sequence FROM calendar_revision WHERE user_id = :user")
    Optional<Integer> sequence(String user);

    @SqlUpdate("INSERT INTO calendar_revision (user_id, sequence) VALUES (:user, 1) "
            + "ON CONFLICT (user_id) DO UPDATE SET sequence = calendar_revision.sequence + 1")
    void raiseSequence(String user);

    // "WHERE 1 = 1" lets SQLite tell the SELECT's end from the ON CONFLICT clause.
    @SqlUpdate("INSERT INTO calendar_revision (user_id, sequence) SELECT id, 1 FROM app_user WHERE cohort_id = :cohort AND 1 = 1 "
            + "ON CONFLICT (user_id) DO UPDATE SET sequence = calendar_revision.sequence + 1")
    void raiseCohortSequence(String cohort);

    @SqlUpdate("INSERT INTO pending_notice (id, user_id, kind, step, detail, created_at) VALUES (:id, :user, :kind, :step, :detail, :now)")
    void addNotice(String id, String user, String kind, int step, String detail, long now);
}
