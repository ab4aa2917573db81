package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** What the learner's pages say about their work matches it: the next step, versions, search, feedback beside its item. */
class StateShownTest {
    TestApp app;
    WebClient web;
    WebClient admin;

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        web = Accounts.learnerWithAllStepsOpen(app, "staat@example.nl", "Stijn Staat");
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        admin = Accounts.login(app, "beheer@example.nl");
    }

    @AfterEach
    void stop() {
        app.close();
    }


    private String answer(int step) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer WHERE step = " + step).mapTo(String.class).one());
    }

    @Test
    void theHomeCard_goesToTheNextOpenUnfinishedStep_thenToUnreadFeedback() {
        assertEquals("Stap 1: Welkom bij de testcursus", web.get("/").text(".now h2"));
        web.get("/opdracht/1");
        assertEquals(303, web.post("/opdracht/1/inleveren", NotebookTest.stepOne("Een fietsenwinkel in Zwolle").toArray(String[]::new)).status());
        var home = web.get("/");
        assertEquals("Stap 2: Alle contactmomenten", home.text(".now h2"), "step 1 is done; the next open one is next");
        assertEquals("/les/2", home.doc().selectFirst(".now a.button").attr("href"));

        admin.get("/nakijken/" + answer(1));
        assertEquals(303, admin.post("/nakijken/" + answer(1), "versie", "1", "actie", "aanpassen", "overall", "Vertel meer.",
                "c.organisatie", "Wie zijn je klanten?").status());
        home = web.get("/");
        assertEquals("Stap 1: Welkom bij de testcursus", home.text(".now h2"));
        assertEquals("Nieuwe feedback", home.text(".now .eyebrow"));
        assertEquals("/opdracht/1", home.doc().selectFirst(".now a.button").attr("href"));
    }

    @Test
    void aLearnerAheadOfThePace_isSentOnFromTheFurthestStepHandedIn_andBackToWhatIsLeftOnceThatIsDone() {
        web.get("/opdracht/2");
        assertEquals(303, web.post("/opdracht/2/inleveren", NotebookTest.stepTwo("Fietsenmaker").toArray(String[]::new)).status());
        assertEquals("Stap 3: De klant bepaalt de reis", web.get("/").text(".now h2"), "not back to step 1 of this week");
        assertEquals("Volgende stap", web.get("/").text(".now .eyebrow"));
    }

    @Test
    void earlierVersions_onlyWhenThereAreVersionsBeforeTheOneShown() {
        web.get("/opdracht/1");
        assertEquals(303, web.post("/opdracht/1/inleveren", NotebookTest.stepOne("Een fietsenwinkel in Zwolle").toArray(String[]::new)).status());
        assertNull(web.get("/opdracht/1").doc().selectFirst(".versions"), "the first and only version is the one shown");
        assertEquals(303, web.post("/opdracht/1/terugtrekken").status());
        assertNotNull(web.get("/opdracht/1").doc().selectFirst(".versions"), "while rewriting, the handed-in version is an earlier one");
    }

    @Test
    void aSearchWithoutHits_saysSoOnce() {
        var page = web.get("/schrift?zoek=xyzzy");
        assertEquals("Niets gevonden voor ‘xyzzy’", page.text("#zoek-kop"));
        assertEquals(1, page.doc().select("#zoekresultaten").text().split("Niets gevonden", -1).length - 1);
    }

    @Test
    void theNotebook_linksEachStepToItsAssignment_andShowsItemFeedbackBesideTheItemWhileRevising() {
        web.get("/opdracht/2");
        assertEquals(303, web.post("/opdracht/2/inleveren", NotebookTest.stepTwo("Fietsenmaker").toArray(String[]::new)).status());
        admin.get("/nakijken/" + answer(2));
        assertEquals(303, admin.post("/nakijken/" + answer(2), "versie", "1", "actie", "aanpassen", "overall", "Bijna.",
                "c.momenten[0]", "Wat deed de fietsenmaker precies?").status());
        var notebook = web.get("/schrift");
        assertEquals("/opdracht/2", notebook.doc().selectFirst("#stap-2 a:contains(Bekijk of pas aan)").attr("href"));
        assertTrue(notebook.text("#stap-2 .answer-list > li:first-child .comment").contains("Wat deed de fietsenmaker precies?"),
                "the comment stands beside its item, also while the learner rewrites");
    }
}
