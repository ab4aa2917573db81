package nl.cursusschrift;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One start of the whole app on a throwaway database, a few pages served, then a stop. The build
 * runs this with -XX:ArchiveClassesAtExit so the JVM can map the classes it loads from an archive
 * (class data sharing) instead of reading and verifying them from the jar at every start: that is
 * about half of the start-up time. See docs/performance.md.
 */
final class StartupTraining {
    private StartupTraining() {
    }

    static int run(Config config, PrintStream out) {
        Path dir;
        try {
            dir = Files.createTempDirectory("cursusschrift-training");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Config training = Config.forTests(dir, config.contentDir());
        App app = Main.wire(training, Clock.system(Main.ZONE));
        try {
            app.start(0);
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/health", "/", "/les/1", "/inloggen", "/registreren", "/static/site.css", "/bestaat-niet"}) {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                out.println(path + " " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            app.stop();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
        }
        return 0;
    }
}
