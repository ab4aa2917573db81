package nl.cursusschrift.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: a read pool for queries, one group-commit writer for every change, and the
 * Flyway migrations for the engine in use (SQLite by default, PostgreSQL from DATABASE_URL).
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /**
     * How changes reach the database: {@code GROUP} (default) commits queued writes in batches on one
     * connection; {@code SINGLE} gives every request its own transaction and commit, the naive way,
     * kept as the baseline the benchmark compares against (DB_WRITER=single).
     */
    public enum WriteMode { GROUP, SINGLE }

    private final DatabaseUrl url;
    private final HikariDataSource pool;
    private final Jdbi reads;
    private final GroupCommitWriter writer;
    private final HikariDataSource singleWrites;

    private Database(DatabaseUrl url, HikariDataSource pool, GroupCommitWriter writer, HikariDataSource singleWrites) {
        this.url = url;
        this.pool = pool;
        this.reads = configure(Jdbi.create(pool));
        this.writer = writer;
        this.singleWrites = singleWrites;
    }

    static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setSqlLogger(new QueryStats());
        return jdbi;
    }

    /** Opens the database, migrates it to the current schema and starts the writer. */
    public static Database open(DatabaseUrl url) {
        return open(url, WriteMode.GROUP);
    }

    public static Database open(DatabaseUrl url, WriteMode mode) {
        if (url.kind() == DatabaseUrl.Kind.SQLITE) prepareSqliteFile(url.sqliteFile());
        HikariDataSource pool = pool(url);
        try {
            migrate(url, pool);
            GroupCommitWriter writer = new GroupCommitWriter(() -> writerConnection(url));
            HikariDataSource single = null;
            if (mode == WriteMode.SINGLE) {
                HikariConfig config = new HikariConfig();
                config.setPoolName("single-writes");
                config.setMaximumPoolSize(8);
                config.setDataSource(new SingleConnectionSource(() -> writerConnection(url)));
                single = new HikariDataSource(config);
            }
            return new Database(url, pool, writer, single);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The newest schema version this build carries: that of its newest migration file. */
    public static final int SCHEMA_VERSION = Migrations.newest();

    public static void migrate(DatabaseUrl url, javax.sql.DataSource dataSource) {
        // Starting Flyway costs most of a second; when the schema is already at this build's version
        // (every start but the first after an upgrade) a single query says so.
        if (upToDate(dataSource)) return;
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations(Migrations.locations(url.kind()))
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Database bijgewerkt naar schemaversie {} ({} migraties)", result.targetSchemaVersion, result.migrationsExecuted);
        }
    }

    private static boolean upToDate(javax.sql.DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             var statement = c.createStatement();
             var rs = statement.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = TRUE")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void prepareSqliteFile(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("map voor de database kan niet gemaakt worden: " + file.toAbsolutePath().getParent()
                    + " (" + e.getMessage() + "); zet DATA_DIR op een map waarin de app mag schrijven");
        }
    }

    private static HikariDataSource pool(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setPoolName("reads");
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            sqliteProperties(false).forEach((k, v) -> config.addDataSourceProperty((String) k, v));
            config.setMaximumPoolSize(8);
            config.setMinimumIdle(2);
        } else {
            config.setUsername(url.user());
            config.setPassword(url.password());
            config.setMaximumPoolSize(10);
            config.setMinimumIdle(2);
            config.setInitializationFailTimeout(5000);
            config.setConnectionTimeout(5000);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("database niet bereikbaar: " + url.describe() + " (" + rootMessage(e) + ")", e);
        }
    }

    /**
     * SQLite settings on every connection. WAL lets readers run while the writer commits;
     * foreign keys are off by default in SQLite and our deletes rely on them; busy_timeout makes
     * a second process (backup, CLI) wait instead of failing. The writer commits with
     * synchronous=FULL and BEGIN IMMEDIATE: a submitted answer must survive power loss, and a
     * write transaction must take its lock up front instead of failing on upgrade.
     */
    static Properties sqliteProperties(boolean writer) {
        Properties p = new Properties();
        p.setProperty("journal_mode", "WAL");
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", "10000");
        p.setProperty("synchronous", writer ? "FULL" : "NORMAL");
        if (writer) p.setProperty("transaction_mode", "IMMEDIATE");
        return p;
    }

    private static Connection writerConnection(DatabaseUrl url) throws SQLException {
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            return DriverManager.getConnection(url.jdbcUrl(), sqliteProperties(true));
        }
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }

    static RuntimeException failure(Throwable e) {
        return StorageFailures.failure(e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public DatabaseUrl url() {
        return url;
    }

    public boolean isSqlite() {
        return url.kind() == DatabaseUrl.Kind.SQLITE;
    }

    /** For queries. Never write through this: all changes go through {@link #write}. */
    public Jdbi reads() {
        return reads;
    }

    /** Runs work in the writer's next batch and waits until that batch is durably committed. */
    public <T> T write(HandleCallback<T, Exception> work) {
        if (singleWrites != null) {
            try {
                return configure(Jdbi.create(singleWrites)).inTransaction(work::withHandle);
            } catch (Exception e) {
                throw failure(e);
            }
        }
        return writer.write(work);
    }

    /** Queues work that nobody waits for (e.g. "last seen" stamps); failures are logged. */
    public void writeLater(HandleCallback<?, Exception> work) {
        writer.writeLater(work);
    }

    public boolean healthy() {
        try (Handle h = reads.open()) {
            return h.createQuery("SELECT 1").mapTo(Integer.class).one() == 1 && writer.running();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public javax.sql.DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        writer.close();
        if (singleWrites != null) singleWrites.close();
        pool.close();
    }
}
