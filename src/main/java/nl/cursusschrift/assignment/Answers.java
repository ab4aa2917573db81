package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Answers, their drafts and their revisions. Every query names the learner: nobody reads another's answer. */
public final class Answers {
    private static final String COLUMNS = "id, user_id, step, state, draft, draft_version, draft_saved_at, revision_count, submitted_at, updated_at";

    /** A learner's work on one step. {@code draft} is null when there is none. */
    public record Answer(String id, String userId, int step, AnswerState state, String draft, int draftVersion, Long draftSavedAt,
                         int revisionCount, Long submittedAt, long updatedAt) {
        public ObjectNode draftDocument() {
            return draft == null ? null : Json.parse(draft);
        }
    }

    /** One submission, as sent. */
    public record Revision(String id, String answerId, int number, String body, String specHash, long submittedAt) {
        public ObjectNode document() {
            return Json.parse(body);
        }
    }

    static final RowMapper<Answer> ANSWER = (rs, ctx) -> new Answer(
            rs.getString("id"), rs.getString("user_id"), rs.getInt("step"), AnswerState.ofStored(rs.getString("state")),
            rs.getString("draft"), rs.getInt("draft_version"), nullableLong(rs, "draft_saved_at"),
            rs.getInt("revision_count"), nullableLong(rs, "submitted_at"), rs.getLong("updated_at"));
    static final RowMapper<Revision> REVISION = (rs, ctx) -> new Revision(
            rs.getString("id"), rs.getString("answer_id"), rs.getInt("number"), rs.getString("body"),
            rs.getString("spec_hash"), rs.getLong("submitted_at"));

    static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private final Database db;
    private final Map<String, Assignment> specs = new ConcurrentHashMap<>();

    public Answers(Database db) {
        this.db = db;
    }

