package nl.cursusschrift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL 15 server for the tests: initdb in a temp directory, started on a free port,
 * stopped and deleted when the test JVM exits. Every {@link #newDatabase()} is an empty database of
 * its own, so tests never see each other's rows. Run as root, the server runs as the {@code postgres}
 * user (PostgreSQL refuses root).
 */
public final class PostgresCluster {
    private static PostgresCluster shared;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresCluster(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The one cluster of this test JVM, started on first use. */
    public static synchronized PostgresCluster shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public static Path binaries() {
        for (String candidate : List.of("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin")) {
            if (Files.isExecutable(Path.of(candidate, "pg_ctl"))) return Path.of(candidate);
        }
        throw new IllegalStateException("PostgreSQL server binaries not found (apt-get install postgresql-15; .ci/run does this)");
    }

    private static PostgresCluster start() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("cursusschrift-pg");
            if (root) run(List.of("chown", "postgres", dir.toString()), false);
            Path data = dir.resolve("data");
            PostgresCluster probe = new PostgresCluster(bin, dir, 0, root);
            probe.pg(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8"));
            for (int attempt = 0; attempt < 5; attempt++) {
                int port = ChildProcess.freePort();
                PostgresCluster cluster = new PostgresCluster(bin, dir, port, root);
                try {
                    cluster.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "30", "-l", dir.resolve("log").toString(),
                            "-o", "-p " + port + " -k " + dir + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                            "start"));
                    return cluster;
                } catch (IllegalStateException e) {
                    if (attempt == 4) throw e;
                }
            }
            throw new IllegalStateException("unreachable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty database of its own, as a DATABASE_URL. */
    public String newDatabase() {
        String name = "cs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database: " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "postgresql://postgres@127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException ignored) {
            // already gone
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    private void pg(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean quietOutput) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
