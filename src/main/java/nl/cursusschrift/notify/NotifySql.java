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

    /** A learner with what decides when their steps open, for the morning reminders. */
    record Learner(String id, String email, String name, String enrolledOn, String startDate, int allOpen, String cohortStart,
                   int cohortAllOpen) {
        nl.cursusschrift.course.Pace pace() {
            return new nl.cursusschrift.course.Pace(java.time.LocalDate.parse(enrolledOn), date(cohortStart), date(startDate),
                    allOpen == 1 || cohortAllOpen == 1);
        }

        private static java.time.LocalDate date(String s) {
            return s == null ? null : java.time.LocalDate.parse(s);
        }
    }

    @SqlQuery("""
            SELECT u.id, u.email, u.name, u.enrolled_on, u.start_date, u.all_open, c.start_date AS cohort_start,
                   COALESCE(c.all_open, 0) AS cohort_all_open
            FROM app_user u LEFT JOIN cohort c ON c.id = u.cohort_id WHERE u.role = 'learner'""")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Learner.class)
    List<Learner> learners();

    /** A step a learner handed in at least once (submitted, reviewed or asked to revise): no reminder for it. */
    record Done(String userId, int step) {
    }

    @SqlQuery("SELECT user_id, step FROM answer WHERE state <> 'draft'")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Done.class)
    List<Done> handedIn();

    record Watch(String userId, int openSteps) {
    }

    @SqlQuery("SELECT user_id, open_steps FROM reminder_watch")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Watch.class)
    List<Watch> watches();

    @SqlUpdate("INSERT INTO reminder_watch (user_id, open_steps, updated_at) VALUES (:user, :open, :now) "
            + "ON CONFLICT (user_id) DO UPDATE SET open_steps = excluded.open_steps, updated_at = excluded.updated_at")
    void watch(String user, int open, long now);

    /** 1 when this run claimed the step, 0 when it was announced before (by this or another instance). */
    @SqlUpdate("INSERT INTO reminder_step (user_id, step, mailed, created_at) VALUES (:user, :step, 1, :now) ON CONFLICT DO NOTHING")
    int claimStep(String user, int step, long now);

    /** A learner or sharer with notices that waited long enough to be mailed together. */
    record Due(String userId, String kind) {
    }

    @SqlQuery("SELECT user_id, kind FROM pending_notice WHERE handled_at IS NULL GROUP BY user_id, kind HAVING MIN(created_at) <= :cutoff")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Due.class)
    List<Due> due(long cutoff);

    record Notice(String id, int step, String detail, long createdAt) {
    }

    @SqlQuery("SELECT id, step, detail, created_at FROM pending_notice WHERE user_id = :user AND kind = :kind AND handled_at IS NULL "
            + "ORDER BY created_at, id")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Notice.class)
    List<Notice> pending(String user, String kind);

    /** 1 when this batch took the notice; 0 when another instance's batch already did. */
    @SqlUpdate("UPDATE pending_notice SET handled_at = :now WHERE id = :id AND handled_at IS NULL")
    int take(String id, long now);

    record Person(String id, String email, String name, String role) {
    }

    @SqlQuery("SELECT id, email, name, role FROM app_user WHERE id = :id")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Person.class)
    Optional<Person> person(String id);

    /** A reply as the sharer would be told of it; empty once it is hidden or gone with its share. */
    @SqlQuery("SELECT u.name FROM share_reply r JOIN app_user u ON u.id = r.user_id WHERE r.id = :id AND r.hidden_at IS NULL")
    Optional<String> visibleReplyAuthor(String id);

    /** A submission waiting in an instructor's cohorts, for their morning overview. */
    record Waiting(String staffId, String answerId, int step, long submittedAt, String learner, String cohort) {
    }

    @SqlQuery("""
            SELECT ic.user_id AS staff_id, a.id AS answer_id, a.step, a.submitted_at, u.name AS learner, c.name AS cohort
            FROM instructor_cohort ic
            JOIN cohort c ON c.id = ic.cohort_id
            JOIN app_user u ON u.cohort_id = ic.cohort_id AND u.role = 'learner'
            JOIN answer a ON a.user_id = u.id AND a.state = 'submitted'
            ORDER BY ic.user_id, a.submitted_at, a.id""")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Waiting.class)
    List<Waiting> waitingPerStaff();
}
