package nl.cursusschrift.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SQL statement, prepared once per physical connection of a pool and used again on every lease
 * of that connection.
 *
 * <p>Why: the session query runs on every signed-in request, also on those a kept page answers, and
 * preparing it (sqlite-jdbc keeps no statement cache, HikariCP deliberately none) was a quarter of
 * such a request's CPU (docs/performance.md). A pooled connection is leased to one thread at a time,
 * so its statement is too. The statement is prepared on the connection itself, not on the pool's
 * proxy, so returning the lease does not close it; closing the connection (the pool retiring it,
 * or shutting down) does. Close every result set before the lease ends: on SQLite an open cursor
 * keeps its read snapshot.
 */
public final class KeptStatement {
    private final String sql;
    private final Map<Connection, PreparedStatement> byConnection = new ConcurrentHashMap<>();

    public KeptStatement(String sql) {
        this.sql = sql;
    }

    /** The statement on the connection behind this lease, prepared now if it is the first time. */
    public PreparedStatement on(Connection leased) throws SQLException {
        Connection physical = leased.unwrap(Connection.class);
        PreparedStatement statement = byConnection.get(physical);
        if (statement != null && !statement.isClosed()) return statement;
        // A new connection: forget those the pool closed since (at most a few per pool's lifetime).
        byConnection.entrySet().removeIf(e -> closed(e.getKey()) || closed(e.getValue()));
        statement = physical.prepareStatement(sql);
        byConnection.put(physical, statement);
        return statement;
    }

    /** Drops the statement of this lease's connection after a failure, so the next use prepares it afresh. */
    public void discard(Connection leased) {
        try {
            PreparedStatement statement = byConnection.remove(leased.unwrap(Connection.class));
            if (statement != null) statement.close();
        } catch (SQLException ignored) {
            // The connection is failing anyway; the pool will find out and replace it.
        }
    }

    /** How many connections hold the statement now (for tests). */
    public int size() {
        return byConnection.size();
    }

    private static boolean closed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static boolean closed(PreparedStatement s) {
        try {
            return s.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
