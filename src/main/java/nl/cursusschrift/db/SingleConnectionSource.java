package nl.cursusschrift.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Write connections for {@link Database.WriteMode#SINGLE}, one per request, with the writer's durability settings. */
record SingleConnectionSource(GroupCommitWriter.ConnectionSource open) implements javax.sql.DataSource {
    @Override
    public Connection getConnection() throws SQLException {
        return open.open();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
        return java.util.logging.Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
    }
