package nl.cursusschrift.lms;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The LTI tables (lti_*). Only this package reads or writes them. */
@RegisterConstructorMapper(Platform.Row.class)
public interface LtiSql {
    String PLATFORM = "SELECT id, issuer, client_id, auth_url, token_url, jwks_url, created_at FROM lti_platform";

    // ---- platforms ----

    @SqlQuery(PLATFORM + " ORDER BY issuer, client_id")
    List<Platform.Row> platforms();

    @SqlQuery(PLATFORM + " WHERE id = :id")
    Optional<Platform.Row> platform(String id);

    @SqlQuery(PLATFORM + " WHERE issuer = :issuer ORDER BY created_at")
    List<Platform.Row> platformsOf(String issuer);

    @SqlQuery("SELECT platform_id || ' ' || deployment_id FROM lti_deployment ORDER BY deployment_id")
    List<String> deploymentPairs();

    @SqlQuery("SELECT COUNT(*) FROM lti_deployment WHERE platform_id = :platform AND deployment_id = :deployment")
    int deploymentCount(String platform, String deployment);

    @SqlUpdate("INSERT INTO lti_platform (id, issuer, client_id, auth_url, token_url, jwks_url, created_at) "
            + "VALUES (:id, :issuer, :clientId, :authUrl, :tokenUrl, :jwksUrl, :createdAt)")
    void insertPlatform(String id, String issuer, String clientId, String authUrl, String tokenUrl, String jwksUrl, long createdAt);

    @SqlUpdate("INSERT INTO lti_deployment (platform_id, deployment_id) VALUES (:platform, :deployment)")
    void insertDeployment(String platform, String deployment);

    @SqlUpdate("DELETE FROM lti_platform WHERE id = :id")
    int deletePlatform(String id);

    // ---- the tool's keys ----

    @SqlQuery("SELECT jwk FROM lti_key WHERE retired_at IS NULL ORDER BY created_at DESC, kid LIMIT 1")
    Optional<String> currentKey();

    @SqlQuery("SELECT jwk FROM lti_key WHERE retired_at IS NULL OR retired_at > :since ORDER BY created_at DESC")
    List<String> publishedKeys(long since);

    @SqlUpdate("INSERT INTO lti_key (kid, jwk, created_at, retired_at) VALUES (:kid, :jwk, :now, NULL)")
    void insertKey(String kid, String jwk, long now);

    @SqlUpdate("UPDATE lti_key SET retired_at = :now WHERE retired_at IS NULL")
    int retireKeys(long now);

    // ---- logins in progress ----

    @SqlUpdate("INSERT INTO lti_login (state_hash, nonce, platform_id, expires_at) VALUES (:hash, :nonce, :platform, :expires)")
    void insertLogin(String hash, String nonce, String platform, long expires);

    @SqlQuery("SELECT state_hash, nonce, platform_id, expires_at FROM lti_login WHERE state_hash = :hash")
    @RegisterConstructorMapper(Logins.Pending.class)
    Optional<Logins.Pending> login(String hash);

    @SqlUpdate("DELETE FROM lti_login WHERE state_hash = :hash")
    int deleteLogin(String hash);

    @SqlUpdate("DELETE FROM lti_login WHERE expires_at < :now")
    int purgeLogins(long now);

    // ---- identities, contexts, links ----

    /** The account of a platform user: empty when never seen; a present row with a null id when the account was deleted. */
    @SqlQuery("SELECT i.user_id, u.role FROM lti_identity i LEFT JOIN app_user u ON u.id = i.user_id "
            + "WHERE i.platform_id = :platform AND i.subject = :subject")
    @RegisterConstructorMapper(Identity.class)
    Optional<Identity> identity(String platform, String subject);

    @SqlQuery("SELECT COUNT(*) FROM app_user WHERE email = :email")
    int emailCount(String email);

    @SqlUpdate("INSERT INTO lti_identity (platform_id, subject, user_id, created_at) VALUES (:platform, :subject, :user, :now)")
    void insertIdentity(String platform, String subject, String user, long now);

    @SqlQuery("SELECT cohort_id FROM lti_context WHERE platform_id = :platform AND context_id = :context")
    @RegisterConstructorMapper(ContextRow.class)
    Optional<ContextRow> context(String platform, String context);

    @SqlUpdate("INSERT INTO lti_context (platform_id, context_id, cohort_id, title, memberships_url, lineitems_url) "
            + "VALUES (:platform, :context, :cohort, :title, :memberships, :lineitems)")
    void insertContext(String platform, String context, String cohort, String title, String memberships, String lineitems);

    @SqlUpdate("UPDATE lti_context SET cohort_id = :cohort, title = :title, memberships_url = COALESCE(:memberships, memberships_url), "
            + "lineitems_url = COALESCE(:lineitems, lineitems_url) WHERE platform_id = :platform AND context_id = :context")
    void updateContext(String platform, String context, String cohort, String title, String memberships, String lineitems);

