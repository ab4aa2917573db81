package nl.cursusschrift.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A statement prepared once per pooled connection: reused on the next lease, prepared again on a new connection, never a stale answer. */
class KeptStatementTest {
    HikariDataSource pool;
    Path dir;

    @BeforeEach
    void open() throws Exception {
        dir = Files.createTempDirectory("kept-statement");
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("test.db"));
        config.setMaximumPoolSize(1);
        pool = new HikariDataSource(config);
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)");
            c.createStatement().execute("INSERT INTO t VALUES ('a', 'eerste')");
        }
    }

    @AfterEach
    void close() throws Exception {
        pool.close();
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    static String read(KeptStatement kept, Connection c, String key) throws SQLException {
        PreparedStatement statement = kept.on(c);
        statement.setString(1, key);
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void theNextLeaseOfTheSameConnectionGetsTheSameStatement_andSeesChangesMadeSince() throws Exception {
        var kept = new KeptStatement("SELECT v FROM t WHERE k = ?");
        PreparedStatement first;
        try (Connection c = pool.getConnection()) {
            assertEquals("eerste", read(kept, c, "a"));
            first = kept.on(c);
        }
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("UPDATE t SET v = 'tweede' WHERE k = 'a'");
            c.createStatement().execute("INSERT INTO t VALUES ('b', 'nieuw')");
        }
        try (Connection c = pool.getConnection()) {
            assertSame(first, kept.on(c), "returning the lease did not close it");
            assertEquals("tweede", read(kept, c, "a"));
            assertEquals("nieuw", read(kept, c, "b"));
            assertEquals(null, read(kept, c, "c"));
        }
        assertEquals(1, kept.size());
    }

    @Test
    void aConnectionThePoolRetiredIsForgotten_andTheNewOnePreparesItsOwn() throws Exception {
        var kept = new KeptStatement("SELECT v FROM t WHERE k = ?");
        PreparedStatement first;
        Connection retired;
        try (Connection c = pool.getConnection()) {
            read(kept, c, "a");
            first = kept.on(c);
            retired = c.unwrap(Connection.class);
        }
        pool.getHikariPoolMXBean().softEvictConnections();
        // The pool closes a retired connection on a thread of its own: wait for it (at most 10 s).
        long until = System.nanoTime() + 10_000_000_000L;
        while (!retired.isClosed() && System.nanoTime() < until) Thread.onSpinWait();
        assertTrue(retired.isClosed());
        try (Connection c = pool.getConnection()) {
            PreparedStatement second = kept.on(c);
            assertNotSame(first, second);
            assertEquals("eerste", read(kept, c, "a"));
        }
        assertEquals(1, kept.size(), "the retired connection's entry is gone");
    }

    @Test
    void afterAFailureTheStatementIsPreparedAfresh() throws Exception {
        var kept = new KeptStatement("SELECT v FROM t WHERE k = ?");
        try (Connection c = pool.getConnection()) {
            PreparedStatement first = kept.on(c);
            kept.discard(c);
            assertTrue(first.isClosed());
            assertNotSame(first, kept.on(c));
            assertEquals("eerste", read(kept, c, "a"));
        }
    }
}
