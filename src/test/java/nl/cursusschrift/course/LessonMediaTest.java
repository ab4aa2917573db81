package nl.cursusschrift.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestDatabase;
import org.junit.jupiter.api.Test;

/** Lesson images are served whether CONTENT_DIR is relative (the README's ./content) or absolute. */
class LessonMediaTest {

    static void servesItsMedia(Path contentDir) {
        Config config = Config.forTests(TestApp.tempDir("d"), contentDir).withDatabaseUrl(TestDatabase.url());
        try (TestApp app = TestApp.start(config, java.time.Clock.systemUTC())) {
            var res = app.client().get("/media/schema.svg");
            assertEquals(200, res.status(), contentDir + ": " + res.body());
            assertTrue(res.header("Content-Type").startsWith("image/svg+xml"), res.header("Content-Type"));
            assertTrue(res.body().contains("<svg"), res.body());
            assertEquals(404, app.client().get("/media/../course.yml").status());
            assertEquals(404, app.client().get("/media/bestaat-niet.svg").status());
        }
    }

    @Test
    void aRelativeContentDir_likeTheReadmesDefault_servesMedia() throws IOException {
        Path copy = TestApp.copyOf(TestApp.FIXTURE_COURSE);
        Path inTarget = Path.of("target", "media-test-" + System.nanoTime());
        Files.createDirectories(inTarget.resolve("media"));
        try (var files = Files.list(copy)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, inTarget.resolve(f.getFileName()));
        }
        Files.writeString(inTarget.resolve("media/schema.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        servesItsMedia(Path.of("./" + inTarget));
        servesItsMedia(Path.of("./target/../" + inTarget));
    }

    @Test
    void anAbsoluteContentDir_servesMedia() throws IOException {
        Path copy = TestApp.copyOf(TestApp.FIXTURE_COURSE);
        Files.createDirectories(copy.resolve("media"));
        Files.writeString(copy.resolve("media/schema.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        servesItsMedia(copy.toAbsolutePath());
    }
}
