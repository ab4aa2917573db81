package nl.cursusschrift.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Puts a checked backup in place of the database, keeping the old files aside. Only while the app is stopped. */
public final class Restore {
    /** What a restore did: the report of the restored file and where the old database went. */
    public record Result(Backups.Report report, List<Path> keptAside) {
    }

    private Restore() {
    }

    public static Result restore(Path backup, Path database, int newestSchema, LocalDateTime now) {
        Backups.Report report = Backups.check(backup);
        if (!report.ok()) throw new IllegalArgumentException(backup + " is geen bruikbare back-up: " + report.integrity());
        if (report.schemaVersion() > newestSchema) {
            throw new IllegalArgumentException(backup + " komt van een nieuwere versie van Cursusschrift (schemaversie "
                    + report.schemaVersion() + ", deze versie kent tot " + newestSchema + "); gebruik die versie");
        }
        try (DataDirLock lock = DataDirLock.tryAcquire(database)
                .orElseThrow(() -> new IllegalStateException("de database is in gebruik: stop eerst de app die " + database.toAbsolutePath()
                        + " gebruikt, en probeer het dan opnieuw"))) {
            String suffix = ".voor-herstel-" + now.format(Backups.STAMP);
            List<Path> aside = new ArrayList<>();
            // The WAL may hold committed changes not yet in the main file; it moves with it, or the old copy would be incomplete.
            for (String ext : new String[] {"", "-wal", "-shm"}) {
                Path file = database.resolveSibling(database.getFileName() + ext);
                if (Files.exists(file)) {
                    Path target = file.resolveSibling(file.getFileName() + suffix);
                    Files.move(file, target);
                    aside.add(target);
                }
            }
            Path partial = database.resolveSibling(database.getFileName() + ".herstel");
            Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
            return new Result(Backups.check(database), aside);
        } catch (IOException e) {
            throw new UncheckedIOException("herstel mislukt: " + e.getMessage(), e);
        }
    }
}
