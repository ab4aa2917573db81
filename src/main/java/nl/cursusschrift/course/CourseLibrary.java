package nl.cursusschrift.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the loaded course. In development mode it reloads when a content file changes;
 * a reload that fails is logged and the last good course keeps being served.
 */
public final class CourseLibrary {
    private static final Logger log = LoggerFactory.getLogger(CourseLibrary.class);
    private static final long CHECK_INTERVAL_MS = 500;

    private final Path dir;
    private final boolean watch;
    private final CourseLoader loader;
    private final java.time.Clock clock;
    private volatile Course current;
    private volatile long stamp;
    private volatile long lastCheck;

    private CourseLibrary(Path dir, boolean watch, CourseLoader loader, java.time.Clock clock) {
        this.dir = dir;
        this.watch = watch;
        this.loader = loader;
        this.clock = clock;
    }

    /** Loads the course now; throws {@link ContentException} when it is broken. */
    public static CourseLibrary load(Path dir, boolean watchForChanges, CourseLoader loader, java.time.Clock clock) {
        CourseLibrary library = new CourseLibrary(dir, watchForChanges, loader, clock);
        library.stamp = library.currentStamp();
        library.current = library.loader.load(dir);
        return library;
    }

    public Course current() {
        if (watch) reloadIfChanged();
        return current;
    }

    private void reloadIfChanged() {
        long now = clock.millis();
        if (now - lastCheck < CHECK_INTERVAL_MS) return;
        synchronized (this) {
            if (now - lastCheck < CHECK_INTERVAL_MS) return;
            lastCheck = now;
            long latest = currentStamp();
            if (latest == stamp) return;
            stamp = latest;
            CourseLoader.Result result = loader.read(dir);
            if (result.ok()) {
                current = result.course();
                log.info("Cursusinhoud opnieuw geladen: {} lessen", current.stepCount());
            } else {
                log.warn("Cursusinhoud niet opnieuw geladen, de vorige versie blijft actief:\n{}",
                        new ContentException(result.problems()).getMessage());
            }
        }
    }

    /** A cheap fingerprint of the directory: names, sizes and modification times. */
    private long currentStamp() {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            return files.mapToLong(p -> {
                try {
                    return p.toString().hashCode() * 31L + Files.size(p) * 17 + Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
