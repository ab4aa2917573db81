package nl.cursusschrift.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of draft saves from many learners at once, three times over: after each
 * restart the app is healthy, the database passes its integrity check, and no learner's stored
 * draft is older than the last save the server confirmed to them.
 */
@Tag("sqlite")
class CrashTest {
    static final int LEARNERS = 12;
    static final int KILLS = 3;
    static final Pattern MARKER = Pattern.compile("merk (\\d+)");

    /** A learner's browser: cookies, the CSRF token, and what the server confirmed. */
    static final class Learner {
        final String email;
        final HttpClient http;
        String csrf;
        volatile long lastConfirmed;   // highest marker the server confirmed (200, "ok":true)
        volatile long lastSent;        // highest marker sent at all
        long confirmedSaves;

        Learner(String email) {
            this.email = email;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        }
    }

    private int port;
    private Path dataDir;
    private Path logFile;

    @Test
    void killMinusNineDuringWrites_losesNothingConfirmed_andTheDatabaseStaysWhole() throws Exception {
        port = ChildProcess.freePort();
        dataDir = TestApp.tempDir("crash");
        logFile = Files.createTempFile("crash-child", ".log");
        Random random = new Random();
        List<Learner> learners = new ArrayList<>();
        Process process = start();
        int survived = 0;
        long confirmed = 0, stillThere = 0;
        try {
            for (int i = 0; i < LEARNERS; i++) learners.add(register("crash" + i + "@example.nl", "Leerling " + i));

            for (int kill = 1; kill <= KILLS; kill++) {
                List<Thread> writers = new ArrayList<>();
                for (Learner learner : learners) {
                    Thread t = new Thread(() -> writeUntilRefused(learner), "writer-" + learner.email);
                    t.start();
                    writers.add(t);
                }
                long after = 500 + random.nextInt(2_000);
                Thread.sleep(after);
                process.destroyForcibly();
                assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the app did not die");
                for (Thread t : writers) t.join(35_000);

                process = start();
                assertEquals(200, get(learners.get(0), "/health").statusCode());
                assertEquals("ok", integrityCheck());
                Map<String, Long> stored = storedMarkers();
                List<String> problems = new ArrayList<>();
                for (Learner learner : learners) {
                    long found = stored.getOrDefault(learner.email, -1L);
                    if (found < learner.lastConfirmed) {
                        problems.add(learner.email + ": stored marker " + found + " < last confirmed " + learner.lastConfirmed);
                    }
                    if (found > learner.lastSent) problems.add(learner.email + ": stored marker " + found + " was never sent");
                    if (learner.lastConfirmed > 0 && found >= learner.lastConfirmed) stillThere++;
                    if (learner.lastConfirmed > 0) confirmed++;
                }
                assertTrue(problems.isEmpty(), "after kill " + kill + " at " + after + " ms: " + problems);
                long saves = learners.stream().mapToLong(l -> l.confirmedSaves).sum();
                System.out.printf("CrashTest: kill %d after %d ms survived; %d draft saves confirmed so far; "
                        + "%d/%d learners' last confirmed draft found after restart%n", kill, after, saves, stillThere, confirmed);
                survived++;
            }
        } finally {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long saves = learners.stream().mapToLong(l -> l.confirmedSaves).sum();
        System.out.printf("CrashTest: %d kills survived, %d draft saves confirmed in total, last confirmed draft found %d/%d times "
                + "(integrity ok after every restart)%n", survived, saves, stillThere, confirmed);
        assertEquals(KILLS, survived);
        assertTrue(saves >= LEARNERS, "too few confirmed saves to mean anything: " + saves);
    }

    /** Autosaves with a rising marker until the server stops answering. */
    private void writeUntilRefused(Learner learner) {
        while (true) {
            long marker = learner.lastSent + 1;
            learner.lastSent = marker;
            String body = "_csrf=" + enc(learner.csrf) + "&organisatie=" + enc("Concept van " + learner.email + " merk " + marker);
            try {
                var res = learner.http.send(HttpRequest.newBuilder(url("/opdracht/1/concept")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() == 200 && res.body().contains("\"ok\":true")) {
                    learner.lastConfirmed = marker;
                    learner.confirmedSaves++;
                } else {
                    return;
                }
            } catch (IOException e) {
                return; // the app is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Process start() throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", dataDir.toString(), "PORT", String.valueOf(port),
                "CONTENT_DIR", TestApp.FIXTURE_COURSE.toAbsolutePath().toString());
        Process process = ChildProcess.serve(env, logFile);
        ChildProcess.awaitHealth(process, port, Duration.ofSeconds(30), logFile);
        return process;
    }

    private Learner register(String email, String name) throws Exception {
        Learner learner = new Learner(email);
        get(learner, "/registreren");
        var res = learner.http.send(HttpRequest.newBuilder(url("/registreren"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + enc(name) + "&email=" + enc(email) + "&password="
                        + enc("lange zomeravond 42") + "&code=&_csrf=" + enc(learner.csrf))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, res.statusCode(), "registration failed: " + res.body());
        var page = get(learner, "/opdracht/1");
        assertEquals(200, page.statusCode(), "step 1 is not open for a new learner");
        return learner;
    }

    private HttpResponse<String> get(Learner learner, String path) throws Exception {
        var res = learner.http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        String type = res.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            var doc = Jsoup.parse(res.body());
            var meta = doc.selectFirst("meta[name=csrf-token]");
            var field = doc.selectFirst("input[name=_csrf]");
            if (meta != null && !meta.attr("content").isEmpty()) learner.csrf = meta.attr("content");
            else if (field != null && !field.val().isEmpty()) learner.csrf = field.val();
        }
        return res;
    }

    private String integrityCheck() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("cursusschrift.db"));
             var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Each learner's stored step-1 draft marker, read straight from the file. */
    private Map<String, Long> storedMarkers() throws Exception {
        Map<String, Long> markers = new java.util.HashMap<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("cursusschrift.db"));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT u.email, json_extract(a.draft, '$.organisatie') FROM answer a "
                     + "JOIN app_user u ON u.id = a.user_id WHERE a.step = 1")) {
            while (rs.next()) {
                String text = rs.getString(2);
                Matcher m = text == null ? null : MARKER.matcher(text);
                markers.put(rs.getString(1), m != null && m.find() ? Long.parseLong(m.group(1)) : -1L);
            }
        }
        return markers;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

}
