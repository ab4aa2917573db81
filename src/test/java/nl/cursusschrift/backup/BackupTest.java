package nl.cursusschrift.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("sqlite")
class BackupTest {
    @TempDir
    Path tmp;

    private static long count(Path db, String sql) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Test
    void aBackupWhileTheAppWritesIsConsistent_checked_andNeverOverwritesAFile() throws Exception {
        try (TestApp app = TestApp.start()) {
            for (int i = 0; i < 20; i++) Accounts.user(app, Role.LEARNER, "l" + i + "@example.nl", "Leerling " + i, null);
            Path live = app.dataDir.resolve("cursusschrift.db");
            Path copy = tmp.resolve("kopie.db");
            // writes keep coming while the copy is made
            Thread writer = new Thread(() -> {
                for (int i = 20; i < 60; i++) Accounts.user(app, Role.LEARNER, "l" + i + "@example.nl", "Leerling " + i, null);
            });
            writer.start();
            Backups.Report report = Backups.backup(live, copy);
            writer.join();
            assertEquals("ok", report.integrity());
            long users = report.counts().get("app_user");
            assertTrue(users >= 20 && users <= 60, "a snapshot between the writes: " + users);
            assertEquals(users, count(copy, "SELECT COUNT(*) FROM app_user"));
            assertFalse(Files.exists(tmp.resolve("kopie.db.partial")));

            var again = ChildProcess.run(Map.of("DATA_DIR", app.dataDir.toString()), null, "backup", copy.toString());
            assertEquals(1, again.exitCode());
            assertTrue(again.err().contains("bestaat al"), again.err());
        }
    }

    @Test
    void restoreRefusesWhileTheAppServes_thenPutsTheBackupBack_andKeepsTheOldDatabaseAside() throws Exception {
        Path data = tmp.resolve("data");
        int port = ChildProcess.freePort();
        Map<String, String> env = Map.of("DATA_DIR", data.toString(), "PORT", String.valueOf(port), "CONTENT_DIR", TestApp.FIXTURE_COURSE.toString());
        Process app = ChildProcess.serve(env, tmp.resolve("app.log"));
        Path backup = tmp.resolve("nacht.db");
        try {
            ChildProcess.awaitHealth(app, port, Duration.ofSeconds(30), tmp.resolve("app.log"));
            var added = ChildProcess.run(env, "een lang wachtwoord 123\n", "user", "add", "--role", "admin", "--email", "voor@example.nl", "--name", "Voor");
            assertEquals(0, added.exitCode(), added.err());

            var made = ChildProcess.run(env, null, "backup", backup.toString());
            assertEquals(0, made.exitCode(), made.err());
            assertTrue(made.out().contains("integriteit: ok"), made.out());

            var later = ChildProcess.run(env, "een lang wachtwoord 123\n", "user", "add", "--role", "admin", "--email", "na@example.nl", "--name", "Na");
            assertEquals(0, later.exitCode(), later.err());

            var refused = ChildProcess.run(env, null, "restore", backup.toString());
            assertEquals(1, refused.exitCode());
            assertTrue(refused.err().contains("in gebruik"), refused.err());
        } finally {
            app.destroy();
            app.waitFor();
        }
        var restored = ChildProcess.run(env, null, "restore", backup.toString());
        assertEquals(0, restored.exitCode(), restored.err());
        assertTrue(restored.out().contains("de vorige versie staat nu in"), restored.out());
        Path db = data.resolve("cursusschrift.db");
        assertEquals(1, count(db, "SELECT COUNT(*) FROM app_user WHERE email = 'voor@example.nl'"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM app_user WHERE email = 'na@example.nl'"));
        Path aside;
        try (var files = Files.list(data)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("cursusschrift.db.voor-herstel-")).findFirst().orElseThrow();
        }
        assertEquals(1, count(aside, "SELECT COUNT(*) FROM app_user WHERE email = 'na@example.nl'"), "the newer data is kept aside, not lost");
    }

    @Test
    void restoreOfSomethingThatIsNotABackup_isRefusedAndTouchesNothing() throws IOException {
        Path data = tmp.resolve("data");
        try (TestApp app = TestApp.start(nl.cursusschrift.Config.forTests(data, TestApp.FIXTURE_COURSE), Clock.systemUTC())) {
            Accounts.user(app, Role.ADMIN, "a@example.nl", "A", null);
        }
        Path junk = tmp.resolve("junk.db");
        Files.writeString(junk, "dit is geen database");
        var result = ChildProcess.run(Map.of("DATA_DIR", data.toString()), null, "restore", junk.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("geen bruikbare back-up"), result.err());
        try (var files = Files.list(data)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("voor-herstel")));
        }
        var usage = ChildProcess.run(Map.of("DATA_DIR", data.toString()), null, "backup");
        assertEquals(2, usage.exitCode());
    }

    @Test
    void theDailyBackupKeepsTheNewestN_andRunsAtStartWhenTheLastIsADayOld() throws Exception {
        try (TestApp app = TestApp.start()) {
            Accounts.user(app, Role.ADMIN, "a@example.nl", "A", null);
            Path dir = tmp.resolve("backups");
            Path live = app.dataDir.resolve("cursusschrift.db");
            Instant t = Instant.parse("2026-11-20T03:00:00Z");
            for (int day = 0; day < 4; day++) {
                Clock at = Clock.fixed(t.plusSeconds(day * 86_400L), ZoneOffset.UTC);
                new AutoBackup(live, dir, 2, at).runOnce();
            }
            List<Path> kept = Backups.automatic(dir);
            assertEquals(List.of("cursusschrift-20261122-030000.db", "cursusschrift-20261123-030000.db"),
                    kept.stream().map(p -> p.getFileName().toString()).toList());
            assertEquals("ok", Backups.check(kept.get(1)).integrity());

            Clock hourLater = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneOffset.UTC);
            assertEquals(Duration.ofHours(23), new AutoBackup(live, dir, 2, hourLater).firstDelay());
            Clock twoDaysLater = Clock.fixed(Instant.parse("2026-11-25T04:00:00Z"), ZoneOffset.UTC);
            assertEquals(Duration.ZERO, new AutoBackup(live, dir, 2, twoDaysLater).firstDelay());
        }
    }
}
