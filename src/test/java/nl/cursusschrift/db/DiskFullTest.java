package nl.cursusschrift.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A full disk, simulated with SQLite's max_page_count on the writer's connection: saving and
 * submitting are refused with a Dutch message that keeps the learner's text, nothing half is
 * stored, the file stays whole, and once there is room again the same save goes through.
 */
@Tag("sqlite")
class DiskFullTest {
    TestApp app;
    WebClient web;

    @BeforeEach
    void start() {
        app = TestApp.start();
        Assumptions.assumeTrue(app.app.database().isSqlite(), "max_page_count is SQLite's");
        web = Accounts.learnerWithAllStepsOpen(app, "vol@example.nl", "Volle Schijf");
        assertEquals(200, web.get("/opdracht/1").status());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** About 9,000 characters: more than the free room in a file that may not grow. */
    static String bigText(String tag) {
        StringBuilder text = new StringBuilder(tag);
        int i = 0;
        while (text.length() < 9_000) text.append(" klantreis").append(i++);
        return text.toString();
    }

    /** Lets the database file grow no further than it is now (the writer's connection only). */
    private int diskFull() {
        return app.app.database().write(h -> {
            int pages = h.createQuery("PRAGMA page_count").mapTo(Integer.class).one();
            return h.createQuery("PRAGMA max_page_count = " + pages).mapTo(Integer.class).one();
        });
    }

    private int freePages() {
        return app.app.database().write(h -> h.createQuery("PRAGMA freelist_count").mapTo(Integer.class).one());
    }

    private void roomAgain() {
        app.app.database().write(h -> h.createQuery("PRAGMA max_page_count = 1073741823").mapTo(Integer.class).one());
    }

    private WebClient.Res post(String path, List<String> fields, boolean json) {
        List<String> all = new ArrayList<>(fields);
        all.add("_csrf");
        all.add(web.csrf());
        return json ? web.postFormForJson(path, all) : web.postForm(path, all);
    }

    private String storedDraft() {
        return app.app.database().reads().withHandle(h -> h.createQuery(
                "SELECT json_extract(draft, '$.organisatie') FROM answer WHERE step = 1").mapTo(String.class).findOne().orElse(null));
    }

    private int count(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private String integrity() {
        return app.app.database().reads().withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
    }

    private static void assertRefusedKeepingText(WebClient.Res res, String typed, String what) {
        assertEquals(503, res.status(), what + ": " + res.body());
        assertFalse(res.body().contains("Exception"), what + " shows a stack trace");
        var notice = res.doc().selectFirst(".alert.warn");
        assertNotNull(notice, what + ": no message on the page");
        assertTrue(notice.text().startsWith("Opslaan lukte niet"), what + ": " + notice.text());
        var field = res.doc().selectFirst("textarea[name=organisatie]");
        assertNotNull(field, what + ": the form is gone");
        assertEquals(typed, field.text(), what + ": the typed text is not in the form");
    }

    @Test
    void diskFull_saveAndSubmitAreRefusedInDutch_textKept_fileWhole_andTheSameSaveWorksWithRoomAgain() {
        assertEquals(303, post("/opdracht/1/concept", List.of("organisatie", "Eerste kleine versie", "return", "opdracht"), false).status());
        int free = freePages();
        int limit = diskFull();
        System.out.printf("DiskFullTest: max_page_count set to %d pages (%d free pages in the file)%n", limit, free);

        String big = bigText("Grote versie");
        var form = post("/opdracht/1/concept", List.of("organisatie", big, "return", "opdracht"), false);
        assertRefusedKeepingText(form, big, "draft form post");

        diskFull(); // the writer may have opened a fresh connection after the failure
        var json = post("/opdracht/1/concept", List.of("organisatie", big), true);
        assertEquals(503, json.status(), json.body());
        assertTrue(json.body().contains("\"ok\":false"), json.body());
        assertTrue(json.body().contains("Opslaan lukte niet"), json.body());

        diskFull();
        List<String> submission = new ArrayList<>(List.of("organisatie", big, "rol", "Eigenaar", "klanten", "250", "aanbeveling", "9",
                "return", "opdracht"));
        assertRefusedKeepingText(post("/opdracht/1/inleveren", submission, false), big, "submit");

        assertEquals("ok", integrity());
        assertEquals("Eerste kleine versie", storedDraft(), "a refused write must leave the last stored draft as it was");
        assertEquals(0, count("SELECT COUNT(*) FROM revision"));
        assertEquals(1, count("SELECT draft_version FROM answer"));

        roomAgain();
        assertEquals(303, post("/opdracht/1/concept", List.of("organisatie", big, "return", "opdracht"), false).status());
        assertEquals(big, storedDraft());
        assertEquals(303, post("/opdracht/1/inleveren", submission, false).status());
        assertEquals(1, count("SELECT COUNT(*) FROM revision"));
        assertEquals("ok", integrity());
    }
}
