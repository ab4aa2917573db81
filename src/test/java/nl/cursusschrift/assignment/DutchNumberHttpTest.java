package nl.cursusschrift.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A number as a Dutch learner types it, through the form: stored as meant, shown back the Dutch way everywhere. */
class DutchNumberHttpTest {
    TestApp app;
    WebClient web;

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        web = Accounts.learnerWithAllStepsOpen(app, "getal@example.nl", "Gerda Getal");
        web.get("/opdracht/1");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebClient.Res submit(String klanten) {
        List<String> form = new ArrayList<>(AssignmentTest.stepOne("Een bakkerij in Breda met twee winkels"));
        form.set(form.indexOf("klanten") + 1, klanten);
        form.addAll(List.of("return", "opdracht", "_csrf", web.csrf()));
        return web.postForm("/opdracht/1/inleveren", form);
    }

    private String one(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void fourThousandWithADot_isStoredAs4000_andShownAs4000OnThePageTheNotebookTheExportsAndTheFormAgain() {
        assertEquals(303, submit("4.000").status());
        JsonNode body = Json.parse(one("SELECT body FROM revision"));
        assertEquals(4000, body.get("klanten").asInt(), "never 4");
        assertTrue(body.get("klanten").isIntegralNumber());

        assertTrue(web.get("/opdracht/1").text(".answer").contains("4.000 klanten"));
        assertTrue(web.get("/schrift").text("#stap-1 .answer").contains("4.000 klanten"));
        assertTrue(web.get("/schrift/mijn-schrift.md").body().contains("4.000 klanten"));
        assertTrue(web.get("/schrift/mijn-schrift.csv").body().contains("4.000 klanten"));
        assertTrue(web.get("/schrift/mijn-schrift.json").body().contains("4000"));

        assertEquals(303, web.post("/opdracht/1/terugtrekken").status());
        assertEquals("4.000", web.get("/opdracht/1").doc().selectFirst("#a-klanten").val(), "the form shows it as it reads");
        assertEquals(303, submit(web.get("/opdracht/1").doc().selectFirst("#a-klanten").val()).status(), "and it reads back the same");
        assertEquals(4000, Json.parse(one("SELECT body FROM revision WHERE number = 2")).get("klanten").asInt());
    }

    @Test
    void otherWaysOfWritingTheSameNumber_areAccepted() {
        for (String typed : List.of("4000", "4 000", "4000 klanten", "4.000 Klanten", "+4000", "4000,00")) {
            assertEquals(303, submit(typed).status(), typed);
            assertEquals(4000, Json.parse(one("SELECT body FROM revision ORDER BY number DESC LIMIT 1")).get("klanten").asInt(), typed);
            assertEquals(303, web.post("/opdracht/1/terugtrekken").status());
        }
    }

    @Test
    void ambiguousOrUnreadableNumbers_are422_withTheTextKept_aMessageNextToTheField_andNothingSubmitted() {
        String forty = "1234567890".repeat(4);
        for (String typed : List.of("4.000,00,0", "1e9", "--3", "٣", forty, "1.5", "4,000,000", "3-")) {
            var res = submit(typed);
            assertEquals(422, res.status(), typed);
            assertEquals(typed, res.doc().selectFirst("#a-klanten").val(), "kept as typed: " + typed);
            String message = res.text("#a-klanten-msg");
            assertTrue(!message.isEmpty(), typed);
            assertTrue(res.text("#fouten").contains("Klanten per week: "), "the summary names the field: " + typed);
            assertEquals("0", one("SELECT COUNT(*) FROM revision"), typed);
        }
        assertEquals("Bedoel je -3? Zet het minteken vóór het getal.", submit("3-").text("#a-klanten-msg"));
        assertTrue(submit("4,000,000").text("#a-klanten-msg").startsWith("Bedoel je 4.000.000?"));
        assertEquals("Dit getal heeft te veel cijfers: gebruik er hoogstens 15.", submit(forty).text("#a-klanten-msg"));
        assertEquals("Typ het getal met de cijfers 0 tot en met 9.", submit("٣").text("#a-klanten-msg"));
    }

    @Test
    void aDraftKeepsWhatWasTyped_andWarnsWithTheParsersMessage() {
        var saved = web.post("/opdracht/1/concept", "klanten", "4.000,00,0", "return", "opdracht");
        assertEquals(303, saved.status());
        var page = web.get("/opdracht/1");
        assertEquals("4.000,00,0", page.doc().selectFirst("#a-klanten").val());
        assertTrue(page.text("#a-klanten-msg").startsWith("Gebruik hoogstens één komma"), page.text("#a-klanten-msg"));
    }

    @Test
    void theRangeIsSaidInDutchNumbers() {
        var res = submit("20.000");
        assertEquals(422, res.status());
        assertEquals("Vul een getal van 0 tot en met 10.000 in.", res.text("#a-klanten-msg"));
    }
}
