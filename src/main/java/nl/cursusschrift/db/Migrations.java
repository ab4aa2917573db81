package nl.cursusschrift.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One migration history: the migrations both engines share live once in {@code db/migration/common},
 * only what differs per engine (V4's full-text search) in {@code db/migration/sqlite} and
 * {@code db/migration/postgresql}. Flyway runs the common folder together with the engine's.
 */
final class Migrations {
    static final String ROOT = "db/migration/";
    private static final Pattern FILE = Pattern.compile("(?:^|/)V(\\d+)__[^/]+\\.sql$");

    private Migrations() {
    }

    /** Where Flyway finds the migrations for an engine. */
    static String[] locations(DatabaseUrl.Kind kind) {
        String engine = kind == DatabaseUrl.Kind.SQLITE ? "sqlite" : "postgresql";
        return new String[] {"classpath:" + ROOT + "common", "classpath:" + ROOT + engine};
    }

    /**
     * The newest version among the migration files this build carries, read from their names as
     * Flyway reads them (V6__queue_indexes.sql is version 6), so nobody keeps a number in step by hand.
     */
    static int newest() {
        return names().stream().map(FILE::matcher).filter(Matcher::find).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }

    /** The migration files next to this class: in the jar, or in target/classes when run from the build. */
    static List<String> names() {
        try {
            Path here = Path.of(Migrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(here)) {
                Path root = here.resolve(ROOT);
                if (!Files.isDirectory(root)) return List.of();
                try (Stream<Path> files = Files.walk(root)) {
                    return files.map(p -> here.relativize(p).toString().replace('\\', '/')).filter(n -> n.endsWith(".sql")).toList();
                }
            }
            try (JarFile jar = new JarFile(here.toFile())) {
                return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(ROOT) && n.endsWith(".sql")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
