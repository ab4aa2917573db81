package nl.cursusschrift.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The search text (search_doc; on SQLite its FTS5 index follows by trigger) and the two engines'
 * searches of it. Only this package writes it.
 */
@RegisterRowMapper(SearchSql.HitMapper.class)
public interface SearchSql {
    /** SQLite: the FTS5 query in {@code match} holds the learner's owner token and the quoted words. */
    @SqlQuery("""
            SELECT d.step, d.kind, d.ref, snippet(search_text, 1, :open, :close, '…', 16) AS snippet
            FROM search_text JOIN search_doc d ON d.id = search_text.rowid
            WHERE search_text MATCH :match AND d.user_id = :user
            ORDER BY d.step, CASE d.kind WHEN 'draft' THEN 0 WHEN 'revision' THEN 1 ELSE 2 END, d.id DESC
            LIMIT :limit""")
    List<Search.Hit> sqlite(String open, String close, String match, String user, int limit);

    /** PostgreSQL: the Dutch text search configuration, words as prefixes. */
    @SqlQuery("""
            SELECT step, kind, ref, ts_headline('dutch', body, to_tsquery('dutch', :q),
                   'StartSel=' || :open || ', StopSel=' || :close || ', MaxWords=24, MinWords=8') AS snippet
            FROM search_doc
            WHERE user_id = :user AND tsv @@ to_tsquery('dutch', :q)
            ORDER BY step, CASE kind WHEN 'draft' THEN 0 WHEN 'revision' THEN 1 ELSE 2 END, id DESC
            LIMIT :limit""")
    List<Search.Hit> postgres(String q, String open, String close, String user, int limit);

    @SqlUpdate("DELETE FROM search_doc WHERE user_id = :user AND step = :step AND kind = 'draft'")
    void deleteDraft(String user, int step);

    @SqlUpdate("DELETE FROM search_doc WHERE user_id = :user AND kind = 'feedback' AND ref = :ref")
    void deleteFeedback(String user, String ref);

    @SqlUpdate("DELETE FROM search_doc WHERE user_id = :user")
    void deleteAll(String user);

    @SqlUpdate("INSERT INTO search_doc (user_id, step, kind, ref, owner, body) VALUES (:user, :step, :kind, :ref, :owner, :body)")
    void insert(String user, int step, String kind, String ref, String owner, String body);

    final class HitMapper implements RowMapper<Search.Hit> {
        @Override
        public Search.Hit map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Search.Hit(rs.getInt("step"), rs.getString("kind"), rs.getString("ref"), rs.getString("snippet"));
        }
    }
}
