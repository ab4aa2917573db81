package nl.cursusschrift.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Reviews: the feedback on submissions, as drafts and as released to the learner. */
public final class Reviews {
    private static final String SELECT = """
            SELECT r.id, r.answer_id, r.revision_number, r.reviewer_id, u.name AS reviewer_name, r.decision, r.overall, r.comments,
                   r.released_at, r.read_at, r.updated_at
            FROM review r LEFT JOIN app_user u ON u.id = r.reviewer_id""";
    static final RowMapper<Review> MAPPER = (rs, ctx) -> new Review(rs.getString("id"), rs.getString("answer_id"),
            rs.getInt("revision_number"), rs.getString("reviewer_id"), rs.getString("reviewer_name"), rs.getString("decision"),
            rs.getString("overall"), comments(rs.getString("comments")), nullableLong(rs, "released_at"), nullableLong(rs, "read_at"),
            rs.getLong("updated_at"));

    private final Database db;

    public Reviews(Database db) {
        this.db = db;
    }

    static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Map<String, String> comments(String json) {
        Map<String, String> comments = new LinkedHashMap<>();
        Json.parse(json).fields().forEachRemaining(e -> comments.put(e.getKey(), e.getValue().asText()));
        return comments;
    }

    /** Every review of an answer, oldest version first. */
    public List<Review> ofAnswer(String answerId) {
        return db.reads().withHandle(h -> h.createQuery(SELECT + " WHERE r.answer_id = :answer ORDER BY r.revision_number")
                .bind("answer", answerId).map(MAPPER).list());
    }

    /** The released reviews of a learner, by step: the feedback the learner sees. */
    public Map<Integer, List<Review>> releasedFor(String learnerId) {
        Map<Integer, List<Review>> byStep = new HashMap<>();
        db.reads().useHandle(h -> h.createQuery(SELECT.replace("SELECT r.id", "SELECT a.step, r.id")
                        + " JOIN answer a ON a.id = r.answer_id WHERE a.user_id = :user AND r.released_at IS NOT NULL ORDER BY r.revision_number")
                .bind("user", learnerId)
                .map((rs, ctx) -> Map.entry(rs.getInt("step"), MAPPER.map(rs, ctx)))
                .forEach(e -> byStep.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue())));
        return byStep;
    }

    /** Released feedback the learner has not opened yet (the badge in the navigation). */
    public int unread(String learnerId) {
        return db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM review r JOIN answer a ON a.id = r.answer_id "
                        + "WHERE a.user_id = :user AND r.released_at IS NOT NULL AND r.read_at IS NULL")
                .bind("user", learnerId).mapTo(Integer.class).one());
    }

    /** Marks released feedback of some steps as read by the learner it was written for. */
    public void markRead(String learnerId, List<Integer> steps, long now) {
        if (steps.isEmpty()) return;
        db.write(h -> h.createUpdate("UPDATE review SET read_at = :now WHERE read_at IS NULL AND released_at IS NOT NULL AND answer_id IN "
                        + "(SELECT id FROM answer WHERE user_id = :user AND step IN (<steps>))")
                .bind("now", now).bind("user", learnerId).bindList("steps", steps).execute());
    }

    public List<String> snippets(String instructorId) {
        return db.reads().withHandle(h -> h.createQuery("SELECT id || ' ' || body FROM feedback_snippet WHERE user_id = :user ORDER BY created_at")
                .bind("user", instructorId).mapTo(String.class).list());
    }

    /** Stores the instructor's feedback on a version, as a draft or released with a decision. */
    public static String save(Handle h, String answerId, int revision, String reviewerId, String overall, Map<String, String> comments,
                              String decision, long now) {
        ObjectNode json = Json.object();
        comments.forEach((target, text) -> {
            if (!text.isBlank()) json.put(target, text);
        });
        Optional<String> existing = h.createQuery("SELECT id FROM review WHERE answer_id = :answer AND revision_number = :n")
                .bind("answer", answerId).bind("n", revision).mapTo(String.class).findOne();
        String id = existing.orElseGet(Ids::random);
        if (existing.isEmpty()) {
            h.createUpdate("INSERT INTO review (id, answer_id, revision_number, reviewer_id, decision, overall, comments, released_at, "
                            + "created_at, updated_at) VALUES (:id, :answer, :n, :reviewer, :decision, :overall, :comments, :released, :now, :now)")
                    .bind("id", id).bind("answer", answerId).bind("n", revision).bind("reviewer", reviewerId).bind("decision", decision)
                    .bind("overall", overall).bind("comments", Json.write(json)).bind("released", decision == null ? null : now)
                    .bind("now", now).execute();
        } else {
            h.createUpdate("UPDATE review SET reviewer_id = :reviewer, decision = :decision, overall = :overall, comments = :comments, "
                            + "released_at = :released, updated_at = :now WHERE id = :id")
                    .bind("id", id).bind("reviewer", reviewerId).bind("decision", decision).bind("overall", overall)
                    .bind("comments", Json.write(json)).bind("released", decision == null ? null : now).bind("now", now).execute();
        }
        return id;
    }

    public static void addSnippet(Handle h, String instructorId, String body, long now) {
        h.createUpdate("INSERT INTO feedback_snippet (id, user_id, body, created_at) VALUES (:id, :user, :body, :now)")
                .bind("id", Ids.random()).bind("user", instructorId).bind("body", body).bind("now", now).execute();
    }

    public static void deleteSnippet(Handle h, String instructorId, String snippetId) {
        h.createUpdate("DELETE FROM feedback_snippet WHERE id = :id AND user_id = :user").bind("id", snippetId).bind("user", instructorId).execute();
    }

}
