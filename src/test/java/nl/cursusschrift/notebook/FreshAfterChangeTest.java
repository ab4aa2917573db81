package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caches of the signed-in pages (docs/performance.md) never show old work: after each change the
 * very next request of the same instance shows the new words. The answer views and the notebook's
 * charts are keyed by what they are made of (declaration hash + stored JSON), so a change is a new key.
 */
class FreshAfterChangeTest {
    TestClock clock;
    TestApp app;
    WebClient anna;
    WebClient bram;

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(clock);
        String x = Accounts.cohort(app, "Groep X", "GROEP-X", null);
        anna = learner("anna@example.nl", "Anna Deelt", x);
        bram = learner("bram@example.nl", "Bram Leest", x);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebClient learner(String email, String name, String cohort) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return Accounts.login(app, email);
    }

    private static String[] stepOne(String organisatie) {
        return NotebookTest.stepOne(organisatie).toArray(String[]::new);
    }

    @Test
    void aChangedDraft_showsInTheNotebookAndOnTheAssignment_atTheNextRequest() {
        anna.get("/opdracht/1");
        assertEquals(303, anna.post("/opdracht/1/concept", stepOne("Bakkerij Eerst aan de Markt")).status());
        assertTrue(anna.get("/schrift").body().contains("Bakkerij Eerst aan de Markt"));
        assertTrue(anna.get("/schrift").body().contains("Bakkerij Eerst aan de Markt"), "read twice: the second from the cache");

        assertEquals(303, anna.post("/opdracht/1/concept", stepOne("Slagerij Daarna in de Dorpsstraat")).status());
        String notebook = anna.get("/schrift").body();
        assertTrue(notebook.contains("Slagerij Daarna in de Dorpsstraat"), "the new draft at once");
        assertFalse(notebook.contains("Bakkerij Eerst aan de Markt"), "not the old one");

        assertEquals(303, anna.post("/opdracht/1/inleveren", stepOne("Visboer Ingeleverd op de Haven")).status());
        notebook = anna.get("/schrift").body();
        assertTrue(notebook.contains("Visboer Ingeleverd op de Haven"));
        assertFalse(notebook.contains("Slagerij Daarna in de Dorpsstraat"));
        assertTrue(anna.get("/opdracht/1").body().contains("Visboer Ingeleverd op de Haven"), "the submitted answer on the assignment page");
    }

    @Test
    void aNewShare_andAWithdrawnOne_showUnderTheLessonAtTheNextRequest() {
        anna.get("/opdracht/1");
        assertEquals(303, anna.post("/opdracht/1/inleveren", stepOne("Fietsenwinkel in het centrum van Zwolle")).status());
        assertFalse(bram.get("/les/1").body().contains("Fietsenwinkel in het centrum van Zwolle"));
        anna.get("/schrift");
        assertEquals(303, anna.post("/schrift/delen", "step", "1", "target", "").status());
        assertTrue(bram.get("/les/1").body().contains("Fietsenwinkel in het centrum van Zwolle"), "shared: at once under the lesson");
        assertTrue(bram.get("/les/1").body().contains("Fietsenwinkel in het centrum van Zwolle"), "and again from the cache");

        String shareId = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM share").mapTo(String.class).one());
        anna.get("/schrift");
        assertEquals(303, anna.post("/schrift/delen/" + shareId + "/intrekken").status());
        assertFalse(bram.get("/les/1").body().contains("Fietsenwinkel in het centrum van Zwolle"), "withdrawn: gone at once");
    }

    @Test
    void releasedFeedbackAndItsBadge_showAtTheNextRequest_andGoOnceRead() {
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        WebClient admin = Accounts.login(app, "beheer@example.nl");
        anna.get("/opdracht/1");
        assertEquals(303, anna.post("/opdracht/1/inleveren", stepOne("Een fietsenwinkel in het centrum van Zwolle")).status());
        var before = anna.get("/schrift");
        assertFalse(before.body().contains("Mooi werk, Anna"));
        assertEquals(0, before.doc().select("nav .badge").size(), "no badge yet (and that is now cached)");

        String answer = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer").mapTo(String.class).one());
        admin.get("/nakijken/" + answer);
        assertEquals(303, admin.post("/nakijken/" + answer, "versie", "1", "actie", "goedkeuren", "overall", "Mooi werk, Anna").status());
        var after = anna.get("/schrift");
        assertTrue(after.body().contains("Mooi werk, Anna"), "the feedback at the next request");
        assertEquals("1", after.doc().selectFirst("nav .badge").ownText().strip(), "and the badge");
        assertTrue(anna.get("/opdracht/1").body().contains("Mooi werk, Anna"));

        assertEquals(204, anna.postFormForJson("/schrift/gelezen", java.util.List.of("stap", "1", "_csrf", anna.csrf())).status());
        assertEquals(0, anna.get("/schrift").doc().select("nav .badge").size(), "read: the badge is gone at the next request");
    }

    /**
     * Another instance's change comes without an event here, but it moves the database's page versions
     * (migration V12), which this instance reads with the session: the kept page and the cached feedback
     * are both read again at the next request. Simulated with a change straight in the database.
     */
    @Test
    void aChangeWithoutAnEventHere_likeAnotherInstances_showsAtTheNextRequest() {
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        WebClient admin = Accounts.login(app, "beheer@example.nl");
        anna.get("/opdracht/1");
        assertEquals(303, anna.post("/opdracht/1/inleveren", stepOne("Een fietsenwinkel in het centrum van Zwolle")).status());
        String answer = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer").mapTo(String.class).one());
        admin.get("/nakijken/" + answer);
        assertEquals(303, admin.post("/nakijken/" + answer, "versie", "1", "actie", "goedkeuren", "overall", "Mooi werk, Anna").status());
        assertEquals(1, anna.get("/schrift").doc().select("nav .badge").size());
        assertEquals(1, anna.get("/opdracht/1").doc().select("nav .badge").size(), "the count cached, and both pages kept");

        app.app.database().write(h -> h.createUpdate("UPDATE review SET read_at = 1").execute());
        assertEquals(0, anna.get("/schrift").doc().select("nav .badge").size(), "the database's answer at once");
        assertEquals(0, anna.get("/opdracht/1").doc().select("nav .badge").size(), "on every page");
    }
}
