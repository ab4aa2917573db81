package nl.cursusschrift.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Consistent copies of the SQLite database while the app runs, and their check. {@code VACUUM INTO}
 * reads the database in one read transaction (WAL lets writers go on meanwhile) and writes a compact,
 * self-contained file; the copy is then opened on its own and must pass {@code PRAGMA integrity_check}.
 */
public final class Backups {
    /** The tables a learner's and an instructor's work live in, counted in every report. */
    static final Map<String, String> COUNTED = tables();

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("app_user", "accounts");
        t.put("cohort", "groepen");
        t.put("answer", "antwoorden");
        t.put("revision", "ingeleverde versies");
        t.put("review", "beoordelingen");
        t.put("share", "gedeelde antwoorden");
        return t;
    }

    /** What a check of a database file found. */
    public record Report(Path file, long bytes, String integrity, int schemaVersion, Map<String, Long> counts) {
        public boolean ok() {
            return "ok".equals(integrity) && schemaVersion > 0;
        }

        public String describe() {
            StringBuilder s = new StringBuilder();
            s.append(file).append(" (").append(String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_048_576.0)).append(" MB)\n");
            s.append("  integriteit: ").append(integrity).append(", schemaversie ").append(schemaVersion).append('\n');
            counts.forEach((table, n) -> s.append(String.format("  %,9d %s%n", n, COUNTED.get(table)).replace(',', '.')));
            return s.toString();
        }
    }

    private Backups() {
    }

    /** Copies the live database at {@code source} into {@code target} (which must not exist) and checks the copy. */
    public static Report backup(Path source, Path target) {
        if (!Files.isRegularFile(source)) throw new IllegalArgumentException("geen database gevonden in " + source.toAbsolutePath());
        if (Files.exists(target)) throw new IllegalArgumentException(target + " bestaat al; kies een nieuwe bestandsnaam");
        try {
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("map " + target.toAbsolutePath().getParent() + " kan niet gemaakt worden: " + e.getMessage());
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath());
             var statement = c.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            Files.deleteIfExists(partial);
            statement.execute("VACUUM INTO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new IllegalStateException("de back-up is mislukt: " + e.getMessage(), e);
        }
        Report report = check(partial);
        if (!report.ok()) {
            deleteQuietly(partial);
            throw new IllegalStateException("de kopie is niet in orde (" + report.integrity() + "); er is niets bewaard");
        }
        try {
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        }
        return new Report(target, report.bytes(), report.integrity(), report.schemaVersion(), report.counts());
    }

    /** Opens a database file read-only and reports its integrity, schema version and row counts. */
    public static Report check(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + " bestaat niet of is geen bestand");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             var statement = c.createStatement()) {
            String integrity;
            try (var rs = statement.executeQuery("PRAGMA integrity_check")) {
                List<String> problems = new ArrayList<>();
                while (rs.next()) problems.add(rs.getString(1));
                integrity = String.join("; ", problems.subList(0, Math.min(problems.size(), 5)));
            }
            int version = 0;
            Map<String, Long> counts = new LinkedHashMap<>();
            try (var rs = statement.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                if (rs.next()) version = rs.getInt(1);
                for (String table : COUNTED.keySet()) {
                    try (var count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        counts.put(table, count.next() ? count.getLong(1) : 0);
                    }
                }
            } catch (SQLException e) {
                return new Report(file, Files.size(file), "geen Cursusschrift-database (" + e.getMessage() + ")", 0, counts);
            }
            return new Report(file, Files.size(file), integrity, version, counts);
        } catch (SQLException e) {
            return new Report(file, sizeOf(file), "onleesbaar: " + e.getMessage(), 0, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A file name for an automatic backup made now. */
    static Path timestamped(Path dir, LocalDateTime now) {
        return dir.resolve("cursusschrift-" + now.format(STAMP) + ".db");
    }

    /** When an automatic backup was made, from its name. */
    static LocalDateTime madeAt(Path backup) {
        String name = backup.getFileName().toString();
        return LocalDateTime.parse(name.substring("cursusschrift-".length(), name.length() - ".db".length()), STAMP);
    }

    /** The automatic backups in a directory, oldest first. */
    static List<Path> automatic(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("cursusschrift-\\d{8}-\\d{6}\\.db")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the oldest automatic backups so that {@code keep} remain. */
    static List<Path> prune(Path dir, int keep) {
        List<Path> all = automatic(dir);
        List<Path> removed = new ArrayList<>();
        for (int i = 0; i < all.size() - keep; i++) {
            deleteQuietly(all.get(i));
            removed.add(all.get(i));
        }
        return removed;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more to do; the caller reports the real problem
        }
    }
}
