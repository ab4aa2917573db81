package nl.cursusschrift.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 64 learners write at once through the group-commit writer: drafts by autosave (JSON), now and
 * then a submission, taken back, written on, and a last submission at the end. Everything the
 * server confirmed must be in the database, exactly once, and the last confirmed text must be
 * what is stored.
 */
class ConcurrentLearnersTest {
    static final int LEARNERS = 64;
    static final long RUN_MILLIS = 5_000;

    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** What one learner sent and the server confirmed. */
    static final class Log {
        final String email;
        String id;
        int confirmedWrites;       // draft saves + submits + withdrawals the server confirmed
        int unconfirmed;           // requests without a clear answer (may or may not have landed)
        int saves;
        final List<String> submitted = new ArrayList<>(); // confirmed submissions, in order
        String lastConfirmedDraft;

        Log(String email) {
            this.email = email;
        }
    }

    static List<String> submission(String organisatie) {
        return new ArrayList<>(List.of("organisatie", organisatie, "rol", "Eigenaar", "kanalen", "Balie", "klanten", "250",
                "aanbeveling", "9"));
    }

    private static WebClient.Res post(WebClient web, String path, List<String> fields, boolean json) {
        List<String> all = new ArrayList<>(fields);
        all.add("_csrf");
        all.add(web.csrf());
        return json ? web.postFormForJson(path, all) : web.postForm(path, all);
    }