    @SqlQuery("SELECT step FROM lti_resource_link WHERE platform_id = :platform AND link_id = :link")
    Optional<Integer> linkStep(String platform, String link);

    @SqlUpdate("INSERT INTO lti_resource_link (platform_id, link_id, context_id, step, lineitem_url) VALUES (:platform, :link, :context, :step, :lineitem) "
            + "ON CONFLICT (platform_id, link_id) DO UPDATE SET step = COALESCE(lti_resource_link.step, excluded.step), "
            + "lineitem_url = COALESCE(excluded.lineitem_url, lti_resource_link.lineitem_url)")
    void upsertLink(String platform, String link, String context, Integer step, String lineitem);

    // ---- sessions a platform may frame ----

    @SqlUpdate("INSERT INTO lti_session (id_hash, frame_origin) VALUES (:hash, :origin)")
    void insertSession(String hash, String origin);

    @SqlQuery("SELECT frame_origin FROM lti_session WHERE id_hash = :hash")
    Optional<String> frameOrigin(String hash);

    // ---- deep linking ----

    @SqlUpdate("INSERT INTO lti_deep_link (id, platform_id, user_id, deployment_id, return_url, data, accept_multiple, expires_at) "
            + "VALUES (:id, :platform, :user, :deployment, :returnUrl, :data, :multiple, :expires)")
    void insertDeepLink(String id, String platform, String user, String deployment, String returnUrl, String data, int multiple, long expires);

    @SqlQuery("SELECT id, platform_id, user_id, deployment_id, return_url, data, accept_multiple, expires_at FROM lti_deep_link WHERE id = :id")
    @RegisterConstructorMapper(DeepLinks.Request.class)
    Optional<DeepLinks.Request> deepLink(String id);

    @SqlUpdate("DELETE FROM lti_deep_link WHERE id = :id")
    int deleteDeepLink(String id);

    @SqlUpdate("DELETE FROM lti_deep_link WHERE expires_at < :now")
    int purgeDeepLinks(long now);

    // ---- grade passback (an outbox) ----

    /** Where a learner's score for a step goes: the line items of that step's links in the course of their cohort. */
    @SqlQuery("""
            SELECT DISTINCT i.platform_id, i.subject, l.lineitem_url
            FROM lti_identity i
            JOIN app_user u ON u.id = i.user_id
            JOIN lti_context c ON c.platform_id = i.platform_id AND c.cohort_id = u.cohort_id
            JOIN lti_resource_link l ON l.platform_id = c.platform_id AND l.context_id = c.context_id
            WHERE i.user_id = :user AND l.step = :step AND l.lineitem_url IS NOT NULL""")
    @RegisterConstructorMapper(Scores.Target.class)
    List<Scores.Target> scoreTargets(String user, int step);

    @SqlUpdate("INSERT INTO lti_score (id, platform_id, lineitem_url, payload, created_at, attempts, next_at, sent_at, last_error) "
            + "VALUES (:id, :platform, :lineitem, :payload, :now, 0, :now, NULL, NULL)")
    void insertScore(String id, String platform, String lineitem, String payload, long now);

    @SqlQuery("SELECT id, platform_id, lineitem_url, payload, attempts, next_at FROM lti_score "
            + "WHERE sent_at IS NULL AND next_at <= :now ORDER BY created_at, id LIMIT :limit")
    @RegisterConstructorMapper(Scores.Pending.class)
    List<Scores.Pending> dueScores(long now, int limit);

    @SqlQuery("SELECT MIN(next_at) FROM lti_score WHERE sent_at IS NULL")
    Optional<Long> earliestUnsent();

    /** Takes a score for sending: only one sender (of several instances) wins the row for the lease. */
    @SqlUpdate("UPDATE lti_score SET next_at = :lease WHERE id = :id AND next_at = :seen AND sent_at IS NULL")
    int claimScore(String id, long seen, long lease);

    @SqlUpdate("UPDATE lti_score SET sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
    void scoreSent(String id, long now);

    @SqlUpdate("UPDATE lti_score SET attempts = attempts + 1, next_at = :next, last_error = :error WHERE id = :id")
    void scoreFailed(String id, long next, String error);

    // ---- roster sync ----

    @SqlQuery("""
            SELECT c.platform_id, c.context_id, c.cohort_id, c.title, c.memberships_url, p.issuer
            FROM lti_context c JOIN lti_platform p ON p.id = c.platform_id
            WHERE c.memberships_url IS NOT NULL AND c.cohort_id IS NOT NULL ORDER BY c.title, c.context_id""")
    @RegisterConstructorMapper(Rosters.Course.class)
    List<Rosters.Course> rosterCourses();

    /** A platform user's link to a local account. */
    record Identity(String userId, String role) {
    }

    /** A platform course and the cohort it became. */
    record ContextRow(String cohortId) {
    }
}
