package nl.cursusschrift.notify;

import static nl.cursusschrift.notify.Outboxes.BASE;
import static nl.cursusschrift.notify.Outboxes.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.TestDatabase;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.mail.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reminder as it arrives over real SMTP (GreenMail): both parts, the RFC 8058 headers, and links that work. */
class MailDeliveryTest {
    final TestClock clock = new TestClock(at("2026-11-23T09:00:00"));
    Mailbox box;
    TestApp app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
        if (box != null) box.close();
    }

    @Test
    void theReminderArrives_withBothParts_unsubscribeHeaders_andLinksThatWork() throws Exception {
        box = Mailbox.start();
        app = TestApp.start(Config.forTests(TestApp.tempDir("data"), TestApp.FIXTURE_COURSE).withDatabaseUrl(TestDatabase.url())
                .withPortAndBaseUrl(0, BASE).withMail(box.settings()), clock);
        Accounts.user(app, Role.LEARNER, "ans@example.nl", "Ans de Vries", null);
        app.app.part(Notifications.class).tick();
        clock.set(at("2026-11-30T08:00:00"));
        assertEquals(1, app.app.part(Notifications.class).tick().reminders());

        List<MimeMessage> received = box.await(1);
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("Ans de Vries <ans@example.nl>", mail.getHeader("To", ","));
        assertEquals("Stap 2 staat voor je klaar", mail.getSubject());
        assertNotNull(mail.getMessageID());
        Mailbox.Parts parts = Mailbox.parts(mail);
        assertTrue(parts.text().contains("Vanaf vandaag kun je verder met stap 2: Alle contactmomenten."), parts.text());
        assertTrue(parts.html().contains("<html lang=\"nl\">") && parts.html().contains("href=\"" + BASE + "/les/2\""), parts.html());

        String unsubscribe = Mailbox.link(mail, BASE + "/afmelden/");
        assertEquals("<" + unsubscribe + ">", mail.getHeader("List-Unsubscribe", ","));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", ","));

        WebClient ans = Accounts.login(app, "ans@example.nl");
        var lesson = ans.get(Outboxes.path(Mailbox.link(mail, BASE + "/les/")));
        assertEquals(200, lesson.status());
        assertNotNull(lesson.doc().selectFirst(".prose"), "step 2 is open for her, as the mail says");
        var oneClick = app.client().postRaw(Outboxes.path(unsubscribe), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals(200, oneClick.status());
        assertTrue(!ans.get("/account").doc().selectFirst("input[name=reminder]").hasAttr("checked"));
    }
}
