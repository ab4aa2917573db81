package nl.cursusschrift.notebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.cursusschrift.enrolment.Scope;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Replies under shared answers. Only the notebook package reads or writes the share_reply table. */
@RegisterRowMapper(ReplySql.ReplyMapper.class)
public interface ReplySql extends SqlObject {
    String SELECT = """
            SELECT r.id, r.share_id, r.user_id, u.name AS author, r.body, r.hidden_at, r.read_at, r.created_at
            FROM share_reply r JOIN app_user u ON u.id = r.user_id""";

    /** The replies under these shares, oldest first: a thread reads top to bottom. */
    @SqlQuery(SELECT + " WHERE r.share_id IN (<shares>) ORDER BY r.created_at, r.id")
    List<Replies.Reply> ofShares(@BindList(value = "shares", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> shares);

    /** 0 when the share is gone (withdrawn a moment ago): a reply never outlives or precedes its share. */
    @SqlUpdate("INSERT INTO share_reply (id, share_id, user_id, body, created_at) "
            + "SELECT :id, :share, :user, :body, :now WHERE EXISTS (SELECT 1 FROM share WHERE id = :share)")
    int insert(String id, String share, String user, String body, long now);

    /** Replies by others under the sharer's own shares, not hidden and not yet shown to them. */
    @SqlQuery("SELECT COUNT(*) FROM share_reply r JOIN share s ON s.id = r.share_id "
            + "WHERE s.user_id = :owner AND r.user_id <> :owner AND r.read_at IS NULL AND r.hidden_at IS NULL")
    int unread(String owner);

    /** The sharer saw these replies; replies to someone else's share are left alone. */
    @SqlUpdate("UPDATE share_reply SET read_at = :now WHERE read_at IS NULL AND id IN (<ids>) AND user_id <> :owner "
            + "AND share_id IN (SELECT s.id FROM share s WHERE s.user_id = :owner)")
    int markRead(String owner, @BindList(value = "ids", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> ids, long now);

    /** Hides or shows a reply for staff who may see the sharer's current cohort; 0 when they may not. */
    default int hide(String replyId, String shareId, Scope scope, String staffId, boolean hidden, long now) {
        return scope.bind(getHandle().createUpdate("UPDATE share_reply SET hidden_by = :staff, hidden_at = :at WHERE id = :id AND share_id = :share "
                        + "AND share_id IN (SELECT s.id FROM share s JOIN app_user u ON u.id = s.user_id WHERE " + scope.sql() + ")"))
                .bind("staff", hidden ? staffId : null).bind("at", hidden ? now : null).bind("id", replyId).bind("share", shareId).execute();
    }

    final class ReplyMapper implements RowMapper<Replies.Reply> {
        @Override
        public Replies.Reply map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Replies.Reply(rs.getString("id"), rs.getString("share_id"), rs.getString("user_id"), rs.getString("author"),
                    rs.getString("body"), rs.getObject("hidden_at") != null, rs.getObject("read_at") != null, rs.getLong("created_at"));
        }
    }
}
