package nl.cursusschrift.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import nl.cursusschrift.Config;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson file broken while the app runs in DEV mode, and a broken file at start. */
class ContentFaultTest {
    @TempDir
    Path tmp;

    private Path copyOfFixtureCourse() throws IOException {
        Path dir = tmp.resolve("content");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(TestApp.FIXTURE_COURSE)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    /** Writes a file and moves its modification time on, so the reload sees a change even within one clock tick. */
    private static void write(Path file, String text, int secondsLater) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    /** The title after the next change check: the library looks at the files again once its interval passed on the clock. */
    private static String titleOnceReloaded(WebClient web, TestClock clock) {
        clock.advance(Duration.ofSeconds(1));
        return web.get("/les/1").text("h1");
    }

    @Test
    void inDevMode_aBrokenLessonKeepsTheLastGoodVersionServed_andAFixIsPickedUp() throws Exception {
        Path content = copyOfFixtureCourse();
        Path lesson = content.resolve("01-welkom.md");
        String good = Files.readString(lesson);
        Config config = Config.forTests(tmp.resolve("data"), content).withDev(true);
        TestClock clock = TestClock.at("2026-11-23T09:00:00Z");
        try (TestApp app = TestApp.start(config, clock)) {
            WebClient web = app.client();
            assertEquals("Welkom bij de testcursus", web.get("/les/1").text("h1"));

            write(lesson, good.replace("step: 1\n", "step: een\n"), 5);
            clock.advance(Duration.ofSeconds(1));
            for (int i = 0; i < 5; i++) {
                var page = web.get("/les/1");
                assertEquals(200, page.status());
                assertEquals("Welkom bij de testcursus", page.text("h1"), "the last good version stays");
                clock.advance(Duration.ofMillis(600));
            }

            write(lesson, good.replace("title: Welkom bij de testcursus", "title: Welkom terug"), 10);
            assertEquals("Welkom terug", titleOnceReloaded(web, clock));
        }
    }

    @Test
    void atStart_aBrokenLessonIsRefusedNamingFileLineAndProblem() throws Exception {
        Path content = copyOfFixtureCourse();
        Path lesson = content.resolve("02-contactmomenten.md");
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("step: 2", "step: twee"));
        Config config = Config.forTests(tmp.resolve("data"), content);
        ContentException e = assertThrows(ContentException.class, () -> Main.wire(config, TestClock.at("2026-11-23T09:00:00Z")));
        assertTrue(e.getMessage().contains("02-contactmomenten.md"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*02-contactmomenten\\.md:\\d+.*"), e.getMessage());
    }
}
