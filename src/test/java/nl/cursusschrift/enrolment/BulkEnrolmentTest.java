package nl.cursusschrift.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.mail.MailApp;
import nl.cursusschrift.mail.Mailbox;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An admin enrols learners from a CSV: a report per line first, then the accounts and their invitations. */
class BulkEnrolmentTest {
    private static final TestClock CLOCK = TestClock.at("2026-12-02T09:00:00Z");

    /** A multipart/form-data POST as a browser sends it, with the CSV as the file "bestand" (or fields only). */
    static WebClient.Res postMultipart(WebClient web, String path, byte[] file, String... fields) {
        String boundary = "----cursusschrift" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> pairs = new java.util.ArrayList<>(List.of(fields));
        pairs.add("_csrf");
        pairs.add(web.csrf());
        for (int i = 0; i < pairs.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pairs.get(i) + "\"\r\n\r\n" + pairs.get(i + 1)
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"deelnemers.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.send(HttpRequest.newBuilder(URI.create(web.url(path))).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static WebClient admin(TestApp app) {
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        WebClient web = Accounts.login(app, "beheer@example.nl");
        assertEquals(200, web.get("/beheer/deelnemers-toevoegen").status());
        return web;
    }

    private static String problemOf(WebClient.Res res, int line) {
        for (Element row : res.doc().select("[aria-label='Regels met een probleem'] tbody tr")) {
            if (row.selectFirst("th").text().equals(String.valueOf(line))) return row.select("td").last().text();
        }
        return null;
    }

    private static long learners(TestApp app) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user WHERE role = 'learner'")
                .mapTo(Long.class).one());
    }

    @Test
    void anExcelFileWithSemicolonsAndABom_getsAReportPerLine_andConfirmedLearnersGetAnInvitationThatWorks() throws Exception {
        try (Mailbox box = Mailbox.start(); TestApp app = MailApp.start(box, CLOCK)) {
            String cohort = Accounts.cohort(app, "Voorjaar 2027", "VOOR-2027", LocalDate.of(2027, 3, 1));
            Accounts.user(app, Role.LEARNER, "bestaat@example.nl", "Bestaand", null);
            WebClient web = admin(app);
            String csv = "\uFEFFNaam;E-mail;Groep\r\n"
                    + "Anna de Vries;Anna@Example.nl;Voorjaar 2027\r\n"       // 2 ok, by cohort name
                    + "\"Bram, de Boer\";bram@example.nl;voor-2027\r\n"       // 3 ok, by code, a comma in a quoted name
                    + "Anna nogmaals;anna@example.nl;Voorjaar 2027\r\n"       // 4 duplicate of 2
                    + "Bestaand;bestaat@example.nl;\r\n"                      // 5 existing account
                    + "Carla;carla@@example.nl;\r\n"                          // 6 bad address
                    + "Daan;daan@example.nl;Najaar 2031\r\n"                  // 7 unknown cohort
                    + "Eva;eva@example.nl\r\n"                                // 8 wrong columns
                    + ";fien@example.nl;\r\n"                                 // 9 no name
                    + "Gijs;gijs@example.nl;\r\n";                            // 10 ok, no cohort
            var report = postMultipart(web, "/beheer/deelnemers-toevoegen", csv.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, report.status(), report.body());
            assertTrue(report.text("[role=status]").startsWith("3 van de 9 regels kunnen worden ingeschreven."), report.text("[role=status]"));
            assertEquals("Dit e-mailadres staat al op regel 2.", problemOf(report, 4));
            assertEquals("Er is al een account met dit e-mailadres.", problemOf(report, 5));
            assertEquals("'carla@@example.nl' is geen bruikbaar e-mailadres.", problemOf(report, 6));
            assertEquals("De groep 'Najaar 2031' bestaat niet.", problemOf(report, 7));
            assertEquals("Deze regel heeft 2 kolommen, de kopregel 3.", problemOf(report, 8));
            assertEquals("De naam ontbreekt.", problemOf(report, 9));
            assertEquals(1, learners(app), "nothing is created before the confirmation");

            String text = report.doc().selectFirst("input[name=tekst]").val();
            var done = postMultipart(web, "/beheer/deelnemers-toevoegen/bevestigen", null, "tekst", text, "aantal", "3");
            assertEquals(303, done.status(), done.body());
            assertEquals("/deelnemers", done.location());
            assertEquals(4, learners(app));
            String annaCohort = app.app.database().reads().withHandle(h -> h.createQuery("SELECT cohort_id FROM app_user WHERE email = 'anna@example.nl'")
                    .mapTo(String.class).one());
            assertEquals(cohort, annaCohort);

            List<MimeMessage> mails = box.await(3);
            assertEquals(3, mails.size());
            MimeMessage bram = mails.stream().filter(m -> m.toString() != null && header(m).contains("bram@example.nl")).findFirst().orElseThrow();
            assertEquals("Uitnodiging voor Testcursus Klantbeleving: kies je wachtwoord", bram.getSubject());
            assertTrue(Mailbox.parts(bram).text().startsWith("Hallo Bram, de Boer,"));
            assertTrue(Mailbox.parts(bram).html().contains("Kies je wachtwoord"));
            String path = MailApp.path(app, Mailbox.link(bram, app.url("/wachtwoord-herstellen/")));
            WebClient learner = app.client();
            assertEquals(200, learner.get(path).status());
            assertEquals(303, learner.post(path, "password", "zomerregen boven de polder").status());
            learner.get("/inloggen");
            assertEquals(303, learner.post("/inloggen", "email", "bram@example.nl", "password", "zomerregen boven de polder").status());

            var again = postMultipart(web, "/beheer/deelnemers-toevoegen/bevestigen", null, "tekst", text, "aantal", "3");
            assertEquals(409, again.status(), "confirming twice enrols nobody twice");
            assertEquals(4, learners(app));
        }
    }

    private static String header(MimeMessage m) {
        try {
            return m.getHeader("To", ",");
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aChangedTextOrCount_enrolsNobody_andShowsTheNewReport() {
        try (TestApp app = TestApp.start(CLOCK)) {
            WebClient web = admin(app);
            String text = "naam,e-mail,groep\nAnna,anna@example.nl,\n";
            var tampered = postMultipart(web, "/beheer/deelnemers-toevoegen/bevestigen", null, "tekst", text + "Mallory,m@example.nl,\n", "aantal", "1");
            assertEquals(409, tampered.status());
            assertTrue(tampered.text(".alert.warn").startsWith("Er is iets veranderd sinds de controle"));
            assertEquals(0, learners(app));
        }
    }

    @Test
    void wrongColumnsEmptyOrUnreadable_isAReportAboutTheFile() {
        try (TestApp app = TestApp.start(CLOCK)) {
            WebClient web = admin(app);
            var noHeader = postMultipart(web, "/beheer/deelnemers-toevoegen", "Anna,anna@example.nl,Groep\n".getBytes(StandardCharsets.UTF_8));
            assertEquals(422, noHeader.status());
            assertTrue(noHeader.text(".alert.error").startsWith("De eerste regel moet de kolomnamen geven"), noHeader.text(".alert.error"));
            var quotes = postMultipart(web, "/beheer/deelnemers-toevoegen", "naam,e-mail,groep\n\"Anna,anna@example.nl,\n".getBytes(StandardCharsets.UTF_8));
            assertEquals(422, quotes.status());
            var nothing = postMultipart(web, "/beheer/deelnemers-toevoegen", null);
            assertEquals(422, nothing.status());
            assertTrue(nothing.text("#f-bestand-error").startsWith("Kies een CSV-bestand"));
        }
    }

    @Test
    void windows1252FromExcel_isReadAsSuch() {
        try (TestApp app = TestApp.start(CLOCK)) {
            WebClient web = admin(app);
            byte[] bytes = "naam;e-mail;groep\r\nZoë Çelik;zoe@example.nl;\r\n".getBytes(Charset.forName("windows-1252"));
            var report = postMultipart(web, "/beheer/deelnemers-toevoegen", bytes);
            assertEquals(200, report.status());
            assertEquals("Zoë Çelik", report.doc().selectFirst("[aria-label='Deelnemers die worden ingeschreven'] tbody td").text());
        }
    }

    @Test
    void tenThousandLines_areAReport_andAreEnrolled() {
        try (TestApp app = TestApp.start(CLOCK)) {
            WebClient web = admin(app);
            StringBuilder csv = new StringBuilder("naam;e-mail;groep\n");
            for (int i = 0; i < 10_000; i++) csv.append("Deelnemer ").append(i).append(";deelnemer").append(i).append("@example.nl;\n");
            long t0 = System.nanoTime();
            var report = postMultipart(web, "/beheer/deelnemers-toevoegen", csv.toString().getBytes(StandardCharsets.UTF_8));
            long checked = System.nanoTime() - t0;
            assertEquals(200, report.status());
            assertTrue(report.text("[role=status]").startsWith("10000 van de 10000 regels"), report.text("[role=status]"));
            assertTrue(report.text("main").contains("En nog 9700 deelnemers."));
            t0 = System.nanoTime();
            var done = postMultipart(web, "/beheer/deelnemers-toevoegen/bevestigen", null, "tekst", report.doc().selectFirst("input[name=tekst]").val(),
                    "aantal", "10000");
            long enrolled = System.nanoTime() - t0;
            assertEquals(303, done.status(), done.body());
            assertEquals(10_000, learners(app));
            System.out.printf("bulk: 10.000 regels gecontroleerd in %d ms (pagina %d kB), ingeschreven met uitnodiging in %d ms%n",
                    checked / 1_000_000, report.body().length() / 1024, enrolled / 1_000_000);

            csv.append("Een te veel;teveel@example.nl;\n");
            var tooMany = postMultipart(web, "/beheer/deelnemers-toevoegen", csv.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(422, tooMany.status());
            assertTrue(tooMany.text(".alert.error").startsWith("Het bestand heeft meer dan 10.000 deelnemers."), tooMany.text(".alert.error"));
        }
    }
}
