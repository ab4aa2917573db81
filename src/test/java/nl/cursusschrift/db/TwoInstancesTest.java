package nl.cursusschrift.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.PostgresCluster;
import nl.cursusschrift.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two app processes on one PostgreSQL database, as behind a load balancer without sticky sessions:
 * a learner registers on one and carries on on the other, and learners saving and submitting through
 * both at once lose nothing. Runs in the build's PostgreSQL test run.
 */
class TwoInstancesTest {
    private static final Pattern CSRF = Pattern.compile("(?:name=\"csrf-token\" content|name=\"_csrf\" value)=\"([^\"]+)\"");

    /** A browser: one cookie jar for both instances (cookies are not kept apart by port). */
    static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            var res = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(res.body());
            if (m.find()) csrf = m.group(1);
            return res;
        }

        HttpResponse<String> post(String url, boolean json, String... pairs) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < pairs.length; i += 2) {
                body.append('&').append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (json) request.header("Accept", "application/json");
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Process start(String databaseUrl, int port, Path log) throws IOException {
        Path data = Files.createTempDirectory("cursusschrift-instance");
        return ChildProcess.serve(Map.of("DATABASE_URL", databaseUrl, "PORT", String.valueOf(port), "DATA_DIR", data.toString(),
                "CONTENT_DIR", "content"), log);
    }

    @Test
    void aLearnerMovesBetweenInstances_andConcurrentSavesThroughBothAreAllKept() throws Exception {
        assumeTrue(TestDatabase.postgres(), "needs the PostgreSQL test run");
        String database = PostgresCluster.shared().newDatabase();
        int portA = ChildProcess.freePort();
        int portB = ChildProcess.freePort();
        Path logA = Files.createTempFile("instance-a", ".log");
        Path logB = Files.createTempFile("instance-b", ".log");
        Process a = start(database, portA, logA);
        Process b = start(database, portB, logB);
        try {
            ChildProcess.awaitHealth(a, portA, Duration.ofSeconds(60), logA);
            ChildProcess.awaitHealth(b, portB, Duration.ofSeconds(60), logB);
            String[] base = {"http://127.0.0.1:" + portA, "http://127.0.0.1:" + portB};

            int learners = 8;
            int rounds = 12;
            List<Browser> browsers = new ArrayList<>();
            for (int n = 0; n < learners; n++) {
                Browser web = new Browser();
                String on = base[n % 2];
                web.get(on + "/registreren");
                var registered = web.post(on + "/registreren", false, "name", "Twee Kanten " + n, "email", "twee" + n + "@example.nl",
                        "password", "een lang wachtwoord voor twee", "code", "");
                assertEquals(303, registered.statusCode(), registered.body());
                // the session made on one instance is valid on the other
                var other = web.get(base[(n + 1) % 2] + "/opdracht/1");
                assertEquals(200, other.statusCode());
                assertTrue(other.body().contains("Twee Kanten " + n));
                browsers.add(web);
            }

            Map<Integer, Integer> confirmed = new ConcurrentHashMap<>();
            Map<Integer, String> lastText = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(learners);
            List<Future<?>> work = new ArrayList<>();
            for (int n = 0; n < learners; n++) {
                int learner = n;
                work.add(pool.submit(() -> {
                    Browser web = browsers.get(learner);
                    int ok = 0;
                    for (int round = 0; round < rounds; round++) {
                        String text = "Leerling " + learner + " schrijft ronde " + round + " bij een winkel met vaste klanten.";
                        var res = web.post(base[round % 2] + "/opdracht/1/concept", true, "organisatie", text,
                                "verwachting", "Meer weten", "enthousiast_over", "De bakker");
                        if (res.statusCode() == 200 && res.body().contains("\"ok\":true")) ok++;
                        else throw new AssertionError("draft refused: " + res.statusCode() + " " + res.body());
                    }
                    String last = "Leerling " + learner + " levert in via de andere kant, met vaste klanten.";
                    var submitted = web.post(base[(learner + 1) % 2] + "/opdracht/1/inleveren", false, "organisatie", last,
                            "verwachting", "Meer weten", "enthousiast_over", "De bakker");
                    assertEquals(303, submitted.statusCode(), submitted.body());
                    confirmed.put(learner, ok + 1);
                    lastText.put(learner, last);
                    return null;
                }));
            }
            for (Future<?> f : work) f.get();
            pool.shutdown();

            var url = nl.cursusschrift.db.DatabaseUrl.parse(database);
            try (var c = DriverManager.getConnection(url.jdbcUrl(), url.user(), "")) {
                for (int n = 0; n < learners; n++) {
                    try (var s = c.prepareStatement("""
                            SELECT a.draft_version, a.state, (SELECT COUNT(*) FROM revision r WHERE r.answer_id = a.id),
                                   (SELECT r.body FROM revision r WHERE r.answer_id = a.id ORDER BY r.number DESC LIMIT 1)
                            FROM answer a JOIN app_user u ON u.id = a.user_id WHERE u.email = ? AND a.step = 1""")) {
                        s.setString(1, "twee" + n + "@example.nl");
                        try (var rs = s.executeQuery()) {
                            assertTrue(rs.next());
                            assertEquals(confirmed.get(n), rs.getInt(1), "every confirmed write of learner " + n + " counted once");
                            assertEquals("submitted", rs.getString(2));
                            assertEquals(1, rs.getInt(3));
                            assertTrue(rs.getString(4).contains(lastText.get(n)), rs.getString(4));
                        }
                    }
                }
            }
            System.out.println("two instances: " + learners + " learners, " + confirmed.values().stream().mapToInt(Integer::intValue).sum()
                    + " confirmed writes, all found");
        } finally {
            a.destroy();
            b.destroy();
            a.waitFor();
            b.waitFor();
        }
    }
}
