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
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.cursusschrift.cli.CliOptions;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Events;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.web.PublicAddress;

/**
 * {@code user add|reset-link|list}: accounts from the command line. The password is read from the
 * terminal, or from standard input when piped; never from an argument, where it would end up in
 * the shell history and the process list. A misuse is a {@link CliOptions.Misuse} (exit 2).
 */
public final class UserCommand {
    static final String USAGE = """
            Gebruik:
              user add --role admin|instructor|learner --email ADRES --name "NAAM"
                  vraagt het wachtwoord (of leest één regel van standaardinvoer)
              user reset-link --email ADRES [--base-url https://cursus.example.nl]
                  maakt een eenmalige link (24 uur geldig) om het wachtwoord opnieuw in te stellen;
                  zonder --base-url op BASE_URL, en zonder die op localhost (werkt dan alleen op deze machine)
              user list
                  toont docenten en beheerders
            """;

    private UserCommand() {
    }

    public static int run(String[] args, Supplier<Database> database, Clock clock, PublicAddress address, int port,
                          InputStream in, PrintStream out, PrintStream err) {
        if (CliOptions.wantsHelp(args)) {
            out.print(USAGE);
            return 0;
        }
        if (args.length == 0) throw new CliOptions.Misuse("geef een opdracht: user add, user reset-link of user list");
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "add" -> {
                return add(rest, database, clock, in, out, err);
            }
            case "reset-link" -> {
                return resetLink(rest, database, clock, address, port, out, err);
            }
            case "list" -> {
                CliOptions.parse("user list", rest, Set.of(), Set.of(), 0);
                try (Database db = database.get()) {
                    for (User u : new Users(db).staff()) out.printf("%-11s %-30s %s%n", u.role().stored(), u.email(), u.name());
                }
                return 0;
            }
            default -> throw new CliOptions.Misuse("onbekende opdracht 'user " + args[0] + "'");
        }
    }

    private static int add(String[] args, Supplier<Database> database, Clock clock, InputStream in, PrintStream out, PrintStream err) {
        if (Arrays.stream(args).anyMatch(a -> a.equals("--password") || a.startsWith("--password="))) {
            err.println("Een wachtwoord hoort niet op de opdrachtregel; je wordt erom gevraagd.");
            return 2;
        }
        CliOptions options = CliOptions.parse("user add", args, Set.of("role", "email", "name"), Set.of(), 0);
        String role = options.oneOf("role", null, List.of("admin", "instructor", "learner"));
        String email = email(options);
        String name = options.require("name").strip();
        if (name.isEmpty()) throw new CliOptions.Misuse("--name mag niet leeg zijn");
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
                    .createWithPassword(email, name, Passwords.hash(password), Role.ofUser(role));
            out.printf("Account gemaakt: %s <%s> als %s.%n", user.name(), Users.normalizeEmail(email), role);
        }
        return 0;
    }

    private static String email(CliOptions options) {
        String email = options.require("email");
        if (!email.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")) throw new CliOptions.Misuse("--email moet een e-mailadres zijn, niet '" + email + "'");
        return email;
    }

    private static int resetLink(String[] args, Supplier<Database> database, Clock clock, PublicAddress address, int port,
                                 PrintStream out, PrintStream err) {
        CliOptions options = CliOptions.parse("user reset-link", args, Set.of("email", "base-url"), Set.of(), 0);
        String email = email(options);
        String base = base(options, address, port, err);
        try (Database db = database.get()) {
            var user = new Users(db).byEmail(email);
            if (user.isEmpty()) {
                err.println("Geen account met " + Users.normalizeEmail(email) + ".");
                return 1;
            }
            String token = new Accounts(new Transactions(db, new Events()), clock).resetLink(user.get().id());
            out.println(ResetLinks.url(base, token));
            out.println("Deze link werkt één keer en is 24 uur geldig; een eerdere link voor dit account werkt niet meer.");
        }
        return 0;
    }

    /** --base-url, else BASE_URL, else this machine (said on stderr: such a link works only here). */
    private static String base(CliOptions options, PublicAddress address, int port, PrintStream err) {
        String given = options.get("base-url");
        if (given != null) {
            try {
                return PublicAddress.parse(given);
            } catch (IllegalArgumentException e) {
                throw new CliOptions.Misuse("--base-url moet het openbare adres van de site zijn, zoals https://cursus.example.nl, niet '"
                        + given + "'");
            }
        }
        return address.configured().orElseGet(() -> {
            err.println("BASE_URL is niet gezet: deze link werkt alleen op deze machine. Zet BASE_URL of geef --base-url.");
            return "http://localhost:" + port;
        });
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
