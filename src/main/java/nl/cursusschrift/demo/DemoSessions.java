package nl.cursusschrift.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.account.Sessions;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Events;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;

/** {@code demo sessions}: signed-in sessions of demo accounts, for the benchmarks. */
final class DemoSessions {
    private DemoSessions() {
    }

    /** Signs in demo accounts without their password (no Argon2 per session) and prints cookie and CSRF token per line. */
    static int sessions(Database db, Clock clock, int count, String role, PrintStream out, PrintStream err) {
        List<String> users = db.reads().withHandle(h -> h.createQuery("SELECT id FROM app_user WHERE email LIKE :demo AND role = :role "
                        + "ORDER BY created_at, email LIMIT :n")
                .bind("demo", "%" + DemoSeed.DOMAIN).bind("role", role).bind("n", count).mapTo(String.class).list());
        if (users.isEmpty()) {
            err.println("Geen demo-accounts met de rol " + role + "; draai eerst 'demo seed'.");
            return 1;
        }
        long now = clock.millis();
        List<String> lines = new Transactions(db, new Events()).run(tx -> {
            List<String> made = new ArrayList<>();
            for (String user : users) {
                String token = Sessions.create(tx, user, now);
                String csrf = tx.handle().createQuery("SELECT csrf_token FROM user_session WHERE id_hash = :hash").bind("hash", Ids.sha256(token))
                        .mapTo(String.class).one();
                made.add(token + "\t" + csrf);
            }
            return made;
        });
        lines.forEach(out::println);
        return 0;
    }
}
