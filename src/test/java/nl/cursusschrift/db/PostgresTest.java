package nl.cursusschrift.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.Config;
import nl.cursusschrift.PostgresCluster;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.TestDatabase;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.Test;

/** Moving a course from SQLite to PostgreSQL, and what a wrong DATABASE_URL says. Runs in the PostgreSQL test run. */
class PostgresTest {
    @Test
    void migrateData_copiesARunningSqliteCourse_verifiesEveryTable_andRefusesANonEmptyTarget() {
        assumeTrue(TestDatabase.postgres(), "needs the PostgreSQL test run");
        TestClock clock = TestClock.at("2026-11-23T09:00:00Z");
        Path data = TestApp.tempDir("sqlite");
        String target = PostgresCluster.shared().newDatabase();
        try (TestApp sqlite = TestApp.start(Config.forTests(data, Path.of("content")), clock)) {
            var seeded = ChildProcess.run(Map.of("DATA_DIR", data.toString(), "CONTENT_DIR", "content"), null,
                    "demo", "seed", "--learners", "30", "--cohorts", "3", "--seed", "5");
            assertEquals(0, seeded.exitCode(), seeded.err());
            Accounts.user(sqlite, Role.ADMIN, "beheer@example.nl", "Beheer", null);

            // the SQLite app keeps running while its data is copied
            var copied = ChildProcess.run(Map.of(), null, "migrate-data", "--from", "sqlite:" + data.resolve("cursusschrift.db"), "--to", target);
            assertEquals(0, copied.exitCode(), copied.out() + copied.err());
            assertTrue(copied.out().contains("answer"), copied.out());
            assertFalse(copied.out().contains("VERSCHIL"), copied.out());
            assertTrue(copied.out().matches("(?s).*Klaar: [\\d.,]+ rijen in \\d+ tabellen gekopieerd en gecontroleerd.*"), copied.out());

            var again = ChildProcess.run(Map.of(), null, "migrate-data", "--from", "sqlite:" + data.resolve("cursusschrift.db"), "--to", target);
            assertEquals(1, again.exitCode());
            assertTrue(again.err().contains("niet leeg"), again.err());
        }
        // the same people log in on PostgreSQL and find their work
        try (TestApp pg = TestApp.start(Config.forTests(TestApp.tempDir("pg"), Path.of("content")).withDatabaseUrl(target), clock)) {
            WebClient admin = Accounts.login(pg, "beheer@example.nl");
            var progress = admin.get("/voortgang");
            assertEquals(200, progress.status());
            assertTrue(progress.doc().select("main table tbody tr").size() >= 10, "the demo learners came along");
            String learner = pg.app.database().reads().withHandle(h -> h.createQuery(
                    "SELECT u.email FROM app_user u JOIN answer a ON a.user_id = u.id WHERE u.role = 'learner' AND a.revision_count > 0 LIMIT 1")
                    .mapTo(String.class).one());
            assertNotEquals(null, learner);
        }
    }

    @Test
    void aBadDatabaseUrl_isOneClearLineWithThePasswordMasked_andANonZeroExit() {
        var syntax = ChildProcess.run(Map.of("DATABASE_URL", "mysql://root:geheim@localhost/db", "DATA_DIR", TestApp.tempDir("u").toString()), null);
        assertNotEquals(0, syntax.exitCode());
        assertFalse(syntax.err().contains("geheim"), syntax.err());
        assertTrue(syntax.err().contains("****"), syntax.err());
        assertEquals(1, syntax.err().strip().lines().count(), syntax.err());

        var unreachable = ChildProcess.run(Map.of("DATABASE_URL", "postgresql://cursus:geheim@127.0.0.1:1/cursus",
                "DATA_DIR", TestApp.tempDir("u").toString()), null);
        assertNotEquals(0, unreachable.exitCode());
        assertFalse(unreachable.err().contains("geheim"), unreachable.err());
        assertTrue(unreachable.err().contains("127.0.0.1:1"), unreachable.err());
        assertEquals(1, unreachable.err().strip().lines().filter(l -> !l.startsWith("SLF4J")).filter(l -> !l.matches("^\\d+ \\[.*")).count(),
                unreachable.err());
    }

    @Test
    void aWrongPassword_isNamedAsSuch() {
        assumeTrue(TestDatabase.postgres(), "needs the PostgreSQL test run");
        // the throwaway cluster trusts local connections, so a wrong password is tried against a role that does not exist
        String url = PostgresCluster.shared().newDatabase().replace("postgresql://postgres@", "postgresql://niemand:geheim@");
        var result = ChildProcess.run(Map.of("DATABASE_URL", url, "DATA_DIR", TestApp.tempDir("u").toString()), null);
        assertNotEquals(0, result.exitCode());
        assertFalse(result.err().contains("geheim"), result.err());
        assertTrue(result.err().contains("niemand"), result.err());
    }
}
