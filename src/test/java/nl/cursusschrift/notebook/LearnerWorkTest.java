package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /deelnemers/{id}: an instructor follows one learner's whole course from one page. */
class LearnerWorkTest {
    TestApp app;
    WebClient lotte;
    WebClient teacher;
    String lotteId;

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null), cohort);
        lotteId = Accounts.user(app, Role.LEARNER, "lotte@example.nl", "Lotte", cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1").execute());
        lotte = Accounts.login(app, "lotte@example.nl");
        teacher = Accounts.login(app, "docent@example.nl");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void everyStepWithStateVersionDatesFeedbackAndReviewLink_theSharesAndTheExports() {
        lotte.get("/opdracht/1");
        assertEquals(303, lotte.post("/opdracht/1/inleveren", NotebookTest.stepOne("Een fietsenwinkel in Zwolle").toArray(String[]::new)).status());
        lotte.get("/opdracht/2");
        assertEquals(303, lotte.post("/opdracht/2/concept", "momenten[0].organisatie", "Bakker", "return", "opdracht").status());
        String answer = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer WHERE step = 1").mapTo(String.class).one());
        teacher.get("/nakijken/" + answer);
        assertEquals(303, teacher.post("/nakijken/" + answer, "versie", "1", "actie", "goedkeuren", "overall", "Prima.").status());
        lotte.get("/schrift");
        assertEquals(303, lotte.post("/schrift/delen", "step", "1", "target", "").status());

        var page = teacher.get("/deelnemers/" + lotteId);
        var steps = page.doc().select(".learner-steps > li");
        assertEquals(3, steps.size(), "every step of the course");
        assertEquals("Goedgekeurd", steps.get(0).selectFirst(".pill").text());
        assertEquals("/nakijken/" + answer, steps.get(0).selectFirst("a").attr("href"));
        assertTrue(steps.get(0).text().contains("Nakijken: versie 1, ingeleverd op 23 november 2026 om 10:00"), steps.get(0).text());
        assertTrue(steps.get(0).text().contains("Feedback: Goedgekeurd op versie 1 door Dirk Docent, 23 november 2026 om 10:00"), steps.get(0).text());
        assertEquals("Concept", steps.get(1).selectFirst(".pill").text());
        assertTrue(steps.get(1).text().contains("Nog niets ingeleverd · concept bewaard op 23 november 2026 om 10:00"), steps.get(1).text());
        assertEquals("Nog niet begonnen", steps.get(2).selectFirst(".pill").text());
        assertTrue(page.text(".learner-shares").startsWith("Stap 1: Mijn hele antwoord"), page.text(".learner-work"));
        List<String> exports = page.doc().select(".export-links a").eachAttr("href");
        assertTrue(exports.contains("/deelnemers/" + lotteId + "/schrift.md"), exports.toString());
        assertTrue(exports.contains("/deelnemers/" + lotteId + "/schrift.csv"));
        assertTrue(exports.contains("/deelnemers/" + lotteId + "/schrift.json"));
        for (String href : exports) assertEquals(200, teacher.get(href).status(), href);
    }

    @Test
    void releasedFeedback_theLearnerHasNotOpened_isMarked() {
        lotte.get("/opdracht/1");
        assertEquals(303, lotte.post("/opdracht/1/inleveren", NotebookTest.stepOne("Een fietsenwinkel in Zwolle").toArray(String[]::new)).status());
        String answer = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer WHERE step = 1").mapTo(String.class).one());
        teacher.get("/nakijken/" + answer);
        assertEquals(303, teacher.post("/nakijken/" + answer, "versie", "1", "actie", "aanpassen", "overall", "Noem ook je klanten.").status());
        var first = teacher.get("/deelnemers/" + lotteId).doc().selectFirst(".learner-steps > li");
        assertEquals("Graag aanpassen", first.selectFirst(".pill").text());
        assertEquals("nog niet gelezen", first.selectFirst(".badge").text());
    }
}
