package nl.cursusschrift.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.cursusschrift.cli.CliOptions;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.db.Database;

/** {@code demo seed} and {@code demo sessions}: realistic data at cohort scale, for trying out and benchmarking. */
public final class DemoCommand {
    static final String USAGE = """
            Gebruik:
              demo seed --learners N [--cohorts C] [--seed S] [--force]
                  vult de database met N demo-deelnemers in C groepen (standaard 10), met antwoorden op alle
                  stappen, versies, feedback en gedeelde reacties; dezelfde --seed geeft dezelfde gegevens.
                  Weigert bij een database met echte accounts (--force: toch, na het wissen van oude demo-gegevens).
              demo sessions --count N [--role learner|instructor|admin]
                  maakt N ingelogde sessies voor demo-accounts en drukt per regel cookie en CSRF-token af (voor bench/).
            Alle demo-accounts hebben het wachtwoord '""" + DemoSeed.PASSWORD + "'.\n";

    private DemoCommand() {
    }

    public static int run(String[] args, Supplier<Database> database, Supplier<Course> course, Clock clock, PrintStream out, PrintStream err) {
        if (CliOptions.wantsHelp(args)) {
            out.print(USAGE);
            return 0;
        }
        if (args.length == 0) throw new CliOptions.Misuse("geef een opdracht: demo seed of demo sessions");
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "seed" -> {
                CliOptions options = CliOptions.parse("demo seed", rest, Set.of("learners", "cohorts", "seed"), Set.of("force"), 0);
                int learners = options.positive("learners", null, 1_000_000);
                int cohorts = options.positive("cohorts", 10, 10_000);
                long seed = options.whole("seed", 42L);
                Course c = course.get();
                try (Database db = database.get()) {
                    return new DemoSeed(db, c, clock, out, err).seed(learners, cohorts, seed, options.has("force"));
                }
            }
            case "sessions" -> {
                CliOptions options = CliOptions.parse("demo sessions", rest, Set.of("count", "role"), Set.of(), 0);
                int count = options.positive("count", null, 100_000);
                String role = options.oneOf("role", "learner", List.of("learner", "instructor", "admin"));
                try (Database db = database.get()) {
                    return DemoSessions.sessions(db, clock, count, role, out, err);
                }
            }
            default -> throw new CliOptions.Misuse("onbekende opdracht 'demo " + args[0] + "'");
        }
    }
}
