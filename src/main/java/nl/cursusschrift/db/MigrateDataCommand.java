package nl.cursusschrift.db;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;

/** {@code migrate-data --from sqlite:data/cursusschrift.db --to postgresql://...}: moves a course to another database. */
public final class MigrateDataCommand {
    static final String USAGE = """
            Gebruik: migrate-data --from sqlite:data/cursusschrift.db --to postgresql://gebruiker:wachtwoord@host:5432/database
              Kopieert alle gegevens naar een nieuwe, lege database en controleert per tabel het aantal rijen en een controlegetal.
              De bron mag in gebruik blijven: de kopie is de stand van één moment.
            """;

    private MigrateDataCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        var options = nl.cursusschrift.cli.CliOptions.parse("migrate-data", args, java.util.Set.of("from", "to"), java.util.Set.of(), 0);
        String fromText = options.require("from");
        String toText = options.require("to");
        DatabaseUrl from;
        DatabaseUrl to;
        try {
            from = DatabaseUrl.parse(fromText);
            to = DatabaseUrl.parse(toText);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (from.kind() == DatabaseUrl.Kind.SQLITE && !java.nio.file.Files.isRegularFile(from.sqliteFile())) {
            err.println("Bron niet gevonden: " + from.sqliteFile().toAbsolutePath());
            return 1;
        }
        out.println("Kopiëren van " + from.describe() + " naar " + to.describe() + " ...");
        long started = System.nanoTime();
        try {
            List<DataCopy.TableCheck> checks = DataCopy.copy(from, to);
            boolean ok = true;
            long rows = 0;
            for (DataCopy.TableCheck c : checks) {
                out.printf("  %-20s %,10d rijen  controlegetal %s  %s%n", c.table(), c.targetRows(), c.targetSum().substring(0, 12),
                        c.ok() ? "klopt" : "VERSCHIL (bron " + c.sourceRows() + " rijen, " + c.sourceSum().substring(0, 12) + ")");
                ok &= c.ok();
                rows += c.targetRows();
            }
            if (!ok) {
                err.println("De kopie wijkt af van de bron; gebruik de doeldatabase niet.");
                return 1;
            }
            out.printf("Klaar: %,d rijen in %d tabellen gekopieerd en gecontroleerd in %.1f s.%n", rows, checks.size(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IllegalStateException | IllegalArgumentException e) {
            err.println("Niet gekopieerd: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println("Niet gekopieerd: " + e.getMessage());
            return 1;
        }
    }
}
