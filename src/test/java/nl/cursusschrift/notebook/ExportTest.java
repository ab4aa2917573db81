package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
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

/**
 * Every export holds the whole conversation: Lotte handed in step 1, was asked to change it (a comment on
 * her organisation and overall feedback), handed in again and was approved; step 2 was approved with
 * comments on a list item and a log row; step 3 is a draft.
 */
class ExportTest {
    static final String ISO = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d";
    static final String CSV_DATE = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d";
    static final List<String> FEEDBACK = List.of("Vertel ook wie je klanten zijn.", "Hoeveel klanten per dag?", "Veel concreter nu.",
            "Mooi gekozen, deze bakker.", "Wat deed de conducteur precies?", "Drie sterke momenten.");
    TestApp app;
    WebClient lotte;
    WebClient teacher;
    String lotteId;
    String strangerId;

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        String other = Accounts.cohort(app, "Voorjaar", "VOORJAAR", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null), cohort);
        lotteId = Accounts.user(app, Role.LEARNER, "lotte@example.nl", "Lotte", cohort);
        strangerId = Accounts.user(app, Role.LEARNER, "vreemd@example.nl", "Vreemde", other);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1").execute());
        lotte = Accounts.login(app, "lotte@example.nl");
        teacher = Accounts.login(app, "docent@example.nl");

        submit(1, NotebookTest.stepOne("Een fietsenwinkel in Zwolle met twee monteurs"));
        decide(1, 1, "aanpassen", FEEDBACK.get(0), "c.organisatie", FEEDBACK.get(1));
        submit(1, NotebookTest.stepOne("Een fietsenwinkel in Zwolle voor forenzen en scholieren"));
        decide(1, 2, "goedkeuren", FEEDBACK.get(2));
        submit(2, NotebookTest.stepTwo("Bakker Bart"));
        decide(2, 1, "goedkeuren", FEEDBACK.get(5), "c.momenten[0]", FEEDBACK.get(3), "c.contacten[0]", FEEDBACK.get(4));
        lotte.get("/opdracht/3");
        assertEquals(303, lotte.post("/opdracht/3/concept", "reis[0].touchpoint", "Website bekeken", "return", "opdracht").status());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void submit(int step, List<String> form) {
        lotte.get("/opdracht/" + step);
        assertEquals(303, lotte.post("/opdracht/" + step + "/inleveren", form.toArray(String[]::new)).status());
    }

    private void decide(int step, int version, String action, String overall, String... comments) {
        String answer = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer WHERE user_id = :u AND step = :s")
                .bind("u", lotteId).bind("s", step).mapTo(String.class).one());
        teacher.get("/nakijken/" + answer);
        List<String> form = new ArrayList<>(List.of("versie", String.valueOf(version), "actie", action, "overall", overall));
        form.addAll(List.of(comments));
        assertEquals(303, teacher.post("/nakijken/" + answer, form.toArray(String[]::new)).status());
    }

    static List<CSVRecord> csv(String body) throws Exception {
        assertTrue(body.startsWith("\uFEFF"), "a byte order mark, for Excel");
        return CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
    }

    @Test
    void markdown_holdsEveryVersionWithItsCommentsAndFeedback_asQuotesBesideTheirItems() {
        String md = lotte.get("/schrift/mijn-schrift.md").body();
        var read = MarkdownBack.read(md);
        assertTrue(read.headings().contains("Versie 1, ingeleverd op 23 november 2026 om 10:00"), read.headings().toString());
        assertTrue(read.headings().contains("Versie 2, ingeleverd op 23 november 2026 om 10:00"));
        assertTrue(read.headings().contains("Concept, nog niet ingeleverd (bewaard op 23 november 2026 om 10:00)"));
        for (String text : FEEDBACK) assertTrue(read.quotes().stream().anyMatch(q -> q.contains(text)), text + " in " + read.quotes());
        assertEquals(3, read.quotes().stream().filter(q -> q.startsWith("Feedback van Dirk Docent")).count());
        assertTrue(read.quotes().contains("Feedback van Dirk Docent: graag aanpassen, 23 november 2026 om 10:00\n\n" + FEEDBACK.get(0)), read.quotes().toString());
        assertTrue(md.indexOf(FEEDBACK.get(3)) < md.indexOf("2. Organisatie: Bakker 1"), "the comment on moment 1 right below it");
    }

    @Test
    void json_format1_hasIsoTimesAndTheFeedbackOnEachVersion() throws Exception {
        JsonNode json = Json.MAPPER.readTree(lotte.get("/schrift/mijn-schrift.json").body());
        assertEquals(1, json.get("format").asInt());
        assertTrue(json.get("geexporteerd_op").asText().matches(ISO), json.get("geexporteerd_op").asText());
        JsonNode one = json.at("/stappen/0/versies");
        assertEquals(2, one.size());
        assertEquals("2026-11-23T10:00:00+01:00", one.at("/0/ingeleverd_op").asText());
        assertEquals("revise", one.at("/0/feedback/beslissing").asText());
        assertEquals("Graag aanpassen", one.at("/0/status").asText());
        assertEquals("Dirk Docent", one.at("/0/feedback/docent").asText());
        assertTrue(one.at("/0/feedback/vrijgegeven_op").asText().matches(ISO));
        assertEquals(FEEDBACK.get(0), one.at("/0/feedback/algemeen").asText());
        assertEquals("organisatie", one.at("/0/feedback/opmerkingen/0/onderdeel").asText());
        assertEquals("Je organisatie", one.at("/0/feedback/opmerkingen/0/bij").asText());
        assertEquals(FEEDBACK.get(1), one.at("/0/feedback/opmerkingen/0/tekst").asText());
        assertEquals("approved", one.at("/1/feedback/beslissing").asText());
        assertEquals("Moment 1", json.at("/stappen/1/versies/0/feedback/opmerkingen/0/bij").asText());
        assertEquals("Contact 1", json.at("/stappen/1/versies/0/feedback/opmerkingen/1/bij").asText());
        assertEquals("reviewed", json.at("/stappen/0/status_code").asText());
        assertEquals("Website bekeken", json.at("/stappen/2/concept/reis/0/touchpoint").asText());
        assertTrue(json.at("/stappen/2/concept_bewaard_op").asText().matches(ISO));

        JsonNode mine = Json.MAPPER.readTree(lotte.get("/account/mijn-gegevens.json").body());
        assertEquals(json.get("stappen"), mine.get("stappen"), "personal data holds the same conversation");
        assertTrue(mine.at("/account/aangemaakt_op").asText().matches(ISO));
        assertTrue(mine.at("/sessies/0/laatst_actief").asText().matches(ISO));
    }

    @Test
    void learnersCsv_parsedBack_holdsTheValuesTheNotebookShows_andTheFeedback() throws Exception {
        Map<String, String> shown = new LinkedHashMap<>();
        for (var entry : lotte.get("/schrift").doc().select("#stap-1 .answer-entry")) {
            var text = entry.selectFirst(".answer-text");
            shown.put(entry.selectFirst(".answer-label").text(), text == null ? "" : text.wholeText());
        }
        List<CSVRecord> rows = csv(lotte.get("/schrift/mijn-schrift.csv").body());
        Map<String, String> latest = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get("stap").equals("1") && r.get("versie").equals("2") && r.get("soort").equals("antwoord"))
                .forEach(r -> latest.put(r.get("vraag"), r.get("antwoord")));
        assertEquals(shown, latest);
        assertEquals(7, shown.size());
        assertTrue(rows.stream().allMatch(r -> r.get("ingeleverd_op").isEmpty() || r.get("ingeleverd_op").matches(CSV_DATE)));
        CSVRecord comment = rows.stream().filter(r -> r.get("soort").equals("opmerking") && r.get("stap").equals("1")).findFirst().orElseThrow();
        assertEquals(List.of("Je organisatie", "organisatie", FEEDBACK.get(1), "Dirk Docent"),
                List.of(comment.get("vraag"), comment.get("veld"), comment.get("opmerking"), comment.get("docent")));
        assertEquals(3, rows.stream().filter(r -> r.get("soort").equals("feedback")).count());
        assertTrue(rows.stream().anyMatch(r -> r.get("versie").equals("concept") && r.get("antwoord").equals("Website bekeken")));
    }

    @Test
    void cohortCsv_isARowPerVersion_submittedOnly_unlessDraftsAreAsked() throws Exception {
        List<CSVRecord> rows = csv(teacher.get("/voortgang/export.csv").body());
        assertEquals(List.of("1|1|Graag aanpassen", "1|2|Goedgekeurd", "2|1|Goedgekeurd"),
                rows.stream().map(r -> r.get("stap") + "|" + r.get("versie") + "|" + r.get("status")).toList());
        CSVRecord first = rows.get(0);
        assertEquals(List.of("Lotte", "lotte@example.nl", "Najaar"), List.of(first.get("deelnemer"), first.get("e-mailadres"), first.get("groep")));
        assertTrue(first.get("ingeleverd_op").matches(CSV_DATE) && first.get("feedback_op").matches(CSV_DATE), first.toString());
        assertEquals(FEEDBACK.get(0), first.get("algemene_feedback"));
        assertEquals("Je organisatie: " + FEEDBACK.get(1), first.get("opmerkingen"));
        assertTrue(first.get("antwoord").startsWith("Je organisatie: Een fietsenwinkel in Zwolle met twee monteurs\nJe rol: Eigenaar"), first.get("antwoord"));

        List<CSVRecord> all = csv(teacher.get("/voortgang/export.csv?status=alles").body());
        assertEquals(4, all.size());
        assertEquals("concept", all.get(3).get("versie"));

        List<CSVRecord> two = csv(teacher.get("/voortgang/export.csv?stap=2").body());
        assertEquals(1, two.size());
        assertTrue(two.get(0).get("Drie Magische Momenten").startsWith("1. Organisatie: Bakker Bart; Wat gebeurde er?: Gaf een broodje 0\n2. "));
        assertEquals("1. Wanneer: 2026-11-23 08:15; Wie of wat: Conducteur; Indruk: Maakt niet uit\n"
                + "2. Wanneer: 2026-11-23 09:15; Wie of wat: Pakketbezorger; Indruk: Miserabel", two.get(0).get("Contacten van de afgelopen 24 uur"));
        assertEquals("Moment 1: " + FEEDBACK.get(3) + "\nContact 1: " + FEEDBACK.get(4), two.get(0).get("opmerkingen"));

        List<CSVRecord> values = csv(teacher.get("/voortgang/export.csv?vorm=lang&stap=2").body());
        assertEquals("Pakketbezorger", values.stream().filter(r -> r.get("veld").equals("contacten[1].wie")).findFirst().orElseThrow().get("antwoord"));
        assertEquals(FEEDBACK.get(5), values.stream().filter(r -> r.get("soort").equals("feedback")).findFirst().orElseThrow().get("opmerking"));
    }

    @Test
    void cohortZip_andOneLearnersExports_holdTheFeedback_andStayInTheInstructorsCohorts() throws Exception {
        String md = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(teacher.sendBytes("/voortgang/export.zip")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) md = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String text : FEEDBACK) assertTrue(md.contains(text), text);
        assertFalse(md.contains("Website bekeken"), "drafts stay out unless asked");

        var json = teacher.get("/deelnemers/" + lotteId + "/schrift.json");
        assertEquals(200, json.status());
        assertEquals("attachment; filename=\"schrift-lotte-" + lotteId.substring(0, 6) + ".json\"", json.header("Content-Disposition"));
        assertEquals("revise", Json.MAPPER.readTree(json.body()).at("/stappen/0/versies/0/feedback/beslissing").asText());
        assertTrue(teacher.get("/deelnemers/" + lotteId + "/schrift.md?status=alles").body().contains("Website bekeken"));
        assertEquals(3, csv(teacher.get("/deelnemers/" + lotteId + "/schrift.csv").body()).size());
        for (String kind : List.of("md", "csv", "json")) {
            assertEquals(404, teacher.get("/deelnemers/" + strangerId + "/schrift." + kind).status(), "another cohort's learner");
            assertFalse(lotte.get("/deelnemers/" + lotteId + "/schrift." + kind).status() == 200, "not for learners");
        }
    }
}
