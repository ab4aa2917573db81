package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What caches may keep: nothing with a learner's words in it; fingerprinted assets for a year, under a checked hash. */
class CachingTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void autosaveJson_andTheDataDownload_areNoStore() {
        WebClient web = Accounts.learnerWithAllStepsOpen(app, "lotte@example.nl", "Lotte");
        web.get("/opdracht/1");
        var saved = web.postFormForJson("/opdracht/1/concept", List.of("organisatie", "Een fietsenwinkel in Zwolle", "_csrf", web.csrf()));
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.header("Content-Type").startsWith("application/json"), saved.header("Content-Type"));
        assertEquals("no-store", saved.header("Cache-Control"), "autosave answers carry the learner's text");
        var data = web.get("/account/mijn-gegevens.json");
        assertEquals(200, data.status());
        assertEquals("no-store", data.header("Cache-Control"));
    }
}
