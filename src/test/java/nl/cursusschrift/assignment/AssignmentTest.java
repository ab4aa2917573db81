package nl.cursusschrift.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    TestClock clock;
    TestApp app;
    WebClient web;

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(clock);
        web = Accounts.learnerWithAllStepsOpen(app, "lotte@example.nl", "Lotte");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private int count(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private String one(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    static List<String> stepOne(String organisatie) {
        return new ArrayList<>(List.of("organisatie", organisatie, "rol", "Eigenaar", "kanalen", "Balie", "kanalen", "E-mail",
                "klanten", "250", "aanbeveling", "9", "sinds", "2019-03-01", "beltijd", "10.30"));
    }

    private WebClient.Res post(String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("_csrf");
        all.add(web.csrf());
        return web.postForm(path, all);
    }

    /** Three moments and contacts at the given hours before now (09:00 Amsterdam = 10:00 local). */
    static List<String> stepTwo(String... impressions) {
        List<String> form = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            form.addAll(List.of("momenten[" + i + "].organisatie", "Bakker " + i, "momenten[" + i + "].wat", "Gaf een extra broodje " + i));
        }
        for (int i = 0; i < impressions.length; i++) {
            form.addAll(List.of("contacten[" + i + "].at", "2026-11-23T0" + (i % 9) + ":15", "contacten[" + i + "].wie", "Contact " + i,
                    "contacten[" + i + "].indruk", impressions[i]));
        }
        return form;
    }

    @Test
    void draftThenSubmitThenWithdrawThenResubmit_keepsEveryRevision() {
        web.get("/opdracht/1");
        var draft = post("/opdracht/1/concept", List.of("organisatie", "Half af", "return", "opdracht"));
        assertEquals(303, draft.status());
        assertEquals("draft", one("SELECT state FROM answer"));
        var page = web.get("/opdracht/1");
        assertEquals("Half af", page.doc().selectFirst("textarea[name=organisatie]").text());
        assertEquals("Concept", page.text(".assignment-head .pill"));
        assertTrue(page.text(".flash").startsWith("Concept opgeslagen om 10:00."), page.text(".flash"));

        var submitted = post("/opdracht/1/inleveren", stepOne("Een bakkerij in Breda"));
        assertEquals(303, submitted.status(), submitted.body());
        page = web.get("/opdracht/1");
        assertEquals("Ingeleverd", page.text(".assignment-head .pill"));
        assertNull(page.doc().selectFirst("form.assignment-form"), "a submitted answer is read-only");
        assertTrue(page.text(".answer").contains("Een bakkerij in Breda"));
        assertTrue(page.text(".answer").contains("Balie, E-mail"));
        assertTrue(page.text(".answer").contains("250 klanten"));
        assertTrue(page.text(".answer").contains("1 maart 2019"));
        assertTrue(page.text(".answer").contains("10:30"));
        JsonNode body = Json.parse(one("SELECT body FROM revision"));
        assertEquals(250, body.get("klanten").asInt());
        assertTrue(body.get("klanten").isIntegralNumber(), "stored typed");
        assertEquals(9, body.get("aanbeveling").intValue());
        assertEquals("10:30", body.get("beltijd").asText());
        assertEquals(2, body.get("kanalen").size());

        assertEquals(409, post("/opdracht/1/concept", List.of("organisatie", "Stiekem", "return", "opdracht")).status());
        assertTrue(one("SELECT body FROM revision").contains("Een bakkerij in Breda"), "a submitted answer cannot be overwritten");

        assertEquals(303, post("/opdracht/1/terugtrekken", List.of()).status());
        page = web.get("/opdracht/1");
        assertEquals("Een bakkerij in Breda", page.doc().selectFirst("textarea[name=organisatie]").text(), "starts from what was sent");
        assertEquals("250", page.doc().selectFirst("input[name=klanten]").val());
        assertTrue(page.doc().selectFirst("input[name=rol][value=Eigenaar]").hasAttr("checked"));

        assertEquals(303, post("/opdracht/1/inleveren", stepOne("Een bakkerij in Breda en Tilburg")).status());
        assertEquals(2, count("SELECT COUNT(*) FROM revision"));
        page = web.get("/opdracht/1");
        assertEquals(1, page.doc().select(".versions li").size(), "the version shown is not listed as an earlier one");
        assertTrue(page.text(".versions li").startsWith("Versie 1"));
        var first = web.get("/opdracht/1/versies/1");
        assertEquals(200, first.status());
        assertTrue(first.text(".answer").contains("Een bakkerij in Breda"));
        assertFalse(first.text(".answer").contains("Tilburg"));
        assertEquals(404, web.get("/opdracht/1/versies/3").status());
        assertEquals(404, web.get("/opdracht/1/versies/x").status());
    }

    @Test
    void submitWithProblems_is422_everyValueKept_eachMessageNextToItsField_andTheDraftIsSaved() {
        web.get("/opdracht/1");
        List<String> form = new ArrayList<>(List.of("organisatie", "Twee woorden", "rol", "Eigenaar", "klanten", "twaalf",
                "aanbeveling", "9", "sinds", "31-02-2026", "beltijd", "", "return", "opdracht"));
        var res = post("/opdracht/1/inleveren", form);
        assertEquals(422, res.status());
        assertEquals("Schrijf minstens 3 woorden (nu 2).", res.text("#a-organisatie-msg"));
        assertEquals("Vul een heel getal in, bijvoorbeeld 12.", res.text("#a-klanten-msg"));
        assertEquals("Vul een datum in als 23-11-2026.", res.text("#a-sinds-msg"));
        assertEquals("Twee woorden", res.doc().selectFirst("#a-organisatie").text());
        assertEquals("twaalf", res.doc().selectFirst("#a-klanten").val());
        assertEquals("31-02-2026", res.doc().selectFirst("#a-sinds").val());
        assertTrue(res.doc().selectFirst("input[name=aanbeveling][value=9]").hasAttr("checked"));
        assertEquals(3, res.doc().select("#fouten li").size());
        assertEquals("#a-klanten", res.doc().select("#fouten li a").get(1).attr("href"));
        assertEquals(0, count("SELECT COUNT(*) FROM revision"));
        assertTrue(one("SELECT draft FROM answer").contains("twaalf"), "nothing typed is lost");

        var outOfRange = post("/opdracht/1/inleveren", List.of("organisatie", "Een kleine winkel hier", "rol", "Eigenaar",
                "klanten", "20000", "aanbeveling", "9", "return", "opdracht"));
        assertEquals("Vul een getal van 0 tot en met 10.000 in.", outOfRange.text("#a-klanten-msg"));
        var missing = post("/opdracht/1/inleveren", List.of("organisatie", "Een kleine winkel hier", "return", "opdracht"));
        assertEquals("Maak een keuze.", missing.text("#a-rol-msg"));
        assertEquals("Vul dit in.", missing.text("#a-klanten-msg"));
    }

    @Test
    void draftWithAValueOfTheWrongType_isSavedAndWarned() {
        web.get("/opdracht/1");
        assertEquals(303, post("/opdracht/1/concept", List.of("klanten", "ongeveer 40", "return", "opdracht")).status());
        var page = web.get("/opdracht/1");
        assertEquals("ongeveer 40", page.doc().selectFirst("#a-klanten").val());
        assertTrue(page.text("#a-klanten-msg").startsWith("Vul een heel getal in"));
    }

    @Test
    void unknownChoiceValue_is422NotStoredAsAnswer() {
        web.get("/opdracht/1");
        List<String> form = stepOne("Een bakkerij in Breda");
        form.set(form.indexOf("Eigenaar"), "Koning");
        form.addAll(List.of("return", "opdracht"));
        var res = post("/opdracht/1/inleveren", form);
        assertEquals(422, res.status());
        assertEquals("Kies een van de opties.", res.text("#a-rol-msg"));
        assertEquals(0, count("SELECT COUNT(*) FROM revision"));
    }

    @Test
    void tamperedFieldNames_are400AndNothingIsStored() {
        web.get("/opdracht/1");
        for (List<String> form : List.of(
                List.of("bestaat_niet", "x"),
                List.of("organisatie[0].x", "x"),
                List.of("momenten[0].organisatie", "x"),
                List.of("_action", "remove:bestaat:1"),
                List.of("_action", "explode:momenten"))) {
            var res = post("/opdracht/1/concept", form);
            assertEquals(400, res.status(), form.toString());
        }
        assertEquals(400, post("/opdracht/2/concept", List.of("momenten[0].geheim", "x")).status());
        assertEquals(400, post("/opdracht/2/concept", List.of("momenten[1000].organisatie", "x")).status());
        assertEquals(0, count("SELECT COUNT(*) FROM answer"));
    }

    @Test
    void lockedUnknownAndAssignmentlessSteps_takeNoAnswers() {
        WebClient fresh = Accounts.register(app, "nieuw@example.nl", "Nieuw");
        fresh.get("/opdracht/1");
        assertEquals(403, fresh.post("/opdracht/2/concept", "momenten[0].organisatie", "te vroeg").status());
        assertEquals(403, fresh.get("/opdracht/2").status());
        assertEquals(404, fresh.post("/opdracht/9/concept", "x", "y").status());
        assertEquals(404, fresh.get("/opdracht/abc").status());
        assertEquals(0, count("SELECT COUNT(*) FROM answer"));
    }

    @Test
    void oversizedValues_are422WithTheLimitSaid_andTheTextKept() {
        web.get("/opdracht/1");
        String huge = "woord ".repeat(2000);
        var res = post("/opdracht/1/concept", List.of("organisatie", huge, "return", "opdracht"));
        assertEquals(422, res.status());
        assertEquals("Hier passen hoogstens 10.000 tekens; nu zijn het er 11.999.", res.text("#a-organisatie-msg"));
        assertEquals(huge.strip(), res.doc().selectFirst("#a-organisatie").text().strip());
        assertEquals(0, count("SELECT COUNT(*) FROM answer"));
        var tooBig = web.postRaw("/opdracht/1/concept", "application/x-www-form-urlencoded",
                "_csrf=" + web.csrf() + "&organisatie=" + "x".repeat(1_100_000));
        assertEquals(413, tooBig.status());
    }

    @Test
    void listWithTheWrongCount_andLogRowsOutsideTheWindow_areRefusedWithMessagesNextToThem() {
        web.get("/opdracht/2");
        List<String> form = stepTwo("Magisch", "Maakt niet uit");
        form.addAll(List.of("contacten[2].at", "2026-11-21T08:00", "contacten[2].wie", "Te oud", "contacten[2].indruk", "Miserabel"));
        form.subList(0, 4).clear();
        var res = post("/opdracht/2/inleveren", form);
        assertEquals(422, res.status());
        assertEquals("Vul er precies 3 in; je hebt er 2 ingevuld.", res.text("#a-momenten-msg"));
        assertTrue(res.text("#a-contacten-2-at-msg").startsWith("Deze tijd valt buiten de 24 uur voor het inleveren."));
        assertEquals("Te oud", res.doc().selectFirst("#a-contacten-2-wie").val());
        assertEquals(3, res.doc().select("#a-momenten .items > li").size(), "two filled, one empty slot to fill");
    }

    @Test
    void log_showsTheCountPerImpressionAndTheShareOfMaaktNietUit_afterSaving() {
        web.get("/opdracht/2");
        List<String> form = stepTwo("Maakt niet uit", "Magisch", "Maakt niet uit", "Maakt niet uit", "Miserabel", "Maakt niet uit", "Maakt niet uit");
        form.addAll(List.of("return", "opdracht"));
        assertEquals(303, post("/opdracht/2/concept", form).status());
        var page = web.get("/opdracht/2");
        assertEquals("5 van je 7 contacten (72%) waren 'Maakt niet uit'.", page.text(".chart.share .insight-stat"),
                "largest remainder: 72 + 14 + 14 = 100");
        var rows = page.doc().select(".chart.share tbody tr");
        assertEquals("Magisch 1 14%", rows.get(0).text());
        assertEquals("Maakt niet uit 5 72%", rows.get(1).text());
        assertEquals("Miserabel 1 14%", rows.get(2).text());

        form.addAll(List.of("return", "opdracht"));
        var submitted = post("/opdracht/2/inleveren", form);
        assertEquals(303, submitted.status(), submitted.body());
        page = web.get("/opdracht/2");
        assertEquals("5 van je 7 contacten (72%) waren 'Maakt niet uit'.", page.text(".chart.share .insight-stat"));
        assertTrue(page.text(".answer table").contains("ma 23 nov. 06:15 Contact 6 Maakt niet uit"), page.text(".answer table"));
    }

    @Test
    void addRemoveAndMoveItems_workWithoutScript_byRoundTrip() {
        web.get("/opdracht/2");
        List<String> form = new ArrayList<>(List.of("contacten[0].at", "2026-11-23T08:00", "contacten[0].wie", "Bakker",
                "return", "opdracht", "_action", "add:contacten"));
        var added = post("/opdracht/2/concept", form);
        assertEquals("/opdracht/2?meer=contacten", added.location(), "no fragment: it would keep the new row's autofocus from working");
        var page = web.get(added.location());
        assertEquals(2, page.doc().select("#a-contacten .items > li").size());
        assertEquals("Bakker", page.doc().selectFirst("#a-contacten-0-wie").val());
        assertFalse(page.doc().selectFirst("#a-contacten-1-at").val().isEmpty(), "a new log row starts at the current time");

        post("/opdracht/2/concept", List.of("contacten[0].at", "2026-11-23T08:00", "contacten[0].wie", "Bakker",
                "contacten[1].at", "2026-11-23T08:30", "contacten[1].wie", "Conducteur", "return", "opdracht"));
        post("/opdracht/2/concept", List.of("contacten[0].at", "2026-11-23T08:00", "contacten[0].wie", "Bakker",
                "contacten[1].at", "2026-11-23T08:30", "contacten[1].wie", "Conducteur", "return", "opdracht", "_action", "remove:contacten:0"));
        page = web.get("/opdracht/2");
        assertEquals("Conducteur", page.doc().selectFirst("#a-contacten-0-wie").val());

        web.get("/opdracht/3");
        post("/opdracht/3/concept", List.of("reis[0].touchpoint", "Website", "reis[1].touchpoint", "Balie", "return", "opdracht",
                "_action", "down:reis:0"));
        page = web.get("/opdracht/3");
        assertEquals("Balie", page.doc().selectFirst("#a-reis-0-touchpoint").val());
        assertEquals("Website", page.doc().selectFirst("#a-reis-1-touchpoint").val());
    }

    @Test
    void autosave_answersJsonWithTheVersion_andTellsAStaleTab() {
        web.get("/opdracht/1");
        var first = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/opdracht/1/concept")))
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + web.csrf() + "&version=0&organisatie=Eerste+tab")));
        assertEquals(200, first.status());
        JsonNode json = Json.parse(first.body());
        assertTrue(json.get("ok").asBoolean());
        assertEquals(1, json.get("version").asInt());
        assertEquals("Opgeslagen om 10:00", json.get("savedAt").asText());
        assertFalse(json.get("stale").asBoolean());
        var secondTab = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/opdracht/1/concept")))
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + web.csrf() + "&version=0&organisatie=Tweede+tab")));
        JsonNode stale = Json.parse(secondTab.body());
        assertTrue(stale.get("stale").asBoolean(), "the tab saved on top of a version it had not seen");
        assertEquals(2, stale.get("version").asInt());
        assertTrue(one("SELECT draft FROM answer").contains("Tweede tab"), "last write wins");
    }

    @Test
    void autosave_ofAStepWithALog_returnsTheFreshInsight() {
        web.get("/opdracht/2");
        var res = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/opdracht/2/concept")))
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + web.csrf()
                        + "&contacten%5B0%5D.at=2026-11-23T08:00&contacten%5B0%5D.wie=Bakker&contacten%5B0%5D.indruk=Maakt+niet+uit")));
        JsonNode json = Json.parse(res.body());
        assertTrue(json.get("insights").get("contacten").asText().contains("1 van je 1 contact (100%) was 'Maakt niet uit'."));
    }

    @Test
    void lessonPage_showsTheFormBelowTheLesson_andItPostsBackThere() {
        var page = web.get("/les/1");
        assertNotNull(page.doc().selectFirst(".prose"));
        assertEquals("les", page.doc().selectFirst("form.assignment-form input[name=return]").val());
        var saved = post("/opdracht/1/concept", List.of("organisatie", "Vanaf de les", "return", "les"));
        assertEquals("/les/1#opdracht", saved.location());
        var invalid = post("/opdracht/1/inleveren", List.of("organisatie", "Vanaf de les", "return", "les"));
        assertEquals(422, invalid.status());
        assertNotNull(invalid.doc().selectFirst(".prose"), "the lesson stays around the form");
    }

    @Test
    void shows_andPrefill_bringLastWeeksAnswerIntoThisWeek() {
        web.get("/opdracht/2");
        post("/opdracht/2/inleveren", stepTwo("Magisch"));
        var page = web.get("/opdracht/3");
        var earlier = page.doc().selectFirst("#a-reis details.earlier");
        assertNotNull(earlier);
        assertTrue(earlier.text().contains("Stap 2: Alle contactmomenten"), earlier.text());
        assertTrue(earlier.text().contains("Bakker 1"));
        assertEquals("Bakker 0", page.doc().selectFirst("#a-reis-0-organisatie").val(), "prefilled from step 2");
        assertEquals(3, page.doc().select("#a-reis .items > li").size());
    }

    @Test
    void journey_maxCountOfAChoice_isChecked() {
        web.get("/opdracht/3");
        var res = post("/opdracht/3/inleveren", List.of("reis[0].touchpoint", "Website", "reis[0].feeling", "-2", "reis[0].inzet", "Messi",
                "reis[1].touchpoint", "Balie", "reis[1].feeling", "4", "reis[1].inzet", "Messi", "return", "opdracht"));
        assertEquals(422, res.status());
        assertEquals("Kies hoogstens 1 keer 'Messi'; nu 2 keer.", res.text("#a-reis-msg"));
        var bad = post("/opdracht/3/inleveren", List.of("reis[0].touchpoint", "Website", "reis[0].feeling", "9", "return", "opdracht"));
        assertEquals("Kies een cijfer van -5 tot en met 5.", bad.text("#a-reis-0-feeling-msg"));
    }

    @Test
    void aLessonEditAfterSubmitting_doesNotCorruptTheOldAnswer() throws IOException {
        app.close();
        Path content = TestApp.copyOf(TestApp.FIXTURE_COURSE);
        app = TestApp.start(content, clock);
        web = Accounts.learnerWithAllStepsOpen(app, "lotte@example.nl", "Lotte");
        web.get("/opdracht/1");
        List<String> form = stepOne("Een bakkerij in Breda");
        assertEquals(303, post("/opdracht/1/inleveren", form).status());
        app.close();
        Path lesson = content.resolve("01-welkom.md");
        Files.writeString(lesson, Files.readString(lesson)
                .replace("    - {id: klanten, type: number, label: Klanten per week, min: 0, max: 10000, integer: true, unit: klanten}\n", "")
                .replace("label: Je rol,", "label: Jouw functie,"));
        app = TestApp.start(nl.cursusschrift.Config.forTests(app.dataDir, content).withDatabaseUrl(app.config().databaseUrl()), clock);
        web = Accounts.login(app, "lotte@example.nl");
        var page = web.get("/opdracht/1");
        assertTrue(page.text(".answer").contains("Klanten per week"), "read with the fields it was written for");
        assertTrue(page.text(".answer").contains("250 klanten"));
        assertTrue(page.text(".answer").contains("Je rol"));
        assertEquals(303, post("/opdracht/1/terugtrekken", List.of()).status());
        page = web.get("/opdracht/1");
        assertTrue(page.text(".removed").contains("250"), "a removed field's value is shown read-only");
        assertNotNull(page.doc().selectFirst("input[name=rol][value=Eigenaar][checked]"));
        assertTrue(page.text("#a-rol").contains("Jouw functie"));
    }

    @Test
    void staff_seeAPreviewOfTheForm_butCannotAnswer() {
        Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null);
        WebClient staff = Accounts.login(app, "docent@example.nl");
        var page = staff.get("/les/2");
        assertNotNull(page.doc().selectFirst(".assignment .preview"));
        assertNull(page.doc().selectFirst("form.assignment-form"));
        assertEquals(403, staff.get("/opdracht/2").status());
        assertEquals(403, staff.post("/opdracht/2/concept", "momenten[0].organisatie", "x").status());
    }

    @Test
    void courseIndex_showsTheStateOfEachStep() {
        web.get("/opdracht/1");
        post("/opdracht/1/concept", List.of("organisatie", "Begin", "return", "opdracht"));
        post("/opdracht/2/inleveren", stepTwo("Magisch"));
        var cards = web.get("/").doc().select(".step-card");
        assertEquals("Concept", cards.get(0).selectFirst(".pill").text());
        assertEquals("Ingeleverd", cards.get(1).selectFirst(".pill").text());
        assertNull(cards.get(2).selectFirst(".pill"));
    }

    @Test
    void logWindow_usesTheTimeOfSubmitting() {
        web.get("/opdracht/2");
        List<String> form = stepTwo("Magisch");
        assertEquals(303, post("/opdracht/2/concept", form).status());
        clock.advance(Duration.ofHours(30));
        web = Accounts.login(app, "lotte@example.nl");
        web.get("/opdracht/2");
        var late = post("/opdracht/2/inleveren", form);
        assertEquals(422, late.status());
        assertNotNull(late.doc().selectFirst("#a-contacten-0-at-msg"));
    }
}
