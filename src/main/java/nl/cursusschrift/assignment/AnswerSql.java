package nl.cursusschrift.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The assignment's SQL: answers, their revisions and the declarations they were written for. Every
 * query names the learner (or the answer an instructor was allowed to open): nobody reads another's
 * answer. Only the assignment package writes these tables; a review's decision goes through
 * {@link Submissions#decide}.
 */
@RegisterRowMapper(AnswerSql.AnswerMapper.class)
@RegisterRowMapper(AnswerSql.RevisionMapper.class)
public interface AnswerSql {
    String COLUMNS = "id, user_id, step, state, draft, draft_version, draft_saved_at, revision_count, submitted_at, updated_at";
    String REVISION_COLUMNS = "r.id, r.answer_id, r.number, r.body, r.spec_hash, r.submitted_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM answer WHERE user_id = :user AND step = :step")
    Optional<Answers.Answer> find(String user, int step);

    @SqlQuery("SELECT " + COLUMNS + " FROM answer WHERE id = :id")
    Optional<Answers.Answer> byId(String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM answer WHERE user_id = :user")
    List<Answers.Answer> allOf(String user);

    /** The state of each step a learner worked on, for the course index. */
    @SqlQuery("SELECT step, state FROM answer WHERE user_id = :user")
    @RegisterRowMapper(StepStateMapper.class)
    List<Answers.StepState> states(String user);

    @SqlQuery("SELECT " + REVISION_COLUMNS + " FROM revision r JOIN answer a ON a.id = r.answer_id "
            + "WHERE a.user_id = :user AND a.step = :step ORDER BY r.number DESC")
    List<Answers.Revision> revisions(String user, int step);

    @SqlQuery("SELECT " + REVISION_COLUMNS + " FROM revision r JOIN answer a ON a.id = r.answer_id "
            + "WHERE a.user_id = :user AND a.step = :step AND r.number = :n")
    Optional<Answers.Revision> revision(String user, int step, int n);

    /** The latest revision of each of a learner's steps, with the step. */
    @SqlQuery("SELECT a.step, " + REVISION_COLUMNS + " FROM answer a JOIN revision r ON r.answer_id = a.id AND r.number = a.revision_count "
            + "WHERE a.user_id = :user")
    @RegisterRowMapper(LatestMapper.class)
    List<Answers.Latest> latestRevisions(String user);

    @SqlQuery("SELECT source FROM assignment_spec WHERE hash = :hash")
    String specSource(String hash);

    // ---- writes ----

    /** One statement on the writer's hot path: insert or update the draft, unless submitted or approved. */
    @SqlQuery("""
            INSERT INTO answer (id, user_id, step, state, draft, draft_version, draft_saved_at, revision_count, updated_at)
            VALUES (:id, :user, :step, 'draft', :draft, 1, :now, 0, :now)
            ON CONFLICT (user_id, step) DO UPDATE SET draft = excluded.draft, draft_version = answer.draft_version + 1,
                draft_saved_at = excluded.draft_saved_at, updated_at = excluded.updated_at
            WHERE answer.state IN ('draft', 'revision')
            RETURNING draft_version""")
    Optional<Integer> saveDraft(String id, String user, int step, String draft, long now);

    @SqlQuery("SELECT state FROM answer WHERE user_id = :user AND step = :step")
    String state(String user, int step);

    @SqlUpdate("INSERT INTO answer (id, user_id, step, state, draft, draft_version, revision_count, submitted_at, updated_at) "
            + "VALUES (:id, :user, :step, 'submitted', NULL, 0, 1, :now, :now)")
    void insertSubmitted(String id, String user, int step, long now);

    @SqlUpdate("UPDATE answer SET state = 'submitted', draft = NULL, draft_version = draft_version + 1, revision_count = :n, "
            + "submitted_at = :now, updated_at = :now WHERE id = :id")
    void markSubmitted(String id, int n, long now);

    @SqlUpdate("INSERT INTO assignment_spec (hash, step, source, created_at) VALUES (:hash, :step, :source, :now) ON CONFLICT (hash) DO NOTHING")
    void keepSpec(String hash, int step, String source, long now);

    @SqlUpdate("INSERT INTO revision (id, answer_id, number, body, spec_hash, submitted_at) VALUES (:id, :answer, :n, :body, :hash, :now)")
    void insertRevision(String id, String answer, int n, String body, String hash, long now);

    @SqlQuery("SELECT body FROM revision WHERE answer_id = :answer AND number = :n")
    String revisionBody(String answer, int n);

    @SqlUpdate("UPDATE answer SET state = 'draft', draft = :draft, draft_version = draft_version + 1, draft_saved_at = :now, "
            + "updated_at = :now WHERE id = :id")
    void backToDraft(String id, String draft, long now);

    @SqlUpdate("UPDATE answer SET state = 'reviewed', updated_at = :now WHERE id = :id AND state = 'submitted' AND revision_count = :n")
    int approve(String id, int n, long now);

    @SqlUpdate("UPDATE answer SET state = 'revision', draft_version = draft_version + 1, draft_saved_at = :now, updated_at = :now, "
            + "draft = (SELECT body FROM revision WHERE answer_id = :id AND number = :n) "
            + "WHERE id = :id AND state = 'submitted' AND revision_count = :n")
    int sendBack(String id, int n, long now);

    final class AnswerMapper implements RowMapper<Answers.Answer> {
        @Override
        public Answers.Answer map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Answers.Answer(rs.getString("id"), rs.getString("user_id"), rs.getInt("step"), AnswerState.ofStored(rs.getString("state")),
                    rs.getString("draft"), rs.getInt("draft_version"), nullableLong(rs, "draft_saved_at"),
                    rs.getInt("revision_count"), nullableLong(rs, "submitted_at"), rs.getLong("updated_at"));
        }
    }

    final class RevisionMapper implements RowMapper<Answers.Revision> {
        @Override
        public Answers.Revision map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Answers.Revision(rs.getString("id"), rs.getString("answer_id"), rs.getInt("number"), rs.getString("body"),
                    rs.getString("spec_hash"), rs.getLong("submitted_at"));
        }
    }

    final class LatestMapper implements RowMapper<Answers.Latest> {
        @Override
        public Answers.Latest map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Answers.Latest(rs.getInt("step"), new RevisionMapper().map(rs, ctx));
        }
    }

    final class StepStateMapper implements RowMapper<Answers.StepState> {
        @Override
        public Answers.StepState map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Answers.StepState(rs.getInt(1), AnswerState.ofStored(rs.getString(2)));
        }
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
