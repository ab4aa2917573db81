package nl.cursusschrift.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
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
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        Map<String, String> options = nl.cursusschrift.cli.CliOptions.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        if (options == null) {
            err.print(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "seed" -> {
                    int learners = positive(options, "learners", null, 1_000_000);
                    int cohorts = positive(options, "cohorts", 10, 10_000);
                    long seed = options.containsKey("seed") ? Long.parseLong(options.get("seed")) : 42L;
                    if (!options.keySet().stream().allMatch(k -> k.matches("learners|cohorts|seed|force"))) throw new NumberFormatException();
                    Course c = course.get();
                    try (Database db = database.get()) {
                        return new DemoSeed(db, c, clock, out, err).seed(learners, cohorts, seed, options.containsKey("force"));
                    }
                }
                case "sessions" -> {
                    int count = positive(options, "count", null, 100_000);
                    String role = options.getOrDefault("role", "learner");
                    if (!role.matches("learner|instructor|admin")) throw new NumberFormatException();
                    try (Database db = database.get()) {
                        return DemoSessions.sessions(db, clock, count, role, out, err);
                    }
                }
                default -> {
                    err.print(USAGE);
                    return 2;
                }
            }
        } catch (NumberFormatException e) {
            err.print(USAGE);
            return 2;
        }
    }

    private static int positive(Map<String, String> options, String key, Integer fallback, int max) {
        String value = options.get(key);
        if (value == null) {
            if (fallback == null) throw new NumberFormatException(key);
            return fallback;
        }
        int n = Integer.parseInt(value);
        if (n < 1 || n > max) throw new NumberFormatException(key);
        return n;
    }
}
