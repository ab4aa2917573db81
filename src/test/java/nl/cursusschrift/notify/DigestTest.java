package nl.cursusschrift.notify;

import static nl.cursusschrift.notify.Outboxes.BASE;
import static nl.cursusschrift.notify.Outboxes.at;
import static nl.cursusschrift.notify.Outboxes.mails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Nakijkoverzicht": the morning overview per instructor, oldest first, none when nothing waits. */
class DigestTest {
    final TestClock clock = new TestClock(at("2026-11-23T07:00:00"));
    TestApp app;

    @AfterEach
    void stop() {
        app.close();
    }

    private int tick(String localTime) {
        clock.set(at(localTime));
        return app.app.part(Notifications.class).tick().digests();
    }

    @Test
    void overviewOfWaitingWork_oldestFirst_skippedWhenEmpty_oncePerDay_andSwitchedOff() {
        app = Outboxes.start(clock);
        String najaar = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        String voorjaar = Accounts.cohort(app, "Voorjaar", "VOORJAAR", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "dirk@example.nl", "Dirk Docent", null), najaar);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "vera@example.nl", "Vera Docent", null), voorjaar);
        Accounts.user(app, Role.LEARNER, "anna@example.nl", "Anna", najaar);
        Accounts.user(app, Role.LEARNER, "bram@example.nl", "Bram", najaar);
        assertEquals(0, tick("2026-11-23T07:31:00"), "nothing waits: no mail at all");

        clock.set(at("2026-11-23T09:00:00"));
        String bram = NoticesTest.submitStepOne(app, Accounts.login(app, "bram@example.nl"), "bram@example.nl");
        clock.advance(Duration.ofHours(1));
        String anna = NoticesTest.submitStepOne(app, Accounts.login(app, "anna@example.nl"), "anna@example.nl");
        assertEquals(0, tick("2026-11-24T07:29:00"));
        assertEquals(1, tick("2026-11-24T07:30:00"), "Vera's cohort has nothing waiting");
        assertEquals(0, tick("2026-11-24T12:00:00"));

        Outboxes.Mail mail = mails(app, "digest").get(0);
        assertEquals("dirk@example.nl", mail.to());
        assertEquals("Nakijkoverzicht: 2 inzendingen wachten op je", mail.subject());
        int first = mail.text().indexOf(BASE + "/nakijken/" + bram);
        int second = mail.text().indexOf(BASE + "/nakijken/" + anna);
        assertTrue(first > 0 && second > first, "oldest first: " + mail.text());
        assertTrue(mail.text().contains("Stap 1 van Bram (Najaar), ingeleverd op 23 november 2026 om 09:00"), mail.text());
        WebClient dirk = Accounts.login(app, "dirk@example.nl");
        assertEquals(200, dirk.get(Outboxes.path(BASE + "/nakijken/" + bram)).status(), "the link opens the review page");

        dirk.get("/account");
        assertEquals(303, dirk.post("/account/meldingen").status());
        assertEquals(0, tick("2026-11-25T07:30:00"), "switched off on /account");
    }
}
