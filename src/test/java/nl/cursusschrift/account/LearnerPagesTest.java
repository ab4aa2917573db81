package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.db.QueryStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kept pages of a signed-in learner (LearnerPages): a second visit is the kept page, and every
 * change a page shows is on the very next request, also a change that no event of this instance
 * announced (made by another instance: here straight in the database). On SQLite and PostgreSQL,
 * whose triggers move the page versions.
 */
class LearnerPagesTest {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    TestClock clock;
    TestApp app;
    WebClient anna;
    WebClient bram;
    WebClient admin;

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(clock);
        String x = Accounts.cohort(app, "Groep X", "GROEP-X", null);
        anna = learner("anna@example.nl", "Anna Deelt", x);
        bram = learner("bram@example.nl", "Bram Leest", x);
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        admin = Accounts.login(app, "beheer@example.nl");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebClient learner(String email, String name, String cohort) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        change("UPDATE app_user SET all_open = 1 WHERE id = '" + id + "'");
        WebClient client = Accounts.login(app, email);
        client.get("/account"); // the welcome message, shown once
        return client;
    }

    /** A change as another instance makes it: in the database, without an event on this one. */
    private void change(String sql) {
        app.app.database().write(h -> h.createUpdate(sql).execute());
    }

    private String one(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private static String[] stepOne(String organisatie) {
        return new String[] {"organisatie", organisatie, "rol", "Eigenaar", "klanten", "250", "aanbeveling", "9"};
    }

    /** Anna's step 1, handed in and approved by Bea, and shared with the cohort. */
    private String annaHandsInAndShares() {
        anna.get("/opdracht/1");
        assertEquals(303, anna.post("/opdracht/1/inleveren", stepOne("Fietsenwinkel in het centrum van Zwolle")).status());
        String answer = one("SELECT id FROM answer");
        admin.get("/nakijken/" + answer);
        assertEquals(303, admin.post("/nakijken/" + answer, "versie", "1", "actie", "goedkeuren", "overall", "Mooi werk, Anna").status());
        anna.get("/schrift");
        assertEquals(303, anna.post("/schrift/delen", "step", "1", "target", "").status());
        anna.get("/account"); // "Gedeeld", shown once
        return answer;
    }

    private static long statements(Runnable request) {
        long before = QueryStats.total();
        request.run();
        return QueryStats.total() - before;
    }

    @Test
    void aSecondVisit_isTheKeptPage_onlyTheSessionIsRead_andStaffPagesAreNotKept() {
        annaHandsInAndShares();
        for (String path : List.of("/", "/les/1", "/opdracht/1", "/schrift")) {
            String first = anna.get(path).body();
            long again = statements(() -> assertEquals(first, anna.get(path).body(), path + ": the same page"));
            assertEquals(1, again, path + ": the second visit reads the session and nothing else");
        }
        admin.get("/les/1");
        assertTrue(statements(() -> admin.get("/les/1")) > 1, "staff pages are rendered each time");
    }

    @Test
    void changesFromAnotherInstance_showAtTheNextRequest() {
        String answer = annaHandsInAndShares();
        assertTrue(anna.get("/schrift").body().contains("Mooi werk, Anna"));
        assertTrue(bram.get("/les/1").body().contains("Fietsenwinkel in het centrum van Zwolle"));
        assertEquals(1, anna.get("/schrift").doc().select("nav .badge").size(), "kept, with the badge");

        change("UPDATE review SET overall = 'Elders herschreven, Anna' WHERE answer_id = '" + answer + "'");
        assertTrue(anna.get("/schrift").body().contains("Elders herschreven, Anna"), "a review: in the notebook");
        assertTrue(anna.get("/opdracht/1").body().contains("Elders herschreven, Anna"), "and on the assignment");

        change("UPDATE review SET read_at = 1");
        assertEquals(0, anna.get("/schrift").doc().select("nav .badge").size(), "read elsewhere: the badge is gone");

        change("UPDATE app_user SET name = 'Bea Anders' WHERE email = 'beheer@example.nl'");
        assertTrue(anna.get("/schrift").body().contains("Bea Anders"), "a reviewer's new name under the feedback");

        change("UPDATE app_user SET name = 'Anna Hernoemd' WHERE email = 'anna@example.nl'");
        assertTrue(bram.get("/les/1").body().contains("Anna Hernoemd"), "a cohort member's new name under her shared answer");

        String share = one("SELECT id FROM share");
        String bramId = Accounts.idOf(app, "bram@example.nl");
        change("INSERT INTO share_reply (id, share_id, user_id, body, created_at) VALUES ('r1', '" + share + "', '" + bramId
                + "', 'Goed gezien, dat herken ik', 1)");
        assertTrue(anna.get("/les/1").body().contains("Goed gezien, dat herken ik"), "a reply: for the owner of the share");
        assertTrue(bram.get("/les/1").body().contains("Goed gezien, dat herken ik"), "and for the cohort");

        change("UPDATE share SET hidden_at = 1");
        assertFalse(bram.get("/les/1").body().contains("Fietsenwinkel in het centrum van Zwolle"), "a hidden share: gone for the cohort");

        change("UPDATE answer SET draft = NULL, state = 'draft', revision_count = 0");
        change("DELETE FROM revision");
        assertFalse(anna.get("/schrift").body().contains("Fietsenwinkel in het centrum van Zwolle"), "her own work removed: gone from the notebook");
    }

    @Test
    void aPageShowingTheCurrentMinute_isKeptForThatMinuteOnly() {
        String first = anna.get("/opdracht/2").doc().selectFirst("input[name='contacten[0].at']").attr("value");
        assertEquals(MINUTE.format(LocalDateTime.now(clock)), first, "an empty contact starts at now");
        clock.advance(Duration.ofSeconds(40));
        assertEquals(1, statements(() -> anna.get("/opdracht/2")), "within the minute: the kept page");
        clock.advance(Duration.ofSeconds(25));
        String later = anna.get("/opdracht/2").doc().selectFirst("input[name='contacten[0].at']").attr("value");
        assertEquals(MINUTE.format(LocalDateTime.now(clock)), later, "the next minute: made again");
        assertNotEquals(first, later);
    }

    @Test
    void theNextDay_thePageIsMadeAgain() {
        anna.get("/");
        anna.get("/");
        clock.advance(Duration.ofDays(1));
        assertTrue(statements(() -> anna.get("/")) > 1, "another date: the open weeks may differ");
    }

    @Test
    void aPageWithAOneTimeMessage_isNeitherServedFromNorKept() throws Exception {
        anna.get("/schrift");
        HttpResponse<String> withMessage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/schrift")))
                .header("Cookie", "cs_session=" + anna.cookie("cs_session").orElseThrow() + "; cs_flash=Hallo%20daar%2C%20Anna").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(withMessage.body().contains("Hallo daar, Anna"), "the message, though the page was kept");
        assertFalse(anna.get("/schrift").body().contains("Hallo daar, Anna"), "and the page with it was not kept");
    }

    @Test
    void twoSessionsOfOneLearner_eachGetTheirOwnPage() {
        WebClient other = Accounts.login(app, "anna@example.nl");
        anna.get("/schrift");
        String mine = anna.get("/schrift").body();
        String theirs = other.get("/schrift").body();
        assertNotEquals(anna.csrf(), other.csrf());
        assertTrue(mine.contains(anna.csrf()) && !mine.contains(other.csrf()));
        assertTrue(theirs.contains(other.csrf()) && !theirs.contains(anna.csrf()), "the other session's token, not the kept page's");
    }

    @Test
    void aKeptPage_goesOutCompressedOnceToABrowserThatAcceptsGzip() throws Exception {
        String plain = anna.get("/schrift").body();
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/schrift")))
                .header("Cookie", "cs_session=" + anna.cookie("cs_session").orElseThrow())
                .header("Accept-Encoding", "gzip, deflate").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }
}
