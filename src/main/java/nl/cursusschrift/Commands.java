package nl.cursusschrift;

import java.io.PrintStream;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import nl.cursusschrift.account.UserCommand;
import nl.cursusschrift.backup.AutoBackup;
import nl.cursusschrift.backup.BackupCommand;
import nl.cursusschrift.backup.DataDirLock;
import nl.cursusschrift.cli.CliOptions;
import nl.cursusschrift.course.ContentCheckCommand;
import nl.cursusschrift.course.ContentException;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.DatabaseUrl;
import nl.cursusschrift.db.MigrateDataCommand;
import nl.cursusschrift.demo.DemoCommand;
import nl.cursusschrift.web.PublicAddress;

/** The jar's subcommands: {@code serve} (the default) and the admin tools, with the usage text {@code --help} prints. */
final class Commands {
    private Commands() {
    }

    static final String USAGE = """
            Cursusschrift: cursus en weekopdrachten

            Gebruik: java -jar target/cursusschrift.jar [opdracht]

            Opdrachten:
              serve [--port N] [--data-dir MAP]
                                    start de webapp (standaard) op PORT (7070), met de database in DATA_DIR
              content check [MAP]   controleer de cursusinhoud (standaard CONTENT_DIR of ./content)
              user add --role admin|instructor|learner --email ADRES --name "NAAM"
                                    maak een account; het wachtwoord wordt gevraagd (of van stdin gelezen)
              user reset-link --email ADRES [--base-url URL]
                                    maak een eenmalige link om een wachtwoord opnieuw in te stellen
              user list             toon docenten en beheerders
              mail test --to ADRES  stuur één testmail via SMTP_URL en toon het antwoord van de mailserver
              lti add-platform --issuer URL --client-id ID --deployment-ids A,B --auth-url URL --token-url URL --jwks-url URL
                                    registreer een leerplatform voor LTI 1.3 (ook op /beheer/lti)
              lti platforms         toon de geregistreerde leerplatforms
              lti remove-platform ID
                                    verwijder een leerplatform
              lti rotate-keys       maak een nieuwe ondertekensleutel (de oude blijft 7 dagen gepubliceerd)
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
              --help                deze uitleg (ook achter een opdracht: user --help)

            Instellingen (omgevingsvariabelen):
              PORT          poort van de webapp (standaard 7070)
              DATA_DIR      map voor de SQLite-database (standaard ./data)
              CONTENT_DIR   map met course.yml en de lessen (standaard ./content)
              DATABASE_URL  optioneel: postgresql://gebruiker:wachtwoord@host:5432/database
              DEV=1         lessen en templates opnieuw laden bij wijzigingen
              COOKIE_SECURE=1  cookies alleen over HTTPS (zet dit achter een HTTPS-proxy)
              BASE_URL      het openbare adres van de site, voor links die je uitdeelt (zonder: alleen localhost)
              TRUST_PROXY=1 geloof X-Forwarded-For/-Proto/-Host van de proxy ervoor
              BACKUP_DIR    optioneel: maak hier elke dag automatisch een back-up
              BACKUP_KEEP   hoeveel automatische back-ups bewaard blijven (standaard 7)
              SMTP_URL      optioneel: smtp://gebruiker:wachtwoord@host:587?starttls=required of smtps://host:465
                            (zonder: mails blijven in de wachtrij op /beheer/post; vereist BASE_URL)
              MAIL_FROM     afzender, zoals "Cursus <cursus@example.nl>" (standaard noreply@ de host van BASE_URL)
              MAIL_MAX_TRIES  pogingen per mail voordat die als mislukt geldt (standaard 10)
            """;

    static int run(String[] args, PrintStream out, PrintStream err) {
        // No subcommand, or only options ("--port 8080"): serve.
        boolean serveImplied = args.length == 0 || args[0].startsWith("-") && !args[0].equals("--help") && !args[0].equals("-h");
        String command = serveImplied ? "serve" : args[0];
        String[] rest = serveImplied ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            if (CliOptions.wantsHelp(rest) && !command.equals("user") && !command.equals("demo") && !command.equals("mail")
                    && !command.equals("lti")) {
                out.print(USAGE);
                return 0;
            }
            Config config = Config.fromEnvironment(System.getenv());
            return switch (command) {
                case "serve" -> serve(serveOptions(config, rest), err);
                case "startup-training" -> {
                    CliOptions.parse(command, rest, Set.of(), Set.of(), 0);
                    yield StartupTraining.run(config, out);
                }
                case "migrate-data" -> MigrateDataCommand.run(rest, out, err);
                case "backup", "restore" -> BackupCommand.run(command, rest, databaseUrl(config), Database.SCHEMA_VERSION, Clock.system(Main.ZONE),
                        out, err);
                case "content" -> ContentCheckCommand.run(rest, config.contentDir(), Main.courseLoader(), out, err);
                case "demo" -> DemoCommand.run(rest, () -> openDatabase(config), () -> Main.courseLoader().load(config.contentDir()),
                        Clock.system(Main.ZONE), out, err);
                case "user" -> UserCommand.run(rest, () -> openDatabase(config), Clock.system(Main.ZONE), new PublicAddress(config.baseUrl()),
                        config.port(), System.in, out, err);
                case "mail" -> nl.cursusschrift.mail.MailCommand.run(rest, config.mail(), config.baseUrl() == null ? "http://localhost:"
                        + config.port() : config.baseUrl(), out, err);
                case "lti" -> nl.cursusschrift.lms.LtiCommand.run(rest, () -> openDatabase(config), Clock.system(Main.ZONE), out, err);
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
        } catch (CliOptions.Misuse e) {
            err.println("Fout: " + e.getMessage() + ".");
            err.println("Zie 'java -jar cursusschrift.jar " + (serveImplied ? "" : command + " ") + "--help' voor wat kan.");
            return 2;
        } catch (Config.ConfigException e) {
            err.println("Instelling klopt niet: " + e.getMessage());
            return e.exitCode();
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("Fout: " + e.getMessage());
            return 1;
        }
    }

    /** {@code serve --port N --data-dir MAP}: the options win over PORT and DATA_DIR. */
    private static Config serveOptions(Config config, String[] args) {
        CliOptions options = CliOptions.parse("serve", args, Set.of("port", "data-dir"), Set.of(), 0);
        Integer port = options.port("port");
        String dataDir = options.get("data-dir");
        if (dataDir != null && dataDir.isBlank()) throw new CliOptions.Misuse("--data-dir mag niet leeg zijn");
        return config.withPortAndDataDir(port == null ? config.port() : port, dataDir == null ? config.dataDir() : Path.of(dataDir));
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
        app.part(nl.cursusschrift.notify.Notifications.class).start();
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