    public Optional<Answer> find(String userId, int step) {
        return db.reads().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM answer WHERE user_id = :user AND step = :step")
                .bind("user", userId).bind("step", step).map(ANSWER).findOne());
    }

    public Optional<Answer> byId(String answerId) {
        return db.reads().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM answer WHERE id = :id")
                .bind("id", answerId).map(ANSWER).findOne());
    }

    /**
     * An instructor's decision on the submitted version {@code revision}: approved, or sent back for
     * changes, in which case the learner's new draft starts from that version. Only applies when the
     * answer is still submitted at that version; false when the learner or a colleague changed it.
     */
    public static boolean decide(Handle h, String answerId, int revision, boolean approved, long now) {
        if (approved) {
            return h.createUpdate("UPDATE answer SET state = 'reviewed', updated_at = :now "
                            + "WHERE id = :id AND state = 'submitted' AND revision_count = :n")
                    .bind("id", answerId).bind("n", revision).bind("now", now).execute() == 1;
        }
        return h.createUpdate("UPDATE answer SET state = 'revision', draft_version = draft_version + 1, draft_saved_at = :now, "
                        + "updated_at = :now, draft = (SELECT body FROM revision WHERE answer_id = :id AND number = :n) "
                        + "WHERE id = :id AND state = 'submitted' AND revision_count = :n")
                .bind("id", answerId).bind("n", revision).bind("now", now).execute() == 1;
    }

    /** Every answer of a learner, by step. */
    public Map<Integer, Answer> allOf(String userId) {
        Map<Integer, Answer> byStep = new HashMap<>();
        db.reads().useHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM answer WHERE user_id = :user")
                .bind("user", userId).map(ANSWER).forEach(a -> byStep.put(a.step(), a)));
        return byStep;
    }

    /** The states of a learner's steps, for the course index. */
    public Map<Integer, AnswerState> states(String userId) {
        Map<Integer, AnswerState> states = new HashMap<>();
        db.reads().useHandle(h -> h.createQuery("SELECT step, state FROM answer WHERE user_id = :user").bind("user", userId)
                .map((rs, ctx) -> Map.entry(rs.getInt(1), AnswerState.ofStored(rs.getString(2))))
                .forEach(e -> states.put(e.getKey(), e.getValue())));
        return states;
    }

    /** Revisions of one learner's step, newest first. */
    public List<Revision> revisions(String userId, int step) {
        return db.reads().withHandle(h -> h.createQuery("SELECT r.id, r.answer_id, r.number, r.body, r.spec_hash, r.submitted_at "
                        + "FROM revision r JOIN answer a ON a.id = r.answer_id WHERE a.user_id = :user AND a.step = :step ORDER BY r.number DESC")
                .bind("user", userId).bind("step", step).map(REVISION).list());
    }

    public Optional<Revision> revision(String userId, int step, int number) {
        return db.reads().withHandle(h -> h.createQuery("SELECT r.id, r.answer_id, r.number, r.body, r.spec_hash, r.submitted_at "
                        + "FROM revision r JOIN answer a ON a.id = r.answer_id WHERE a.user_id = :user AND a.step = :step AND r.number = :n")
                .bind("user", userId).bind("step", step).bind("n", number).map(REVISION).findOne());
    }

    /** The latest revision of each of a learner's steps. */
    public Map<Integer, Revision> latestRevisions(String userId) {
        Map<Integer, Revision> latest = new HashMap<>();
        db.reads().useHandle(h -> h.createQuery("SELECT a.step, r.id, r.answer_id, r.number, r.body, r.spec_hash, r.submitted_at "
                        + "FROM answer a JOIN revision r ON r.answer_id = a.id AND r.number = a.revision_count WHERE a.user_id = :user")
                .bind("user", userId)
                .map((rs, ctx) -> Map.entry(rs.getInt("step"), REVISION.map(rs, ctx)))
                .forEach(e -> latest.put(e.getKey(), e.getValue())));
        return latest;
    }

    /** The assignment a revision was written for (cached: a declaration never changes under its hash). */
    public Assignment spec(String hash) {
        return specs.computeIfAbsent(hash, h -> AssignmentParser.fromSnapshot(db.reads().withHandle(handle ->
                handle.createQuery("SELECT source FROM assignment_spec WHERE hash = :hash").bind("hash", h).mapTo(String.class).one())));
    }

    // ---- writes: each runs inside the writer's transaction ----

    /** What a draft save did. {@code stale}: another tab or device had saved a newer version in between. */
    public record Saved(boolean ok, int version, boolean stale, AnswerState state) {
    }

    /**
     * Stores the draft unless the answer is submitted or approved. Last write wins; the caller
     * learns whether its base version was stale.
     */
    public static Saved saveDraft(Handle h, String userId, int step, String draftJson, int baseVersion, long now) {
        // One statement on the writer's hot path: insert or update, unless submitted or approved.
        Optional<Integer> version = h.createQuery("""
                        INSERT INTO answer (id, user_id, step, state, draft, draft_version, draft_saved_at, revision_count, updated_at)
                        VALUES (:id, :user, :step, 'draft', :draft, 1, :now, 0, :now)
                        ON CONFLICT (user_id, step) DO UPDATE SET draft = excluded.draft, draft_version = answer.draft_version + 1,
                            draft_saved_at = excluded.draft_saved_at, updated_at = excluded.updated_at
                        WHERE answer.state IN ('draft', 'revision')
                        RETURNING draft_version""")
                .bind("id", Ids.random()).bind("user", userId).bind("step", step).bind("draft", draftJson).bind("now", now)
                .mapTo(Integer.class).findOne();
        if (version.isEmpty()) {
            AnswerState state = h.createQuery("SELECT state FROM answer WHERE user_id = :user AND step = :step")
                    .bind("user", userId).bind("step", step).mapTo(String.class).map(AnswerState::ofStored).one();
            return new Saved(false, 0, false, state);
        }
        int saved = version.get();
        boolean stale = saved == 1 ? baseVersion > 0 : saved - 1 != baseVersion;
        return new Saved(true, saved, stale, AnswerState.DRAFT);
    }

    /** What a submit did: the revision number, or the state that refused it. */
    public record Submitted(boolean ok, int number, AnswerState state) {
    }

    public static Submitted submit(Handle h, String userId, int step, String typedJson, Assignment assignment, long now) {
        Optional<Answer> current = h.createQuery("SELECT " + COLUMNS + " FROM answer WHERE user_id = :user AND step = :step")
                .bind("user", userId).bind("step", step).map(ANSWER).findOne();
        if (current.isPresent() && !current.get().state().editable()) return new Submitted(false, 0, current.get().state());
        String answerId = current.map(Answer::id).orElseGet(Ids::random);
        int number = current.map(a -> a.revisionCount() + 1).orElse(1);
        if (current.isEmpty()) {
            h.createUpdate("INSERT INTO answer (id, user_id, step, state, draft, draft_version, revision_count, submitted_at, updated_at) "
                            + "VALUES (:id, :user, :step, 'submitted', NULL, 0, 1, :now, :now)")
                    .bind("id", answerId).bind("user", userId).bind("step", step).bind("now", now).execute();
        } else {
            h.createUpdate("UPDATE answer SET state = 'submitted', draft = NULL, draft_version = draft_version + 1, revision_count = :n, "
                            + "submitted_at = :now, updated_at = :now WHERE id = :id")
                    .bind("n", number).bind("now", now).bind("id", answerId).execute();
        }
        h.createUpdate("INSERT INTO assignment_spec (hash, step, source, created_at) VALUES (:hash, :step, :source, :now) ON CONFLICT (hash) DO NOTHING")
                .bind("hash", assignment.hash()).bind("step", step).bind("source", assignment.source()).bind("now", now).execute();
        h.createUpdate("INSERT INTO revision (id, answer_id, number, body, spec_hash, submitted_at) VALUES (:id, :answer, :n, :body, :hash, :now)")
                .bind("id", Ids.random()).bind("answer", answerId).bind("n", number).bind("body", typedJson)
                .bind("hash", assignment.hash()).bind("now", now).execute();
        return new Submitted(true, number, AnswerState.SUBMITTED);
    }

    /**
     * Takes a submission back before it is reviewed: the answer becomes a draft again, starting
     * from what was sent. Returns false when there is nothing to take back.
     */
    public static boolean withdraw(Handle h, String userId, int step, long now) {
        Optional<Answer> current = h.createQuery("SELECT " + COLUMNS + " FROM answer WHERE user_id = :user AND step = :step")
                .bind("user", userId).bind("step", step).map(ANSWER).findOne();
        if (current.isEmpty() || current.get().state() != AnswerState.SUBMITTED) return false;
        Answer answer = current.get();
        String body = h.createQuery("SELECT body FROM revision WHERE answer_id = :id AND number = :n")
                .bind("id", answer.id()).bind("n", answer.revisionCount()).mapTo(String.class).one();
        h.createUpdate("UPDATE answer SET state = 'draft', draft = :draft, draft_version = draft_version + 1, draft_saved_at = :now, "
                        + "updated_at = :now WHERE id = :id")
                .bind("draft", body).bind("now", now).bind("id", answer.id()).execute();
        return true;
    }
}
