package nl.cursusschrift.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewTest {
    TestClock clock;
    TestApp app;
    String cohort;
    WebClient learner;
    WebClient teacher;

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(clock);
        cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        String teacherId = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null);
        Accounts.assign(app, teacherId, cohort);
        learner = learnerIn(cohort, "anna@example.nl", "Anna");
        teacher = Accounts.login(app, "docent@example.nl");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    WebClient learnerIn(String cohortId, String email, String name) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohortId);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return Accounts.login(app, email);
    }

    static WebClient.Res post(WebClient web, String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of("_csrf", web.csrf()));
        return web.postForm(path, all);
    }

    static List<String> stepTwo(String first) {
        List<String> form = new ArrayList<>();
        for (int i = 0; i < 3; i++) form.addAll(List.of("momenten[" + i + "].organisatie", i == 0 ? first : "Bakker " + i, "momenten[" + i + "].wat", "Iets " + i));
        form.addAll(List.of("contacten[0].at", "2026-11-23T08:15", "contacten[0].wie", "Conducteur", "contacten[0].indruk", "Maakt niet uit"));
        return form;
    }

    String submit(WebClient web, String first) {
        web.get("/opdracht/2");
        assertEquals(303, post(web, "/opdracht/2/inleveren", stepTwo(first)).status());
        return answerId(web == learner ? "anna@example.nl" : null);
    }

    String answerId(String email) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT a.id FROM answer a JOIN app_user u ON u.id = a.user_id WHERE u.email = :e AND a.step = 2")
                .bind("e", email).mapTo(String.class).one());
    }

    @Test
    void theWholeLoop_reviseWithItemFeedback_learnerReads_resubmitsPrefilled_diffShown_approved() {
        String answer = submit(learner, "Fietsenmaker");
        var queue = teacher.get("/nakijken");
        assertEquals("Anna", queue.text("main table tbody th"));
        assertEquals("Stap 2: 1", queue.text(".counts li"));

        var page = teacher.get("/nakijken/" + answer);
        assertEquals(200, page.status());
        assertTrue(page.text(".review-work").contains("Fietsenmaker"));
        assertNotNull(page.doc().selectFirst("textarea[name=c.momenten[0]]"));
        var revise = post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "aanpassen", "overall", "Mooi begin, maar maak moment 1 concreter.",
                "c.momenten[0]", "Wat deed de fietsenmaker precies?", "c.contacten", "Noteer ook de e-mails."));
        assertEquals(303, revise.status());

        var home = learner.get("/schrift");
        assertEquals("1", home.text(".site-nav .badge").replaceAll("\\D", ""), "unread badge in the navigation");
        assertTrue(home.text("#stap-2 .feedback").contains("Mooi begin, maar maak moment 1 concreter."));
        assertTrue(home.text("#stap-2 .feedback").contains("nieuw"));
        assertNotNull(learner.get("/schrift").doc().selectFirst(".site-nav .badge"), "a GET marks nothing read");
        var markRead = home.doc().selectFirst("form[data-mark-read]");
        List<String> shown = new java.util.ArrayList<>();
        for (var input : markRead.select("input[type=hidden]")) shown.addAll(List.of(input.attr("name"), input.val()));
        assertEquals(303, learner.postForm(markRead.attr("action"), shown).status(), "the page posts what it showed");
        assertNull(learner.get("/schrift").doc().selectFirst(".site-nav .badge"), "posting it marked it read");

        var form = learner.get("/opdracht/2");
        assertEquals("Graag aanpassen", form.text(".assignment-head .pill"));
        assertEquals("Fietsenmaker", form.doc().selectFirst("#a-momenten-0-organisatie").val(), "the resubmission starts from the last version");
        assertTrue(form.text("#a-momenten-0 .comment").contains("Wat deed de fietsenmaker precies?"), "comment next to its item");
        assertTrue(form.text("#a-contacten .comment").contains("Noteer ook de e-mails."));
        assertTrue(teacher.get("/nakijken/" + answer).text("main").contains("Gelezen door Anna op"));

        List<String> changed = stepTwo("Fietsenmaker Jansen, die mijn band gratis plakte");
        changed.addAll(List.of("contacten[1].at", "2026-11-23T08:40", "contacten[1].wie", "Nieuwsbrief per e-mail", "contacten[1].indruk", "Maakt niet uit"));
        assertEquals(303, post(learner, "/opdracht/2/inleveren", changed).status());

        var second = teacher.get("/nakijken/" + answer);
        assertTrue(second.text(".changes summary").startsWith("Veranderd sinds versie 1"));
        assertTrue(second.doc().select(".changes ins").text().contains("Jansen, die mijn band gratis plakte"));
        assertTrue(second.text(".changes").contains("Contact 2 (nieuw)"));
        assertTrue(second.text("main").contains("Versie 1"), "earlier versions with their feedback");
        assertEquals(303, post(teacher, "/nakijken/" + answer, List.of("versie", "2", "actie", "goedkeuren", "overall", "Heel goed.")).status());
        var done = learner.get("/opdracht/2");
        assertEquals("Goedgekeurd", done.text(".assignment-head .pill"));
        assertTrue(done.text(".feedback").contains("Heel goed."));
        assertTrue(teacher.get("/nakijken").text("main").contains("Niets in deze lijst"));
    }

    @Test
    void draftFeedback_staysWithTheInstructor_untilReleased() {
        String answer = submit(learner, "Fietsenmaker");
        teacher.get("/nakijken/" + answer);
        assertEquals(303, post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "opslaan", "overall", "Eerste gedachte")).status());
        assertEquals("Eerste gedachte", teacher.get("/nakijken/" + answer).doc().selectFirst("#overall").text());
        assertFalse(learner.get("/opdracht/2").body().contains("Eerste gedachte"));
        assertNull(learner.get("/schrift").doc().selectFirst(".site-nav .badge"));
    }

    @Test
    void askingForChangesWithoutFeedback_andTooLongFeedback_are422WithTheTextKept() {
        String answer = submit(learner, "Fietsenmaker");
        teacher.get("/nakijken/" + answer);
        var empty = post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "aanpassen", "overall", " "));
        assertEquals(422, empty.status());
        assertTrue(empty.text(".alert.error").contains("Schrijf op wat de deelnemer moet aanpassen."));
        String long1 = "x".repeat(5_001);
        var tooLong = post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "goedkeuren", "overall", "Prima", "c.momenten", long1));
        assertEquals(422, tooLong.status());
        assertEquals(long1, tooLong.doc().selectFirst("textarea[name=c.momenten]").text());
        assertEquals("Prima", tooLong.doc().selectFirst("#overall").text());
        assertEquals(400, post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "goedkeuren", "c.bestaat_niet", "x")).status());
        assertEquals(400, post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "wissen")).status());
        assertEquals("submitted", app.app.database().reads().withHandle(h -> h.createQuery("SELECT state FROM answer").mapTo(String.class).one()));
    }

    @Test
    void aSubmissionThatChangedMeanwhile_isNotOverwritten_theNewVersionIsShown() {
        String answer = submit(learner, "Fietsenmaker");
        teacher.get("/nakijken/" + answer);
        learner.get("/opdracht/2");
        assertEquals(303, post(learner, "/opdracht/2/terugtrekken", List.of()).status());
        var withdrawn = post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "goedkeuren", "overall", "Mijn oordeel"));
        assertEquals(409, withdrawn.status());
        assertTrue(withdrawn.text(".alert.warn").contains("teruggetrokken"));
        assertEquals("Mijn oordeel", withdrawn.doc().selectFirst("#overall").text(), "the instructor's text is kept");

        assertEquals(303, post(learner, "/opdracht/2/inleveren", stepTwo("Fietsenmaker 2")).status());
        var newer = post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "goedkeuren", "overall", "Mijn oordeel"));
        assertEquals(409, newer.status());
        assertTrue(newer.text(".alert.warn").contains("versie 2 ingeleverd"));
        assertTrue(newer.text(".review-work").contains("Fietsenmaker 2"), "the new version is shown");
        assertEquals(0, (int) app.app.database().reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM review").mapTo(Integer.class).one()));
    }

    @Test
    void twoInstructorsOnOneSubmission_theSecondSeesItWasReviewed() {
        String answer = submit(learner, "Fietsenmaker");
        String second = Accounts.user(app, Role.INSTRUCTOR, "tweede@example.nl", "Tess Tweede", null);
        Accounts.assign(app, second, cohort);
        WebClient other = Accounts.login(app, "tweede@example.nl");
        teacher.get("/nakijken/" + answer);
        other.get("/nakijken/" + answer);
        assertEquals(303, post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "goedkeuren", "overall", "Eerste")).status());
        var late = post(other, "/nakijken/" + answer, List.of("versie", "1", "actie", "aanpassen", "overall", "Tweede"));
        assertEquals(409, late.status());
        assertTrue(late.text(".alert.warn").contains("al nagekeken door Dirk Docent"));
        assertEquals("approved", app.app.database().reads().withHandle(h -> h.createQuery("SELECT decision FROM review").mapTo(String.class).one()));
    }

    @Test
    void instructorsSeeOnlyTheirCohorts_learnersNoneOfIt() {
        String other = Accounts.cohort(app, "Voorjaar", "VOORJAAR", null);
        WebClient stranger = learnerIn(other, "bert@example.nl", "Bert");
        submit(learner, "Fietsenmaker");
        stranger.get("/opdracht/2");
        post(stranger, "/opdracht/2/inleveren", stepTwo("Kapper"));
        String strangersAnswer = answerId("bert@example.nl");
        var queue = teacher.get("/nakijken");
        assertEquals(1, queue.doc().select("main table tbody tr").size());
        assertEquals(404, teacher.get("/nakijken/" + strangersAnswer).status());
        assertEquals(404, post(teacher, "/nakijken/" + strangersAnswer, List.of("versie", "1", "actie", "goedkeuren")).status());
        assertFalse(teacher.get("/voortgang").text("main").contains("Bert"));

        Accounts.user(app, Role.ADMIN, "admin@example.nl", "Admin", null);
        WebClient admin = Accounts.login(app, "admin@example.nl");
        assertEquals(2, admin.get("/nakijken").doc().select("main table tbody tr").size());

        for (String path : List.of("/nakijken", "/nakijken/" + strangersAnswer, "/voortgang", "/voortgang/export.csv")) {
            assertEquals(403, learner.get(path).status(), path);
        }
        assertEquals(403, post(learner, "/nakijken/" + strangersAnswer, List.of("versie", "1", "actie", "goedkeuren")).status());
    }

    @Test
    void queueFilters_keysetPages_andNonsenseParametersAreIgnored() {
        for (int i = 0; i < 55; i++) {
            WebClient l = learnerIn(cohort, "l" + i + "@example.nl", "Lid " + (100 + i));
            l.get("/opdracht/2");
            clock.advance(java.time.Duration.ofSeconds(1));
            post(l, "/opdracht/2/inleveren", stepTwo("Winkel " + i));
        }
        var first = teacher.get("/nakijken?stap=2");
        assertEquals(50, first.doc().select("main table tbody tr").size());
        assertEquals("Lid 100", first.text("main table tbody th"), "oldest first");
        String next = first.doc().selectFirst("a:contains(Volgende inzendingen)").attr("href");
        var second = teacher.get(next);
        assertEquals(5, second.doc().select("main table tbody tr").size());
        assertEquals("Lid 150", second.text("main table tbody th"));
        assertEquals(1, teacher.get("/nakijken?zoek=lid+123").doc().select("main table tbody tr").size());
        assertEquals(0, teacher.get("/nakijken?stap=3").doc().select("main table tbody tr").size());
        for (String nonsense : List.of("?stap=abc", "?stap=999999999999", "?status=weg", "?groep=%27%20OR%201=1", "?na=x", "?na=1%7C%27", "?zoek=%25%25%25",
                "?zoek=" + "z".repeat(500), "?stap=-1&status=&groep=&na=")) {
            var res = teacher.get("/nakijken" + nonsense);
            assertEquals(200, res.status(), nonsense);
        }
        var page = teacher.get("/nakijken/" + answerId("l1@example.nl") + "?stap=2");
        assertTrue(page.doc().selectFirst("a[rel=next]").attr("href").startsWith("/nakijken/" + answerId("l2@example.nl")));
        assertTrue(page.doc().selectFirst("a[rel=prev]").attr("href").startsWith("/nakijken/" + answerId("l0@example.nl")));
    }

    @Test
    void progressMatrix_showsStatesAndWhoIsStuck_andExportsTheCohort() throws Exception {
        submit(learner, "Fietsenmaker");
        learnerIn(cohort, "stil@example.nl", "Stille Sam");
        clock.advance(java.time.Duration.ofDays(15));
        teacher = Accounts.login(app, "docent@example.nl");
        var page = teacher.get("/voortgang");
        var rows = page.doc().select(".matrix tbody tr");
        assertEquals(2, rows.size());
        assertEquals("Ingeleverd", rows.get(0).select("td").get(1).text());
        assertTrue(rows.get(0).select("td").get(1).selectFirst("a").attr("href").startsWith("/nakijken/"));
        assertTrue(rows.get(1).text().contains("Stil sinds"), rows.get(1).text());
        assertTrue(rows.get(1).hasClass("stuck"));

        var csv = teacher.get("/voortgang/export.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\uFEFFdeelnemer;e-mailadres;groep;stap"));
        assertTrue(csv.body().contains("Anna;anna@example.nl;Najaar;2;"));
        var zip = teacher.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/voortgang/export.zip"))));
        assertEquals(200, zip.status());
    }

    @Test
    void cohortZip_hasAMarkdownNotebookPerLearner() throws Exception {
        submit(learner, "Fietsenmaker");
        var response = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        var bytes = teacher.sendBytes("/voortgang/export.zip");
        List<String> names = new ArrayList<>();
        String content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                content = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertEquals(1, names.size());
        assertTrue(names.get(0).startsWith("anna-"));
        assertTrue(content.contains("Fietsenmaker"));
        assertNotNull(response);
    }
}
