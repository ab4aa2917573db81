package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.assignment.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotebookTest {
    static final String DUTCH = "Föhn van Lisa uit Groningen,\nkoude lucht; € 39,95 — \"best\" <b>raar</b>";
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

    private WebClient.Res post(WebClient client, String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("_csrf");
        all.add(client.csrf());
        return client.postForm(path, all);
    }

    static List<String> stepOne(String organisatie) {
        return List.of("organisatie", organisatie, "rol", "Eigenaar", "klanten", "250", "aanbeveling", "9");
    }

    static List<String> stepTwo(String firstMoment) {
        List<String> form = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            form.addAll(List.of("momenten[" + i + "].organisatie", i == 0 ? firstMoment : "Bakker " + i, "momenten[" + i + "].wat", "Gaf een broodje " + i));
        }
        form.addAll(List.of("contacten[0].at", "2026-11-23T08:15", "contacten[0].wie", "Conducteur", "contacten[0].indruk", "Maakt niet uit",
                "contacten[1].at", "2026-11-23T09:15", "contacten[1].wie", "Pakketbezorger", "contacten[1].indruk", "Miserabel"));
        return form;
    }

    private void writeSomeWork(WebClient client) {
        client.get("/opdracht/1");
        assertEquals(303, post(client, "/opdracht/1/inleveren", stepOne(DUTCH)).status());
        assertEquals(303, post(client, "/opdracht/2/inleveren", stepTwo("Fietsenmaker Jansen")).status());
        assertEquals(303, post(client, "/opdracht/3/concept", List.of("reis[0].touchpoint", "Website bekeken", "return", "opdracht")).status());
    }

    private int count(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void notebook_showsEveryStepInOrder_withStateAnswerInsightsAndProgress() {
        writeSomeWork(web);
        var page = web.get("/schrift");
        assertEquals(200, page.status());
        var steps = page.doc().select(".notebook-step");
        assertEquals(3, steps.size());
        assertEquals("Ingeleverd", steps.get(0).selectFirst(".pill").text());
        assertTrue(steps.get(0).text().contains("Föhn van Lisa uit Groningen"), steps.get(0).text());
        assertTrue(steps.get(0).selectFirst(".answer-text").wholeText().contains("Groningen,\nkoude lucht"), "line breaks kept");
        assertTrue(steps.get(1).text().contains("1 van je 2 contacten (50%) was 'Maakt niet uit'."));
        assertEquals("Concept", steps.get(2).selectFirst(".pill").text());
        assertTrue(steps.get(2).text().contains("Concept, nog niet ingeleverd"));
        assertEquals("2", page.doc().selectFirst("progress").attr("value"));
        assertEquals("3", page.doc().selectFirst("progress").attr("max"));
        assertEquals("Maak je concept van stap 3 af en lever het in.", page.text(".next-text"));
        assertTrue(page.body().contains("&lt;b&gt;raar&lt;/b&gt;"), "learner text is escaped");
    }

    @Test
    void search_findsTheLearnersOwnWords_withTheStepAndAMarkedSnippet() {
        writeSomeWork(web);
        var res = web.get("/schrift?zoek=fietsenmak");
        var hits = res.doc().select(".hits li");
        assertEquals(1, hits.size(), res.text(".search-results"));
        assertTrue(hits.get(0).text().startsWith("Stap 2: Alle contactmomenten"));
        assertEquals("Fietsenmaker", hits.get(0).selectFirst("mark").text());
        assertEquals(1, web.get("/schrift?zoek=fohn").doc().select(".hits li").size(), "diacritics do not matter");
        assertEquals(1, web.get("/schrift?zoek=website").doc().select(".hits li").size(), "drafts are searched too");
        assertEquals(0, web.get("/schrift?zoek=fietsenmaker+pizza").doc().select(".hits li").size(), "every word must match");

        WebClient other = Accounts.learnerWithAllStepsOpen(app, "other@example.nl", "Ander");
        assertEquals(0, other.get("/schrift?zoek=fietsenmaker").doc().select(".hits li").size(), "only one's own words");
    }

    @Test
    void search_withOddInput_isANormalPage() {
        writeSomeWork(web);
        for (String query : new String[] {"", "   ", "\"", "AND (", "OR", "NEAR(a b)", "*", "owner:x", "body:(\"", "föhn\" OR \"x",
                "x".repeat(2000), "😀", "'; DROP TABLE answer; --"}) {
            var res = web.get("/schrift?zoek=" + WebClient.encode(query));
            assertEquals(200, res.status(), query);
            assertNotNull(res.doc().selectFirst(".search-results"), query);
        }
        assertEquals(1, count("SELECT COUNT(*) FROM app_user"));
    }

    @Test
    void exports_roundTrip_withDutchCharactersAndLineBreaks() throws Exception {
        writeSomeWork(web);
        var md = web.get("/schrift/mijn-schrift.md");
        assertEquals(200, md.status());
        assertTrue(md.header("Content-Type").startsWith("text/markdown"));
        assertEquals("attachment; filename=\"mijn-schrift.md\"", md.header("Content-Disposition"));
        assertTrue(md.body().startsWith("# Mijn schrift: Testcursus Klantbeleving"));
        // Learner text is escaped in Markdown (issue 19, F4): a Markdown reader shows it exactly as written, line break included.
        assertTrue(MarkdownBack.paragraphs(md.body()).contains(DUTCH), md.body());
        assertTrue(md.body().contains("\\<b\\>raar\\</b\\>"), "raw HTML stays text");
        assertTrue(md.body().contains("| 2026-11-23".substring(0, 0) + "| ma 23 nov. 08:15 | Conducteur | Maakt niet uit |"), md.body());
        assertTrue(md.body().contains("1. Organisatie: Fietsenmaker Jansen; Wat gebeurde er?: Gaf een broodje 0"));

        JsonNode json = Json.MAPPER.readTree(web.get("/schrift/mijn-schrift.json").body());
        assertEquals(DUTCH, json.at("/stappen/0/versies/0/antwoord/organisatie").asText());
        assertEquals(250, json.at("/stappen/0/versies/0/antwoord/klanten").asInt());
        assertEquals("Je organisatie", json.at("/stappen/0/versies/0/vragen/organisatie").asText());
        assertEquals("Conducteur", json.at("/stappen/1/versies/0/antwoord/contacten/0/wie").asText());
        assertEquals("Website bekeken", json.at("/stappen/2/concept/reis/0/touchpoint").asText());
        assertEquals("1 van je 2 contacten (50%) was 'Maakt niet uit'.", json.at("/stappen/1/inzichten/0").asText());

        var csv = web.get("/schrift/mijn-schrift.csv");
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark, for Excel");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        CSVRecord organisation = rows.stream().filter(r -> r.get("vraag").equals("Je organisatie")).findFirst().orElseThrow();
        assertEquals(DUTCH, organisation.get("antwoord"));
        // The learner's CSV has one row per value (issue 18's long shape): a log row's sub-questions are rows of their own.
        List<CSVRecord> log = rows.stream().filter(r -> r.get("vraag").equals("Contacten van de afgelopen 24 uur")).toList();
        List<CSVRecord> who = log.stream().filter(r -> r.get("onderdeel").equals("Wie of wat")).toList();
        assertEquals(2, who.size(), "one value per log row");
        assertEquals("Pakketbezorger", who.get(1).get("antwoord"));
        assertEquals("Miserabel", log.stream().filter(r -> r.get("onderdeel").equals("Indruk")).toList().get(1).get("antwoord"));
        assertEquals("2026-11-23 09:15", log.stream().filter(r -> r.get("onderdeel").equals("Wanneer")).toList().get(1).get("antwoord"));
        assertEquals(3, rows.stream().filter(r -> r.get("vraag").equals("Drie Magische Momenten") && r.get("onderdeel").equals("Organisatie")).count(),
                "one value per list item");
    }

    @Test
    void exportsOfANotebookWithoutAnswers_areValidEmptyDocuments() throws Exception {
        JsonNode json = Json.MAPPER.readTree(web.get("/schrift/mijn-schrift.json").body());
        assertEquals(3, json.get("stappen").size());
        assertEquals(0, json.at("/stappen/0/versies").size());
        var csv = web.get("/schrift/mijn-schrift.csv").body();
        assertEquals(0, CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords().size());
        assertTrue(web.get("/schrift/mijn-schrift.md").body().contains("Nog niets geschreven."));
        assertEquals(200, web.get("/schrift").status());
    }

    @Test
    void sharing_aWholeAnswerAndOneItem_showsThemToTheCohortNewestFirst_untilWithdrawn() {
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        String other = Accounts.cohort(app, "Voorjaar", "VOORJAAR", null);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET cohort_id = :c").bind("c", cohort).execute());
        WebClient me = Accounts.login(app, "lotte@example.nl");
        writeSomeWork(me);
        String mateId = Accounts.user(app, Role.LEARNER, "maat@example.nl", "Maat", cohort);
        String strangerId = Accounts.user(app, Role.LEARNER, "vreemd@example.nl", "Vreemde", other);
        for (String id : List.of(mateId, strangerId)) {
            app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        }
        WebClient mate = Accounts.login(app, "maat@example.nl");
        WebClient stranger = Accounts.login(app, "vreemd@example.nl");
        assertTrue(mate.get("/les/2").doc().select(".reaction").isEmpty(), "nothing is shared unless chosen");

        me.get("/schrift");
        assertEquals(303, post(me, "/schrift/delen", List.of("step", "2", "target", "momenten[0]")).status());
        clock.advance(java.time.Duration.ofMinutes(5));
        assertEquals(303, post(me, "/schrift/delen", List.of("step", "2", "target", "")).status());
        var reactions = mate.get("/les/2").doc().select(".reaction");
        assertEquals(2, reactions.size());
        assertTrue(reactions.get(0).text().contains("Conducteur"), "newest first: the whole answer");
        assertTrue(reactions.get(1).text().startsWith("Lotte"));
        assertTrue(reactions.get(1).text().contains("Fietsenmaker Jansen"));
        assertFalse(reactions.get(1).text().contains("Conducteur"), "only the one item");
        assertTrue(stranger.get("/les/2").doc().select(".reaction").isEmpty(), "another cohort sees nothing");

        String shareId = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM share WHERE target = ''").mapTo(String.class).one());
        stranger.get("/schrift");
        assertEquals(404, post(stranger, "/schrift/delen/" + shareId + "/intrekken", List.of()).status(), "not theirs");
        assertEquals(303, post(me, "/schrift/delen/" + shareId + "/intrekken", List.of()).status());
        assertEquals(1, mate.get("/les/2").doc().select(".reaction").size());
    }

    @Test
    void sharingADraft_orAnUnknownItem_changesNothing() {
        writeSomeWork(web);
        web.get("/schrift");
        assertEquals(404, post(web, "/schrift/delen", List.of("step", "3", "target", "")).status(), "step 3 is only a draft");
        assertEquals(404, post(web, "/schrift/delen", List.of("step", "2", "target", "momenten[7]")).status());
        assertEquals(404, post(web, "/schrift/delen", List.of("step", "2", "target", "geheim")).status());
        assertEquals(404, post(web, "/schrift/delen", List.of("step", "x", "target", "")).status());
        assertEquals(0, count("SELECT COUNT(*) FROM share"));
    }

    @Test
    void instructorsHideASharedItem_onlyInTheirOwnCohorts() {
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET cohort_id = :c").bind("c", cohort).execute());
        WebClient me = Accounts.login(app, "lotte@example.nl");
        writeSomeWork(me);
        me.get("/schrift");
        post(me, "/schrift/delen", List.of("step", "2", "target", ""));
        String shareId = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM share").mapTo(String.class).one());
        String teacher = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null);
        Accounts.user(app, Role.INSTRUCTOR, "ander@example.nl", "Andere docent", null);
        WebClient outsider = Accounts.login(app, "ander@example.nl");
        outsider.get("/les/2");
        assertEquals(404, post(outsider, "/reacties/" + shareId + "/verbergen", List.of("verberg", "1")).status());
        Accounts.assign(app, teacher, cohort);
        WebClient staff = Accounts.login(app, "docent@example.nl");
        assertEquals(1, staff.get("/les/2").doc().select(".reaction").size());
        assertEquals(303, post(staff, "/reacties/" + shareId + "/verbergen", List.of("verberg", "1")).status());
        assertTrue(me.get("/les/2").doc().select(".reaction").isEmpty(), "hidden from the group");
        assertTrue(me.get("/schrift").text("#stap-2").contains("verborgen door je docent"));
    }

    @Test
    void deletingTheAccount_withTheWrongPassword_deletesNothing_withTheRightOne_leavesNothing() {
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET cohort_id = :c").bind("c", cohort).execute());
        WebClient me = Accounts.login(app, "lotte@example.nl");
        writeSomeWork(me);
        me.get("/schrift");
        post(me, "/schrift/delen", List.of("step", "2", "target", ""));
        String id = Accounts.idOf(app, "lotte@example.nl");
        me.get("/account");
        var wrong = post(me, "/account/verwijderen", List.of("confirm_password", "niet mijn wachtwoord"));
        assertEquals(422, wrong.status());
        assertEquals("Dit is niet je wachtwoord. Er is niets verwijderd.", wrong.text("#f-confirm_password-error"));
        assertEquals(1, count("SELECT COUNT(*) FROM app_user WHERE id = '" + id + "'"));

        var deleted = post(me, "/account/verwijderen", List.of("confirm_password", Accounts.PASSWORD));
        assertEquals(303, deleted.status());
        for (String table : List.of("app_user WHERE id", "user_session WHERE user_id", "answer WHERE user_id", "share WHERE user_id",
                "search_doc WHERE user_id", "password_reset WHERE user_id")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " = '" + id + "'"), table);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM revision"));
        assertEquals(0, count("SELECT COUNT(*) FROM login_failure WHERE email = 'lotte@example.nl'"));
        if (app.config().databaseUrl() == null) {
            assertEquals(0, count("SELECT COUNT(*) FROM search_text WHERE search_text MATCH 'fietsenmaker'"), "the search index forgot too");
        }
        String audit = app.app.database().reads().withHandle(h -> h.createQuery("SELECT action || ' ' || detail FROM audit_event").mapTo(String.class).one());
        assertEquals("account-deleted deelnemer, 3 antwoorden", audit);
        assertEquals(303, me.get("/schrift").status(), "signed out");
    }

    @Test
    void myData_holdsTheAccountAndAllWork() throws Exception {
        writeSomeWork(web);
        JsonNode data = Json.MAPPER.readTree(web.get("/account/mijn-gegevens.json").body());
        assertEquals("lotte@example.nl", data.at("/account/e-mailadres").asText());
        assertEquals("Lotte", data.at("/account/naam").asText());
        assertEquals(1, data.get("sessies").size());
        assertEquals(DUTCH, data.at("/stappen/0/versies/0/antwoord/organisatie").asText());
    }

    @Test
    void anotherLearnersNotebookAndExports_areNeverReachable() {
        writeSomeWork(web);
        WebClient other = Accounts.learnerWithAllStepsOpen(app, "other@example.nl", "Ander");
        assertFalse(other.get("/schrift").body().contains("Fietsenmaker"));
        assertFalse(other.get("/schrift/mijn-schrift.json").body().contains("Fietsenmaker"));
        assertFalse(other.get("/account/mijn-gegevens.json").body().contains("lotte@example.nl"));
        assertNull(other.get("/opdracht/2").doc().selectFirst(".answer"));
    }
}
