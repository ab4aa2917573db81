package nl.cursusschrift.lms;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.cursusschrift.cli.CliOptions;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Events;
import nl.cursusschrift.db.Transactions;

/** {@code lti add-platform|platforms|remove-platform|rotate-keys}: LTI registrations from the command line. */
public final class LtiCommand {
    static final String USAGE = """
            Gebruik:
              lti add-platform --issuer URL --client-id ID --deployment-ids A,B --auth-url URL --token-url URL --jwks-url URL
                  registreer een leerplatform (Moodle, Canvas, Brightspace, ...); adressen met https://
                  (http:// alleen naar localhost)
              lti platforms
                  toon de geregistreerde platforms met hun id
              lti remove-platform ID
                  verwijder een platform; openen vanuit daar kan dan niet meer (accounts en groepen blijven)
              lti rotate-keys
                  maak een nieuwe ondertekensleutel; de oude blijft nog 7 dagen gepubliceerd
            """;
    private static final Map<String, String> OPTIONS = options();

    private LtiCommand() {
    }

    private static Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("issuer", "issuer");
        o.put("client-id", "client_id");
        o.put("deployment-ids", "deployment_ids");
        o.put("auth-url", "auth_url");
        o.put("token-url", "token_url");
        o.put("jwks-url", "jwks_url");
        return o;
    }

    public static int run(String[] args, Supplier<Database> database, Clock clock, PrintStream out, PrintStream err) {
        if (CliOptions.wantsHelp(args)) {
            out.print(USAGE);
            return 0;
        }
        if (args.length == 0) throw new CliOptions.Misuse("geef een opdracht: lti add-platform, lti platforms, lti remove-platform of lti rotate-keys");
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "add-platform" -> {
                CliOptions options = CliOptions.parse("lti add-platform", rest, OPTIONS.keySet(), Set.of(), 0);
                Map<String, String> values = new LinkedHashMap<>();
                OPTIONS.forEach((option, field) -> values.put(field, options.require(option)));
                try (Database db = database.get()) {
                    Platforms platforms = platforms(db, clock);
                    Registration.Checked checked = Registration.check(values, platforms);
                    if (!checked.ok()) {
                        OPTIONS.forEach((option, field) -> {
                            if (checked.errors().containsKey(field)) err.println("--" + option + ": " + checked.errors().get(field));
                        });
                        return 2;
                    }
                    Platform p = platforms.add(checked.valid());
                    out.println("Geregistreerd: " + p.issuer() + " (client id " + p.clientId() + "), id " + p.id());
                }
                return 0;
            }
            case "platforms" -> {
                CliOptions.parse("lti platforms", rest, Set.of(), Set.of(), 0);
                try (Database db = database.get()) {
                    var all = platforms(db, clock).all();
                    if (all.isEmpty()) out.println("Nog geen platforms geregistreerd.");
                    for (Platform p : all) {
                        out.printf("%s  %s  client id %s  deployments %s%n", p.id(), p.issuer(), p.clientId(), String.join(",", p.deploymentIds()));
                    }
                }
                return 0;
            }
            case "remove-platform" -> {
                CliOptions options = CliOptions.parse("lti remove-platform", rest, Set.of(), Set.of(), 1);
                if (options.positionals().isEmpty()) throw new CliOptions.Misuse("geef het id van het platform (zie 'lti platforms')");
                try (Database db = database.get()) {
                    if (!platforms(db, clock).remove(options.positionals().get(0))) {
                        err.println("Geen platform met id '" + options.positionals().get(0) + "'; zie 'lti platforms'.");
                        return 1;
                    }
                }
                out.println("Platform verwijderd.");
                return 0;
            }
            case "rotate-keys" -> {
                CliOptions.parse("lti rotate-keys", rest, Set.of(), Set.of(), 0);
                try (Database db = database.get()) {
                    String kid = new ToolKeys(db, new Transactions(db, new Events()), clock).rotate();
                    out.println("Nieuwe ondertekensleutel " + kid + "; de vorige blijft nog 7 dagen in /lti/jwks.json staan.");
                }
                return 0;
            }
            default -> throw new CliOptions.Misuse("onbekende opdracht 'lti " + args[0] + "'");
        }
    }

    private static Platforms platforms(Database db, Clock clock) {
        return new Platforms(db, new Transactions(db, new Events()), clock);
    }
}
