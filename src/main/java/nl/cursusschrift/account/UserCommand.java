package nl.cursusschrift.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import nl.cursusschrift.cli.CliOptions;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Events;
import nl.cursusschrift.db.Transactions;

/**
 * {@code user add|reset-link|list}: accounts from the command line. The password is read from the
 * terminal, or from standard input when piped; never from an argument, where it would end up in
 * the shell history and the process list.
 */
public final class UserCommand {
    static final String USAGE = """
            Gebruik:
              user add --role admin|instructor|learner --email ADRES --name "NAAM"
                  vraagt het wachtwoord (of leest één regel van standaardinvoer)
              user reset-link --email ADRES [--base-url https://cursus.example.nl]
                  maakt een eenmalige link (24 uur geldig) om het wachtwoord opnieuw in te stellen
              user list
                  toont docenten en beheerders
            """;

    private UserCommand() {
    }

    public static int run(String[] args, Supplier<Database> database, Clock clock, String defaultBaseUrl,
                          InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        Map<String, String> options = CliOptions.parse(Arrays.copyOfRange(args, 1, args.length));
        if (options == null) {
            err.print(USAGE);
            return 2;
        }
        switch (args[0]) {
            case "add" -> {
                return add(options, database, clock, in, out, err);
            }
            case "reset-link" -> {
                return resetLink(options, database, clock, defaultBaseUrl, out, err);
            }
            case "list" -> {
                try (Database db = database.get()) {
                    for (User u : new Users(db).staff()) out.printf("%-11s %-30s %s%n", u.role().stored(), u.email(), u.name());
                }
                return 0;
            }
            default -> {
                err.print(USAGE);
                return 2;
            }
        }
    }

    private static int add(Map<String, String> options, Supplier<Database> database, Clock clock, InputStream in,
                           PrintStream out, PrintStream err) {
        String email = options.get("email");
        String name = options.get("name");
        String roleText = options.getOrDefault("role", "");
        if (email == null || name == null || name.isBlank() || !email.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")
                || !roleText.matches("admin|instructor|learner")) {
            err.println("Geef --role (admin, instructor of learner), een geldig --email en --name.");
            err.print(USAGE);
            return 2;
        }
        if (options.containsKey("password")) {
            err.println("Een wachtwoord hoort niet op de opdrachtregel; je wordt erom gevraagd.");
            return 2;
        }
        Passwords passwords = new Passwords();
        String password = readPassword(in, out);
        if (password == null) {
            err.println("Geen wachtwoord ontvangen.");
            return 1;
        }
        String problem = passwords.problem(password, email, name);
        if (problem != null) {
            err.println(problem);
            return 1;
        }
        try (Database db = database.get()) {
            Users users = new Users(db);
            if (users.emailTaken(email)) {
                err.println("Er is al een account met " + Users.normalizeEmail(email) + ".");
                return 1;
            }
            User user = new Accounts(new Transactions(db, new Events()), clock)
                    .createWithPassword(email, name.strip(), Passwords.hash(password), Role.ofUser(roleText));
            out.printf("Account gemaakt: %s <%s> als %s.%n", user.name(), Users.normalizeEmail(email), roleText);
        }
        return 0;
    }

    private static int resetLink(Map<String, String> options, Supplier<Database> database, Clock clock, String defaultBaseUrl,
                                 PrintStream out, PrintStream err) {
        String email = options.get("email");
        if (email == null) {
            err.print(USAGE);
            return 2;
        }
        String base = options.getOrDefault("base-url", defaultBaseUrl);
        try (Database db = database.get()) {
            var user = new Users(db).byEmail(email);
            if (user.isEmpty()) {
                err.println("Geen account met " + Users.normalizeEmail(email) + ".");
                return 1;
            }
            String token = new Accounts(new Transactions(db, new Events()), clock).resetLink(user.get().id());
            out.println(ResetLinks.url(base.endsWith("/") ? base.substring(0, base.length() - 1) : base, token));
            out.println("Deze link werkt één keer en is 24 uur geldig.");
        }
        return 0;
    }

    private static String readPassword(InputStream in, PrintStream out) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Wachtwoord: ");
            char[] second = console.readPassword("Nog een keer: ");
            if (first == null || second == null) return null;
            if (!Arrays.equals(first, second)) {
                out.println("De twee wachtwoorden zijn niet gelijk.");
                return null;
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? null : line;
        } catch (IOException e) {
            return null;
        }
    }
}
