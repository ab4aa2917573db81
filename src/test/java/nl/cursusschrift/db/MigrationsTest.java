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

    private static List<String> versions(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", folder))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).toList();
        }
    }

    private static List<String> history(String engine) throws IOException {
        List<String> all = new java.util.ArrayList<>(versions("common"));
        all.addAll(versions(engine));
        return all.stream().sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
    }

    @Test
    void bothEnginesHaveTheSameMigrations_andTheFastPathKnowsTheNewest() throws IOException {
        List<String> sqlite = history("sqlite");
        assertEquals(sqlite, history("postgresql"));
        int newest = sqlite.stream().mapToInt(Integer::parseInt).max().orElseThrow();
        assertEquals(newest, Database.SCHEMA_VERSION, "Database.SCHEMA_VERSION must name the newest migration");
    }

    @Test
    void aSharedMigrationLivesOnce_onlyWhatDiffersPerEngineLivesPerEngine() throws IOException {
        for (String version : versions("sqlite")) {
            assertTrue(!versions("common").contains(version), "V" + version + " is both shared and SQLite's own");
        }
        assertEquals(versions("sqlite").stream().sorted().toList(), versions("postgresql").stream().sorted().toList(),
                "each engine-specific version exists for both engines");
    }

    /** How many migrations this build carries for SQLite: versions may have gaps (V8 came before V7 was merged). */
    private static int carried() {
        try {
            return history("sqlite").size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int applied(Database db) {
        return db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")
                .mapTo(Integer.class).one());
    }

    @Test
    void aFreshFileMigratesToTheNewestVersion_andReopensWithoutRunningAgain(@TempDir Path dir) {
        DatabaseUrl url = DatabaseUrl.sqlite(dir.resolve("cs.db"));
        try (Database db = Database.open(url)) {
            assertEquals(carried(), applied(db));
        }
        try (Database db = Database.open(url)) {
            assertEquals(carried(), applied(db), "reopening must not apply anything twice");
            assertTrue(db.healthy());
        }
    }

    @Test
    void aDatabaseLeftAtAnOlderVersionIsBroughtUpToDate(@TempDir Path dir) {
        DatabaseUrl url = DatabaseUrl.sqlite(dir.resolve("cs.db"));
        var flyway = org.flywaydb.core.Flyway.configure()
                .dataSource("jdbc:sqlite:" + dir.resolve("cs.db"), null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("2").load();
        flyway.migrate();
        try (Database db = Database.open(url)) {
            assertEquals(carried(), applied(db));
        }
    }

    /**
     * A database file the release before the single migration history made (demo seed, 4 learners,
     * schema 6): it must open, pass Flyway's validation against today's locations (the fast path
     * would otherwise skip Flyway until the next migration, and fail only then), and serve its learners.
     */
    @Test
    void aDatabaseMadeByTheReleaseBeforeOpens_validates_andServesItsLearners(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (var in = new java.util.zip.GZIPInputStream(getClass().getResourceAsStream("/db/made-by-schema-6.db.gz"))) {
            Files.copy(in, data.resolve("cursusschrift.db"));
        }
        DatabaseUrl url = DatabaseUrl.sqlite(data.resolve("cursusschrift.db"));
        try (Database db = Database.open(url)) {
            assertEquals(carried(), applied(db), "brought up to date as it opened");
            var flyway = org.flywaydb.core.Flyway.configure().dataSource(db.dataSource())
                    .locations(Migrations.locations(DatabaseUrl.Kind.SQLITE)).load();
            assertTrue(flyway.validateWithResult().validationSuccessful, "the history of the old file matches today's migrations");
            assertEquals(0, flyway.info().pending().length);
        }
        var config = nl.cursusschrift.Config.forTests(data, Path.of("content"));
        try (var app = nl.cursusschrift.TestApp.start(config, java.time.Clock.system(nl.cursusschrift.Main.ZONE))) {
            var web = app.client();
            web.get("/inloggen");
            assertEquals(303, web.post("/inloggen", "email", "deelnemer1@demo.cursusschrift.nl", "password", "demo-wachtwoord").status());
            var notebook = web.get("/schrift");
            assertEquals(200, notebook.status());
            assertTrue(notebook.body().contains("Stap 1"), "the learner's notebook from the old file is there");
        }
    }
}
