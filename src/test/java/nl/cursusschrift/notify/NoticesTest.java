package nl.cursusschrift.notify;

import static nl.cursusschrift.notify.Outboxes.BASE;
import static nl.cursusschrift.notify.Outboxes.at;
import static nl.cursusschrift.notify.Outboxes.mails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feedback and replies told in hourly batches, each with a link to the exact place on the page. */
class NoticesTest {
    final TestClock clock = new TestClock(at("2026-11-23T09:00:00"));
    TestApp app;
    String cohort;
    WebClient anna;
    WebClient teacher;

    @BeforeEach
    void start() {
        app = Outboxes.start(clock);
        cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null), cohort);
        anna = learner("anna@example.nl", "Anna");
        teacher = Accounts.login(app, "docent@example.nl");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebClient learner(String email, String name) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return Accounts.login(app, email);
    }

    static String submitStepOne(TestApp app, WebClient web, String email) {
        web.get("/opdracht/1");
        assertEquals(303, web.post("/opdracht/1/inleveren", "organisatie", "Een fietsenwinkel in Zwolle", "rol", "Eigenaar",
                "klanten", "250", "aanbeveling", "9").status());
        return app.app.database().reads().withHandle(h -> h.createQuery(
                "SELECT a.id FROM answer a JOIN app_user u ON u.id = a.user_id WHERE u.email = :e AND a.step = 1").bind("e", email)
                .mapTo(String.class).one());
    }

    private String submitStepTwo() {
        anna.get("/opdracht/2");
        List<String> form = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) form.addAll(List.of("momenten[" + i + "].organisatie", "Bakker " + i, "momenten[" + i + "].wat", "Een broodje " + i));
        form.addAll(List.of("contacten[0].at", "2026-11-23T08:15", "contacten[0].wie", "Conducteur", "contacten[0].indruk", "Maakt niet uit",
                "_csrf", anna.csrf()));
        assertEquals(303, anna.postForm("/opdracht/2/inleveren", form).status());
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer WHERE step = 2").mapTo(String.class).one());
    }

    private void decide(String answer, int version, String action) {
        teacher.get("/nakijken/" + answer);
        assertEquals(303, teacher.post("/nakijken/" + answer, "versie", String.valueOf(version), "actie", action, "overall", "Mijn feedback").status());
    }

    private int tick() {
        return app.app.part(Notifications.class).tick().notices();
    }

    @Test
    void twoFeedbacksWithinAnHour_areOneMail_listingEachStepWithItsLink() {
        String one = submitStepOne(app, anna, "anna@example.nl");
        String two = submitStepTwo();
        decide(one, 1, "aanpassen");
        clock.advance(Duration.ofMinutes(10));
        decide(two, 1, "goedkeuren");
        clock.advance(Duration.ofMinutes(40));
        assertEquals(0, tick(), "the first feedback waits an hour for what may follow");
        clock.advance(Duration.ofMinutes(11));
        assertEquals(1, tick());
        assertEquals(0, tick());

        List<Outboxes.Mail> sent = mails(app, "feedback");
        assertEquals(1, sent.size());
        Outboxes.Mail mail = sent.get(0);
        assertEquals("anna@example.nl", mail.to());
        assertEquals("Feedback ontvangen", mail.subject());
        assertTrue(mail.text().contains("Stap 1: Welkom bij de testcursus: je docent vraagt om een aanpassing. " + BASE + "/les/1#opdracht"), mail.text());
        assertTrue(mail.text().contains("Stap 2: Alle contactmomenten: je hebt feedback gekregen. " + BASE + "/les/2#opdracht"), mail.text());
        assertTrue(mail.html().contains("href=\"" + BASE + "/les/1#opdracht\""), mail.html());
        assertTrue(mail.unsubscribe().startsWith(BASE + "/afmelden/"));
        var page = anna.get("/les/1");
        assertEquals(200, page.status());
        assertNotNull(page.doc().getElementById("opdracht"), "the link's anchor is on the page");

        // Asked to revise again later: a new batch, and its subject says so.
        clock.advance(Duration.ofHours(2));
        anna.get("/opdracht/1");
        assertEquals(303, anna.post("/opdracht/1/inleveren", "organisatie", "Een fietsenwinkel in Zwolle met twee monteurs", "rol", "Eigenaar",
                "klanten", "250", "aanbeveling", "9").status());
        decide(one, 2, "aanpassen");
        clock.advance(Duration.ofMinutes(61));
        assertEquals(1, tick());
        assertEquals("Je docent vraagt om een aanpassing", mails(app, "feedback").get(1).subject());
    }

    @Test
    void aReply_isToldToTheSharer_notToItsAuthor_withALinkToTheReply() {
        WebClient bram = learner("bram@example.nl", "Bram");
        submitStepOne(app, anna, "anna@example.nl");
        anna.get("/schrift");
        assertEquals(303, anna.post("/schrift/delen", "step", "1", "target", "").status());
        String share = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM share").mapTo(String.class).one());
        bram.get("/les/1");
        assertEquals(303, bram.post("/reacties/" + share + "/reageren", "tekst", "Mooi gedaan!").status());
        anna.get("/les/1");
        assertEquals(303, anna.post("/reacties/" + share + "/reageren", "tekst", "Dank je").status());
        String reply = app.app.database().reads().withHandle(h -> h.createQuery("SELECT r.id FROM share_reply r JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.email = 'bram@example.nl'").mapTo(String.class).one());
        clock.advance(Duration.ofMinutes(61));
        assertEquals(1, tick());

        List<Outboxes.Mail> sent = mails(app, "reply");
        assertEquals(List.of("anna@example.nl"), sent.stream().map(Outboxes.Mail::to).toList(), "not to bram, and anna's own reply is not news");
        Outboxes.Mail mail = sent.get(0);
        assertEquals("Reactie op je gedeelde antwoord", mail.subject());
        String link = BASE + "/les/1#antwoord-" + reply;
        assertTrue(mail.text().contains("Bram reageerde op wat je deelde bij stap 1. " + link), mail.text());
        assertTrue(mail.html().contains("href=\"" + link + "\""));
        assertNotNull(anna.get("/les/1").doc().getElementById("antwoord-" + reply), "the link lands on the reply");
    }

    @Test
    void switchedOff_theBatchIsDroppedNotKept() {
        String one = submitStepOne(app, anna, "anna@example.nl");
        anna.get("/account");
        assertEquals(303, anna.post("/account/meldingen", "reminder", "1", "reply", "1").status());
        decide(one, 1, "goedkeuren");
        clock.advance(Duration.ofMinutes(61));
        assertEquals(0, tick());
        assertEquals(0, mails(app, "feedback").size());
        anna.post("/account/meldingen", "reminder", "1", "reply", "1", "feedback", "1");
        assertEquals(0, tick(), "switching back on does not bring back what was dropped");
    }
}
