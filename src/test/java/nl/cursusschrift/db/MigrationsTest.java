package nl.cursusschrift.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("sqlite")
class MigrationsTest {

    private static List<String> versions(String engine) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", engine))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted().toList();
        }
    }

    @Test
    void bothEnginesHaveTheSameMigrations_andTheFastPathKnowsTheNewest() throws IOException {
        List<String> sqlite = versions("sqlite");
        assertEquals(sqlite, versions("postgresql"));
        int newest = sqlite.stream().mapToInt(Integer::parseInt).max().orElseThrow();
        assertEquals(newest, Database.SCHEMA_VERSION, "Database.SCHEMA_VERSION must name the newest migration");
    }

    private static int applied(Database db) {
        return db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")
                .mapTo(Integer.class).one());
    }

    @Test
    void aFreshFileMigratesToTheNewestVersion_andReopensWithoutRunningAgain(@TempDir Path dir) {
        DatabaseUrl url = DatabaseUrl.sqlite(dir.resolve("cs.db"));
        try (Database db = Database.open(url)) {
            assertEquals(Database.SCHEMA_VERSION, applied(db));
        }
        try (Database db = Database.open(url)) {
            assertEquals(Database.SCHEMA_VERSION, applied(db), "reopening must not apply anything twice");
            assertTrue(db.healthy());
        }
    }

    @Test
    void aDatabaseLeftAtAnOlderVersionIsBroughtUpToDate(@TempDir Path dir) {
        DatabaseUrl url = DatabaseUrl.sqlite(dir.resolve("cs.db"));
        var flyway = org.flywaydb.core.Flyway.configure()
                .dataSource("jdbc:sqlite:" + dir.resolve("cs.db"), null, null)
                .locations("classpath:db/migration/sqlite").target("2").load();
        flyway.migrate();
        try (Database db = Database.open(url)) {
            assertEquals(Database.SCHEMA_VERSION, applied(db));
        }
    }
}
