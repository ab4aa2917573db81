package nl.cursusschrift.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused submit: every message named by its field or list, linked, at the top of the assignment, and no address that posts again. */
class ErrorSummaryTest {
    TestApp app;
    WebClient web;

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        web = Accounts.learnerWithAllStepsOpen(app, "fouten@example.nl", "Fien Fout");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebClient.Res post(String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of("_csrf", web.csrf()));
        return web.postForm(path, all);
    }

    @Test
    void emptySubmitOnTheLessonPage_summaryNamesEachListAndField_linksToIt_andComesFirstInTheAssignment() {
        web.get("/les/2");
        List<String> form = new ArrayList<>(List.of("momenten[0].organisatie", "Bakker", "momenten[0].wat", "Een broodje",
                "momenten[1].organisatie", "Slager", "momenten[1].wat", "Een worstje", "return", "les"));
        var res = post("/opdracht/2/inleveren", form);
        assertEquals(422, res.status());
        assertTrue(res.doc().title().startsWith("Fout: "), res.doc().title());
        var summary = res.doc().selectFirst("#opdracht #fouten");
        assertNotNull(summary, "the summary is in the assignment section");
        assertEquals("alert", summary.attr("role"));
        assertTrue(summary.hasAttr("autofocus"), "focused on load, also without script");
        assertEquals("fouten", res.doc().selectFirst("#opdracht > .assignment-head + *").id(), "right after the section's heading");
        List<String> lines = summary.select("li").eachText();
        assertTrue(lines.contains("Drie Magische Momenten: vul er precies 3 in; je hebt er 2 ingevuld."), lines.toString());
        assertTrue(lines.contains("Contacten van de afgelopen 24 uur: vul er minstens 1 in; je hebt er nog geen ingevuld."), lines.toString());
        assertEquals("#a-momenten", summary.selectFirst("li a").attr("href"));
        assertNotNull(res.doc().selectFirst("#a-momenten"), "the link goes somewhere");
        assertTrue(summary.text().contains("bewaard als concept"), "the refused submit was kept as the draft");
    }

    @Test
    void aMessageInsideAnItem_namesTheItemAndItsField() {
        web.get("/opdracht/2");
        var res = post("/opdracht/2/inleveren", List.of("momenten[0].organisatie", "Bakker", "momenten[1].wat", "x", "momenten[2].wat", "y",
                "return", "opdracht"));
        List<String> lines = res.doc().select("#fouten li").eachText();
        assertTrue(lines.contains("Moment 1, Wat gebeurde er? Vul dit in."), lines.toString());
        assertTrue(lines.contains("Moment 2, Organisatie: vul dit in."), lines.toString());
        assertEquals("#a-momenten-1-organisatie", res.doc().select("#fouten li a").stream()
                .filter(a -> a.text().startsWith("Moment 2, Organisatie")).findFirst().orElseThrow().attr("href"));
    }

    @Test
    void aRefusedDraft_saysNothingWasStored() {
        web.get("/opdracht/1");
        var res = post("/opdracht/1/concept", List.of("organisatie", "x".repeat(10_001), "return", "opdracht"));
        assertEquals(422, res.status());
        assertTrue(res.text("#fouten").contains("Je organisatie: hier passen hoogstens 10.000 tekens"), res.text("#fouten"));
        assertTrue(res.text("#fouten").contains("nog niet opgeslagen"));
    }

    @Test
    void aGetOfThePostAddresses_landsOnTheForm_soAReloadNeverPostsAgain() {
        for (String action : List.of("inleveren", "concept", "terugtrekken")) {
            var res = web.get("/opdracht/2/" + action);
            assertEquals(303, res.status(), action);
            assertEquals("/opdracht/2", res.location());
        }
        assertEquals(404, web.get("/opdracht/2/iets-anders").status());
        assertEquals(404, web.get("/opdracht/99/inleveren").status());
    }

    @Test
    void exactCountLists_haveNoRemoveButton_whileOpenEndedLogsDo() {
        var page = web.get("/opdracht/2");
        assertTrue(page.doc().select("#a-momenten [data-remove]").isEmpty(), "a list of exactly 3 has slots, not rows to remove");
        assertEquals(1, page.doc().select("#a-contacten [data-remove]").size());
        assertNull(page.doc().selectFirst("#fouten"), "no summary before anything was refused");
    }
}
