package nl.cursusschrift.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies every row of one Cursusschrift database into another, empty one that has the same schema
 * (the target is migrated first), in one transaction on each side: the source is read in a single
 * snapshot, so a running app may keep writing; the target gets everything or nothing. Each table is
 * then verified by its row count and a checksum over its rows (independent of row order, since the
 * two engines may sort text differently).
 */
public final class DataCopy {
    /** One table's figures: rows and checksum in the source and in the target. */
    public record TableCheck(String table, long sourceRows, long targetRows, String sourceSum, String targetSum) {
        public boolean ok() {
            return sourceRows == targetRows && sourceSum.equals(targetSum);
        }
    }

    private static final int BATCH = 1000;

    /** Versions of what learner pages show (migration V12): made by triggers, never copied. */
    private static final String DERIVED = "page_version";

    private DataCopy() {
    }

    public static List<TableCheck> copy(DatabaseUrl from, DatabaseUrl to) throws SQLException {
        // Both schemas at this build's version before a row moves.
        Database.open(from).close();
        Database.open(to).close();
        try (Connection source = connect(from); Connection target = connect(to)) {
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            List<String> tables = tablesInDependencyOrder(target);
            for (String table : tables) {
                if (count(target, table) > 0) {
                    throw new IllegalStateException("de doeldatabase is niet leeg (tabel " + table + " heeft rijen); "
                            + "kopieer alleen naar een nieuwe, lege database");
                }
            }
            Map<String, Checksum> sourceSums = new LinkedHashMap<>();
            for (String table : tables) sourceSums.put(table, copyTable(source, target, table));
            resetSequences(target, tables);
            target.commit();
            source.commit();
            List<TableCheck> checks = new ArrayList<>();
            for (String table : tables) {
                Checksum there = checksum(target, table, columns(target, table));
                Checksum here = sourceSums.get(table);
                checks.add(new TableCheck(table, here.rows, there.rows, here.hex(), there.hex()));
            }
            target.commit();
            // Fresh planner statistics: without them PostgreSQL joins a learner's reviews by scanning all of them
            // (the notebook went from 6 ms to 67 ms of SQL on the copied 10k course until the first autovacuum).
            target.setAutoCommit(true);
            try (var s = target.createStatement()) {
                s.execute("ANALYZE");
            }
            return checks;
        }
    }

    private static Connection connect(DatabaseUrl url) throws SQLException {
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            Connection c = DriverManager.getConnection(url.jdbcUrl());
            try (var s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
            }
            return c;
        }
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password() == null ? "" : url.password());
    }

    /**
     * The app's tables in the target, parents before children (foreign keys), Flyway's own left out, and
     * {@code page_version}: derived data the target's own triggers fill as the rows arrive (and differing
     * by design, since a version holds the time of the change).
     */
    static List<String> tablesInDependencyOrder(Connection c) throws SQLException {
        var meta = c.getMetaData();
        Set<String> all = new LinkedHashSet<>();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase();
                if (!name.startsWith("flyway_") && !name.equals(DERIVED)) all.add(name);
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : all) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase();
                    if (!parent.equals(table)) p.add(parent);
                }
            }
            parents.put(table, p);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < all.size()) {
            boolean progress = false;
            for (String table : all) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) throw new IllegalStateException("kringverwijzing tussen tabellen: " + parents);
        }
        return ordered;
    }

    /** Columns the target lets us write (generated columns, such as the search vector, are computed there). */
    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
            while (rs.next()) {
                String generated = rs.getString("IS_GENERATEDCOLUMN");
                if (!"YES".equalsIgnoreCase(generated)) columns.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
        }
        return columns;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Checksum copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = columns(target, table);
        String list = String.join(", ", columns);
        Checksum sum = new Checksum();
        try (var read = source.createStatement();
             ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table);
             PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                     + "?, ".repeat(columns.size() - 1) + "?)")) {
            int pending = 0;
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                    insert.setObject(i + 1, row[i] instanceof Integer n ? Long.valueOf(n) : row[i]);
                }
                sum.add(row);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) insert.executeBatch();
        }
        return sum;
    }

    private static Checksum checksum(Connection c, String table, List<String> columns) throws SQLException {
        Checksum sum = new Checksum();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) row[i] = rs.getObject(i + 1);
                sum.add(row);
            }
        }
        return sum;
    }

    /** Serial columns continue after the highest copied value. */
    private static void resetSequences(Connection target, List<String> tables) throws SQLException {
        if (!target.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) return;
        for (String table : tables) {
            try (ResultSet rs = target.getMetaData().getColumns(null, target.getSchema(), table, "%")) {
                while (rs.next()) {
                    String def = rs.getString("COLUMN_DEF");
                    if (def != null && def.startsWith("nextval(")) {
                        String column = rs.getString("COLUMN_NAME");
                        try (var s = target.createStatement()) {
                            s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), COALESCE((SELECT MAX("
                                    + column + ") FROM " + table + "), 0) + 1, false)");
                        }
                    }
                }
            }
        }
    }

    /** Row count and an order-independent sum of each row's SHA-256, over values written the same way on both engines. */
    static final class Checksum {
        long rows;
        private long a;
        private long b;

        void add(Object[] row) {
            StringBuilder s = new StringBuilder();
            for (Object value : row) {
                if (value == null) s.append('\u0000');
                else if (value instanceof Boolean bool) s.append(bool ? '1' : '0');
                else if (value instanceof Number n && !(value instanceof Double || value instanceof Float)) s.append(n.longValue());
                else s.append(value);
                s.append('\u001f');
            }
            byte[] h = sha256(s.toString());
            long x = 0;
            long y = 0;
            for (int i = 0; i < 8; i++) {
                x = (x << 8) | (h[i] & 0xff);
                y = (y << 8) | (h[8 + i] & 0xff);
            }
            a += x;
            b += y;
            rows++;
        }

        String hex() {
            return String.format("%016x%016x", a, b);
        }

        private static byte[] sha256(String s) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
