package nl.cursusschrift.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.cursusschrift.db.DatabaseUrl;

/** {@code backup FILE} and {@code restore FILE} for the SQLite database. */
public final class BackupCommand {
    static final String USAGE = """
            Gebruik:
              backup BESTAND    maak een gecontroleerde kopie van de database, ook terwijl de app draait
              restore BESTAND   zet een back-up terug (alleen als de app gestopt is); de oude database blijft ernaast staan
            """;

    private BackupCommand() {
    }

    public static int run(String command, String[] args, DatabaseUrl url, int newestSchema, Clock clock, PrintStream out, PrintStream err) {
        var options = nl.cursusschrift.cli.CliOptions.parse(command, args, java.util.Set.of(), java.util.Set.of(), 1);
        if (options.positionals().isEmpty() || options.positionals().get(0).isBlank()) {
            throw new nl.cursusschrift.cli.CliOptions.Misuse("geef het bestand: " + command + " BESTAND");
        }
        if (url.kind() != DatabaseUrl.Kind.SQLITE) {
            err.println("Met PostgreSQL maakt en herstelt u back-ups met pg_dump en pg_restore (zie de README).");
            return 2;
        }
        Path file = Path.of(args[0]);
        try {
            if (command.equals("backup")) {
                Backups.Report report = Backups.backup(url.sqliteFile(), file);
                out.print("Back-up gemaakt en gecontroleerd: " + report.describe());
            } else {
                Restore.Result result = Restore.restore(file, url.sqliteFile(), newestSchema, LocalDateTime.now(clock));
                out.print("Hersteld: " + result.report().describe());
                for (Path old : result.keptAside()) out.println("  de vorige versie staat nu in " + old);
            }
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println((command.equals("backup") ? "Back-up" : "Herstel") + " niet gelukt: " + e.getMessage());
            return 1;
        }
    }
}
