package nl.cursusschrift;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.AccountController;
import nl.cursusschrift.account.LoginThrottle;
import nl.cursusschrift.account.Passwords;
import nl.cursusschrift.account.ResetLinks;
import nl.cursusschrift.account.Sessions;
import nl.cursusschrift.account.UserCommand;
import nl.cursusschrift.account.Users;
import gg.jte.TemplateEngine;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.AssignmentController;
import nl.cursusschrift.assignment.AssignmentForm;
import nl.cursusschrift.assignment.AssignmentPanels;
import nl.cursusschrift.backup.AutoBackup;
import nl.cursusschrift.backup.BackupCommand;
import nl.cursusschrift.backup.DataDirLock;
import nl.cursusschrift.course.ContentCheckCommand;
import nl.cursusschrift.course.CourseLoader;
import nl.cursusschrift.demo.DemoCommand;
import nl.cursusschrift.insight.CohortInsights;
import nl.cursusschrift.notebook.Notebook;
import nl.cursusschrift.notebook.NotebookController;
import nl.cursusschrift.notebook.NotebookExport;
import nl.cursusschrift.notebook.NotebookSearch;
import nl.cursusschrift.notebook.Reactions;
import nl.cursusschrift.notebook.Shares;
import nl.cursusschrift.review.Progress;
import nl.cursusschrift.review.ProgressController;
import nl.cursusschrift.review.ReviewController;
import nl.cursusschrift.review.ReviewQueue;
import nl.cursusschrift.review.Reviews;
import nl.cursusschrift.course.ContentException;
import nl.cursusschrift.course.CourseController;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.DatabaseUrl;
import nl.cursusschrift.enrolment.AdminController;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.LearnersController;
import nl.cursusschrift.web.AssetVersion;
import nl.cursusschrift.web.ChromeFactory;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.HealthController;
import nl.cursusschrift.web.JteRenderer;
import nl.cursusschrift.web.SecurityHeaders;

/** Reads the configuration, wires the app by hand and runs the subcommand asked for. */
public final class Main {
    /** The course is Dutch; weeks open and "past 24 hours" count in Dutch time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

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

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            Config config = Config.fromEnvironment(System.getenv());
            return switch (command) {
                case "serve" -> serve(config, err);
                case "startup-training" -> StartupTraining.run(config, out);
                case "migrate-data" -> nl.cursusschrift.db.MigrateDataCommand.run(rest, out, err);
                case "backup", "restore" -> BackupCommand.run(command, rest, databaseUrl(config), Database.SCHEMA_VERSION, Clock.system(ZONE),
                        out, err);
                case "content" -> ContentCheckCommand.run(rest, config.contentDir(), out, err);
                case "demo" -> DemoCommand.run(rest, () -> openDatabase(config), () -> new CourseLoader().load(config.contentDir()),
                        Clock.system(ZONE), out, err);
                case "user" -> UserCommand.run(rest, () -> openDatabase(config), Clock.system(ZONE),
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
            app = wire(config, Clock.system(ZONE));
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
                ? new AutoBackup(url.sqliteFile(), config.backupDir(), config.backupKeep(), Clock.system(ZONE)).start() : null;
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

    public static DatabaseUrl databaseUrl(Config config) {
        return config.databaseUrl() == null ? DatabaseUrl.sqlite(config.sqliteFile()) : DatabaseUrl.parse(config.databaseUrl());
    }

    static Database openDatabase(Config config) {
        return Database.open(databaseUrl(config));
    }

    /** Builds the whole app from its configuration; tests call this with temp directories and port 0. */
    public static App wire(Config config, Clock clock) {
        // Reading the course and opening the database are independent; doing both at once halves start-up.
        // The logger is set up first, or SLF4J warns about the two threads racing to initialise it.
        org.slf4j.LoggerFactory.getLogger(Main.class);
        var loading = java.util.concurrent.CompletableFuture.supplyAsync(() -> CourseLibrary.load(config.contentDir(), config.dev()));
        DatabaseUrl url = databaseUrl(config);
        Database db;
        CourseLibrary courses;
        try {
            db = Database.open(url, config.writeMode());
        } catch (RuntimeException e) {
            loading.cancel(true);
            throw e;
        }
        try {
            courses = loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            db.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        boolean secure = config.cookieSecure();

        Users users = new Users(db);
        Cohorts cohorts = new Cohorts(db);
        Sessions sessions = new Sessions(db, clock);
        sessions.purgeExpired();
        Access access = new Access(sessions, db, clock, secure);
        ResetLinks resetLinks = new ResetLinks(db, clock);
        Flash flash = new Flash(secure);
        AdminController admin = new AdminController(db, users, cohorts, resetLinks, flash, clock, config);

        Reviews reviews = new Reviews(db);
        ChromeFactory chrome = new ChromeFactory(() -> courses.current().title(), access, flash, user -> reviews.unread(user.id()),
                AssetVersion.compute());
        TemplateEngine templates = JteRenderer.engine(config.dev());
        Answers answers = new Answers(db);
        AssignmentPanels panels = new AssignmentPanels(answers, new AssignmentForm(templates), reviews, clock);
        Shares shares = new Shares(db);
        Learners learners = new Learners(db);
        Notebook notebook = new Notebook(answers, shares, reviews, clock);
        NotebookExport export = new NotebookExport(answers);
        App.Parts parts = new App.Parts(
                config,
                new JteRenderer(templates, chrome),
                new SecurityHeaders(secure),
                new HealthController(db::healthy, () -> courses.current().stepCount(), url.kind().name().toLowerCase()),
                access,
                new CourseController(courses, access, clock, answers, panels, new Reactions(shares, answers, clock)),
                new AssignmentController(db, courses, panels, answers, templates, flash, clock),
                new NotebookController(db, courses, notebook, new NotebookSearch(db), export, shares, users, reviews, flash, clock),
                new ReviewController(db, courses, new ReviewQueue(db), reviews, answers, learners, cohorts, flash, clock),
                new ProgressController(courses, learners, cohorts, new Progress(db, clock), notebook, export, new CohortInsights(db, answers), clock),
                new AccountController(db, users, cohorts, new Passwords(), access, new LoginThrottle(db, clock), resetLinks,
                        courses, flash, clock),
                admin,
                new LearnersController(db, learners, cohorts, resetLinks, courses, flash, clock, config, admin));
        return new App(parts, db);
    }
}
