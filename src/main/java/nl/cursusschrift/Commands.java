package nl.cursusschrift;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import nl.cursusschrift.account.UserCommand;
import nl.cursusschrift.backup.AutoBackup;
import nl.cursusschrift.backup.BackupCommand;
import nl.cursusschrift.backup.DataDirLock;
import nl.cursusschrift.course.ContentCheckCommand;
import nl.cursusschrift.course.ContentException;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.DatabaseUrl;
import nl.cursusschrift.db.MigrateDataCommand;
import nl.cursusschrift.demo.DemoCommand;

/** The jar's subcommands: {@code serve} (the default) and the admin tools, with the usage text {@code --help} prints. */
final class Commands {
    private Commands() {
    }

    static final String USAGE = """
            Cursusschrift: cursus en weekopdrachten

            Gebruik: java -jar target/cursusschrift.jar [opdracht]

            Opdrachten:
              serve                 start de webapp (standaard) op PORT (7070)
              content check [MAP]   controleer de cursusinhoud (standaard CONTENT_DIR of ./content)
              user add --role admin|instructor|learner --email ADRES --name "NAAM"
                                    maak een account; het wachtwoord wordt gevraagd (of van stdin gelezen)
              user reset-link --email ADRES
                                    maak een eenmalige link om een wachtwoord opnieuw in te stellen
              user list             toon docenten en beheerders
              demo seed --learners N [--cohorts C] [--seed S] [--force]
                                    vul een lege database met demo-deelnemers, antwoorden en feedback
              demo sessions --count N [--role learner|instructor|admin]
                                    maak ingelogde sessies voor demo-accounts (voor de benchmarks)
              backup BESTAND        maak een gecontroleerde kopie van de SQLite-database, ook terwijl de app draait
              restore BESTAND       zet een back-up terug als de app gestopt is; de oude database blijft ernaast staan
              migrate-data --from sqlite:PAD --to postgresql://...
                                    kopieer alle gegevens naar een nieuwe, lege database en controleer ze
              startup-training      start en stop de app eenmaal op een lege database; de build maakt
                                    zo het klassenarchief (target/cursusschrift.jsa) voor een snelle start
              --help                deze uitleg

            Instellingen (omgevingsvariabelen):
              PORT          poort van de webapp (standaard 7070)
              DATA_DIR      map voor de SQLite-database (standaard ./data)
              CONTENT_DIR   map met course.yml en de lessen (standaard ./content)
              DATABASE_URL  optioneel: postgresql://gebruiker:wachtwoord@host:5432/database
              DEV=1         lessen en templates opnieuw laden bij wijzigingen
              COOKIE_SECURE=1  cookies alleen over HTTPS (zet dit achter een HTTPS-proxy)
              BASE_URL      het adres van de site, voor links die je uitdeelt
              BACKUP_DIR    optioneel: maak hier elke dag automatisch een back-up
              BACKUP_KEEP   hoeveel automatische back-ups bewaard blijven (standaard 7)
            """;

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            Config config = Config.fromEnvironment(System.getenv());
            return switch (command) {
                case "serve" -> serve(config, err);
                case "startup-training" -> StartupTraining.run(config, out);
                case "migrate-data" -> MigrateDataCommand.run(rest, out, err);
                case "backup", "restore" -> BackupCommand.run(command, rest, databaseUrl(config), Database.SCHEMA_VERSION, Clock.system(Main.ZONE),
                        out, err);
                case "content" -> ContentCheckCommand.run(rest, config.contentDir(), Main.courseLoader(), out, err);
                case "demo" -> DemoCommand.run(rest, () -> openDatabase(config), () -> Main.courseLoader().load(config.contentDir()),
                        Clock.system(Main.ZONE), out, err);
                case "user" -> UserCommand.run(rest, () -> openDatabase(config), Clock.system(Main.ZONE),
                        config.baseUrl() != null ? config.baseUrl() : "http://localhost:" + config.port(), System.in, out, err);
                case "--help", "-h", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("Onbekende opdracht '" + command + "'.\n");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (Config.ConfigException e) {
            err.println("Instelling klopt niet: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("Fout: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(Config config, PrintStream err) {
        long started = System.nanoTime();
        DatabaseUrl url = databaseUrl(config);
        DataDirLock lock = null;
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            lock = DataDirLock.tryAcquire(url.sqliteFile()).orElse(null);
            if (lock == null) {
                err.println("De database " + url.sqliteFile().toAbsolutePath() + " is al in gebruik door een andere Cursusschrift; "
                        + "stop die eerst, of geef deze een eigen DATA_DIR.");
                return 1;
            }
        }
        App app;
        try {
            app = Main.wire(config, Clock.system(Main.ZONE));
        } catch (ContentException e) {
            err.println("De cursusinhoud in " + config.contentDir().toAbsolutePath().normalize() + " bevat fouten; de app start niet:");
            err.println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("De app kan niet starten: " + e.getMessage());
            return 1;
        }
        app.start(config.port());
        AutoBackup backups = config.backupDir() != null && url.kind() == DatabaseUrl.Kind.SQLITE
                ? new AutoBackup(url.sqliteFile(), config.backupDir(), config.backupKeep(), Clock.system(Main.ZONE)).start() : null;
        DataDirLock held = lock;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (backups != null) backups.close();
            app.stop();
            if (held != null) held.close();
        }));
        System.out.printf("Cursusschrift draait op http://localhost:%d (gestart in %d ms)%n",
                app.port(), (System.nanoTime() - started) / 1_000_000);
        return waitForever();
    }

    private static int waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static DatabaseUrl databaseUrl(Config config) {
        return config.databaseUrl() == null ? DatabaseUrl.sqlite(config.sqliteFile()) : DatabaseUrl.parse(config.databaseUrl());
    }

    static Database openDatabase(Config config) {
        return Database.open(databaseUrl(config));
    }

}
