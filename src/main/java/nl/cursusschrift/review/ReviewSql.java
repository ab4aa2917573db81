package nl.cursusschrift.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.assignment.Json;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The review's SQL: feedback on submitted versions (drafts and released) and the instructors'
 * standard comments. Only the review package writes these tables. The queue's filtered, keyset
 * queries are assembled in {@link ReviewQueue}.
 */
@RegisterRowMapper(ReviewSql.ReviewMapper.class)
public interface ReviewSql {
    String SELECT = """
            SELECT r.id, r.answer_id, r.revision_number, r.reviewer_id, u.name AS reviewer_name, r.decision, r.overall, r.comments,
                   r.released_at, r.read_at, r.updated_at
            FROM review r LEFT JOIN app_user u ON u.id = r.reviewer_id""";

    /** Every review of an answer, oldest version first. */
    @SqlQuery(SELECT + " WHERE r.answer_id = :answer ORDER BY r.revision_number")
    List<Review> ofAnswer(String answer);

    /** The released reviews of a learner with the step of each: the feedback the learner sees. */
    @SqlQuery("""
            SELECT a.step, r.id, r.answer_id, r.revision_number, r.reviewer_id, u.name AS reviewer_name, r.decision, r.overall, r.comments,
                   r.released_at, r.read_at, r.updated_at
            FROM review r LEFT JOIN app_user u ON u.id = r.reviewer_id JOIN answer a ON a.id = r.answer_id
            WHERE a.user_id = :user AND r.released_at IS NOT NULL ORDER BY r.revision_number""")
    @RegisterRowMapper(StepReviewMapper.class)
    List<StepReview> releasedFor(String user);

    @SqlQuery("SELECT COUNT(*) FROM review r JOIN answer a ON a.id = r.answer_id "
            + "WHERE a.user_id = :user AND r.released_at IS NOT NULL AND r.read_at IS NULL")
    int unread(String user);

    @SqlUpdate("UPDATE review SET read_at = :now WHERE read_at IS NULL AND released_at IS NOT NULL AND answer_id IN "
            + "(SELECT id FROM answer WHERE user_id = :user AND step IN (<steps>))")
    int markRead(long now, String user, @BindList("steps") List<Integer> steps);

    @SqlQuery("SELECT id FROM review WHERE answer_id = :answer AND revision_number = :n")
    Optional<String> idOf(String answer, int n);

    @SqlUpdate("INSERT INTO review (id, answer_id, revision_number, reviewer_id, decision, overall, comments, released_at, created_at, updated_at) "
            + "VALUES (:id, :answer, :n, :reviewer, :decision, :overall, :comments, :released, :now, :now)")
    void insert(String id, String answer, int n, String reviewer, String decision, String overall, String comments, Long released, long now);

    @SqlUpdate("UPDATE review SET reviewer_id = :reviewer, decision = :decision, overall = :overall, comments = :comments, "
            + "released_at = :released, updated_at = :now WHERE id = :id")
    void update(String id, String reviewer, String decision, String overall, String comments, Long released, long now);

    @SqlQuery("SELECT id || ' ' || body FROM feedback_snippet WHERE user_id = :user ORDER BY created_at")
    List<String> snippets(String user);

    @SqlUpdate("INSERT INTO feedback_snippet (id, user_id, body, created_at) VALUES (:id, :user, :body, :now)")
    void addSnippet(String id, String user, String body, long now);

    @SqlUpdate("DELETE FROM feedback_snippet WHERE id = :id AND user_id = :user")
    void deleteSnippet(String id, String user);

    /** A review with the step of its answer. */
    record StepReview(int step, Review review) {
    }

    final class ReviewMapper implements RowMapper<Review> {
        @Override
        public Review map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Review(rs.getString("id"), rs.getString("answer_id"), rs.getInt("revision_number"), rs.getString("reviewer_id"),
                    rs.getString("reviewer_name"), rs.getString("decision"), rs.getString("overall"), comments(rs.getString("comments")),
                    nullableLong(rs, "released_at"), nullableLong(rs, "read_at"), rs.getLong("updated_at"));
        }
    }

    final class StepReviewMapper implements RowMapper<StepReview> {
        @Override
        public StepReview map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new StepReview(rs.getInt("step"), new ReviewMapper().map(rs, ctx));
        }
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Map<String, String> comments(String json) {
        Map<String, String> comments = new LinkedHashMap<>();
        Json.parse(json).fields().forEachRemaining(e -> comments.put(e.getKey(), e.getValue().asText()));
        return comments;
    }
}