    @Test
    void sixtyFourLearnersAtOnce_everyConfirmedWriteIsStoredExactlyOnce() throws Exception {
        List<Log> logs = new ArrayList<>();
        List<WebClient> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
        try {
            List<Future<WebClient>> logins = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                Log log = new Log("leerling" + i + "@example.nl");
                logs.add(log);
                int n = i;
                logins.add(pool.submit(() -> Accounts.learnerWithAllStepsOpen(app, log.email, "Leerling " + n)));
            }
            for (int i = 0; i < LEARNERS; i++) {
                clients.add(logins.get(i).get(60, TimeUnit.SECONDS));
                logs.get(i).id = Accounts.idOf(app, logs.get(i).email);
                assertEquals(200, clients.get(i).get("/opdracht/1").status());
            }

            long deadline = System.currentTimeMillis() + RUN_MILLIS;
            Map<Integer, Throwable> crashed = new ConcurrentHashMap<>();
            AtomicInteger marker = new AtomicInteger();
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                int n = i;
                runs.add(pool.submit(() -> {
                    try {
                        learn(clients.get(n), logs.get(n), n, marker, deadline);
                    } catch (Throwable t) {
                        crashed.put(n, t);
                    }
                }));
            }
            for (Future<?> run : runs) run.get(90, TimeUnit.SECONDS);
            assertTrue(crashed.isEmpty(), "learner threads failed: " + crashed);
        } finally {
            pool.shutdownNow();
        }

        int saves = 0, submits = 0, writes = 0, found = 0, foundSubmits = 0, unconfirmed = 0;
        List<String> problems = new ArrayList<>();
        for (Log log : logs) {
            saves += log.saves;
            submits += log.submitted.size();
            writes += log.confirmedWrites;
            unconfirmed += log.unconfirmed;
            var answer = app.app.database().reads().withHandle(h -> h.createQuery(
                            "SELECT id, state, draft_version, revision_count FROM answer WHERE user_id = :u AND step = 1")
                    .bind("u", log.id).mapToMap().one());
            String answerId = (String) answer.get("id");
            int draftVersion = ((Number) answer.get("draft_version")).intValue();
            int revisionCount = ((Number) answer.get("revision_count")).intValue();
            found += draftVersion;
            // Every confirmed write raised draft_version by one: fewer means a confirmed write was lost,
            // more means one was stored twice (or an unconfirmed one landed, which we allow only then).
            if (draftVersion < log.confirmedWrites || (log.unconfirmed == 0 && draftVersion != log.confirmedWrites)) {
                problems.add(log.email + ": draft_version " + draftVersion + " but " + log.confirmedWrites + " confirmed writes ("
                        + log.unconfirmed + " unconfirmed)");
            }
            if (!"submitted".equals(answer.get("state"))) problems.add(log.email + ": final state " + answer.get("state"));
            List<String> bodies = app.app.database().reads().withHandle(h -> h.createQuery(
                            "SELECT body FROM revision WHERE answer_id = :a ORDER BY number")
                    .bind("a", answerId).mapTo(String.class).list())
                    .stream().map(b -> nl.cursusschrift.assignment.Json.parse(b).path("organisatie").asText()).toList();
            int numbers = app.app.database().reads().withHandle(h -> h.createQuery(
                            "SELECT COUNT(DISTINCT number) FROM revision WHERE answer_id = :a AND number BETWEEN 1 AND :n")
                    .bind("a", answerId).bind("n", revisionCount).mapTo(Integer.class).one());
            if (numbers != bodies.size() || revisionCount != bodies.size()) {
                problems.add(log.email + ": revision_count " + revisionCount + ", " + bodies.size() + " revisions, numbers " + numbers);
            }
            for (String sent : log.submitted) {
                long times = bodies.stream().filter(sent::equals).count();
                if (times == 1) foundSubmits++;
                else problems.add(log.email + ": confirmed submission '" + sent + "' stored " + times + " times");
            }
            if (log.unconfirmed == 0 && !bodies.equals(log.submitted)) {
                problems.add(log.email + ": revisions " + bodies + " but confirmed " + log.submitted);
            }
            String last = log.submitted.get(log.submitted.size() - 1);
            if (bodies.isEmpty() || !bodies.get(bodies.size() - 1).equals(last)) {
                problems.add(log.email + ": last revision is not the last confirmed submission '" + last + "'");
            }
        }
        System.out.printf("ConcurrentLearnersTest: %d learners, %d draft saves confirmed, %d submits confirmed, %d writes confirmed "
                        + "(saves+submits+withdrawals), %d found (sum of draft_version), %d/%d submissions found exactly once, %d unconfirmed%n",
                LEARNERS, saves, submits, writes, found, foundSubmits, submits, unconfirmed);
        assertTrue(problems.isEmpty(), problems.size() + " problems: " + problems.subList(0, Math.min(10, problems.size())));
        assertTrue(saves >= LEARNERS * 5, "too few saves to mean anything: " + saves);
        if (app.app.database().isSqlite()) {
            assertEquals("ok", app.app.database().reads().withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
        }
    }

    /** Autosaves with rising markers; every 8th round submits and, while time is left, takes it back. */
    private void learn(WebClient web, Log log, int n, AtomicInteger marker, long deadline) {
        String base = "/opdracht/1";
        int round = 0;
        while (true) {
            boolean last = System.currentTimeMillis() >= deadline;
            round++;
            if (last || round % 8 == 0) {
                String text = "Inzending van leerling " + n + " merk " + marker.incrementAndGet();
                var res = post(web, base + "/inleveren", submission(text), false);
                if (res.status() == 303) {
                    log.submitted.add(text);
                    log.confirmedWrites++;
                } else {
                    log.unconfirmed++;
                    if (res.status() < 500) throw new AssertionError("submit refused: " + res.status() + " " + res.body());
                }
                if (last) {
                    if (log.submitted.isEmpty() || !log.submitted.get(log.submitted.size() - 1).equals(text)) {
                        throw new AssertionError("final submit not confirmed: " + res.status());
                    }
                    return;
                }
                var back = post(web, base + "/terugtrekken", List.of(), false);
                if (back.status() == 303) log.confirmedWrites++;
                else throw new AssertionError("withdraw refused: " + back.status() + " " + back.body());
                continue;
            }
            String text = "Concept van leerling " + n + " merk " + marker.incrementAndGet();
            var res = post(web, base + "/concept", List.of("organisatie", text), true);
            if (res.status() == 200 && res.body().contains("\"ok\":true")) {
                log.saves++;
                log.confirmedWrites++;
                log.lastConfirmedDraft = text;
            } else if (res.status() >= 500) {
                log.unconfirmed++;
            } else {
                throw new AssertionError("draft refused: " + res.status() + " " + res.body());
            }
        }
    }
}
