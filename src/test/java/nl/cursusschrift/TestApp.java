package nl.cursusschrift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The whole app started in-process on a random port with its own temp data directory,
 * as {@link Main} wires it. Each test class (or test) gets a fresh database.
 */
public final class TestApp implements AutoCloseable {
    public static final Path FIXTURE_COURSE = Path.of("src", "test", "resources", "course");

    public final Path dataDir;
    public final Path contentDir;
    public final Clock clock;
    public final App app;
    private final Config config;

    private TestApp(Config config, Clock clock) {
        this.config = config;
        this.dataDir = config.dataDir();
        this.contentDir = config.contentDir();
        this.clock = clock;
        this.app = Main.wire(config, clock).start(config.port());
    }

    public static TestApp start() {
        return start(FIXTURE_COURSE, Clock.system(Main.ZONE));
    }

    public static TestApp start(Clock clock) {
        return start(FIXTURE_COURSE, clock);
    }

    public static TestApp start(Path contentDir, Clock clock) {
        return new TestApp(Config.forTests(tempDir("data"), contentDir).withDatabaseUrl(TestDatabase.url()), clock);
    }

    public static TestApp start(Config config, Clock clock) {
        return new TestApp(config, clock);
    }

    public Config config() {
        return config;
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    public WebClient client() {
        return new WebClient(this);
    }

    @Override
    public void close() {
        app.stop();
    }

    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory("cursusschrift-" + prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writable copy of a content directory, for tests that change lesson files. */
    public static Path copyOf(Path source) {
        Path target = tempDir("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path dest = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(dest);
                else Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
