package nl.cursusschrift.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.TestDatabase;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.Test;

/** /beheer/post and the invitation of a new instructor, with the mail server down, then up. */
class PostPageTest {

    private static long tries(TestApp app) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(tries), 0) FROM outbox").mapTo(Long.class).one());
    }

    @Test
    void withoutSmtpUrl_thePageWarnsThatNothingIsSent_andTheInvitationWaits() {
        try (TestApp app = TestApp.start()) {
            Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
            WebClient admin = Accounts.login(app, "beheer@example.nl");
            admin.get("/beheer");
            var made = admin.post("/beheer/docenten", "name", "Dirk Docent", "email", "dirk@example.nl", "role", "instructor");
            assertEquals(200, made.status());
            assertTrue(made.text(".alert.info").contains("er wordt niets verstuurd zolang SMTP_URL niet is ingesteld"), made.text(".alert.info"));
            var post = admin.get("/beheer/post");
            assertEquals(200, post.status());
            assertTrue(post.text(".alert.warn").startsWith("SMTP_URL is niet ingesteld: er wordt niets verstuurd."), post.text(".alert.warn"));
            assertTrue(post.text("tbody").contains("dirk@example.nl"));
            assertTrue(post.text("tbody").contains("Uitnodiging voor Testcursus Klantbeleving: kies je wachtwoord"));
            assertTrue(post.text("tbody").contains("wacht"));
            Accounts.user(app, Role.LEARNER, "lia@example.nl", "Lia", null);
            assertEquals(403, Accounts.login(app, "lia@example.nl").get("/beheer/post").status());
        }
    }

    @Test
    void aDownServer_showsTheErrorAndFails_andAfterRetryTheInvitationArrivesAndItsLinkWorks() throws Exception {
        TestClock clock = TestClock.at("2026-12-02T09:00:00Z");
        Mailbox box = Mailbox.down();
        int port = ChildProcess.freePort();
        Config config = Config.forTests(TestApp.tempDir("data"), TestApp.FIXTURE_COURSE).withDatabaseUrl(TestDatabase.url())
                .withPortAndBaseUrl(port, "http://localhost:" + port).withMail(box.settings().withMaxTries(2));
        try (TestApp app = TestApp.start(config, clock); box) {
            Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
            WebClient admin = Accounts.login(app, "beheer@example.nl");
            admin.get("/beheer");
            long t0 = System.nanoTime();
            var made = admin.post("/beheer/docenten", "name", "Dirk Docent", "email", "dirk@example.nl", "role", "instructor");
            assertEquals(200, made.status());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos(), "a down mail server costs the page nothing");
            assertTrue(made.text(".alert.info").startsWith("We hebben deze link ook gemaild naar dirk@example.nl."));
            nl.cursusschrift.Eventually.waitFor(() -> tries(app) == 1, "the first try");
            var waiting = admin.get("/beheer/post?status=waiting");
            assertTrue(waiting.text("tbody").contains("ConnectException") || waiting.text("tbody").contains("Connect"), waiting.text("tbody"));
            clock.advance(Duration.ofMinutes(1));
            nl.cursusschrift.Eventually.waitFor(() -> tries(app) == 2, "the retry");
            var failed = admin.get("/beheer/post?status=failed");
            assertTrue(failed.text("tbody").contains("mislukt"), failed.text("tbody"));
            String action = failed.doc().selectFirst("form[action^=/beheer/post/]").attr("action");

            box.up();
            var retried = admin.post(action);
            assertEquals(303, retried.status());
            MimeMessage mail = box.await(1).get(0);
            assertEquals("Uitnodiging voor Testcursus Klantbeleving: kies je wachtwoord", mail.getSubject());
            assertTrue(Mailbox.parts(mail).text().contains("als docent"));
            String path = MailApp.path(app, Mailbox.link(mail, app.url("/wachtwoord-herstellen/")));
            WebClient dirk = app.client();
            assertEquals(200, dirk.get(path).status());
            assertEquals(303, dirk.post(path, "password", "herfstbladeren op de gracht").status());
            dirk.get("/inloggen");
            assertEquals(303, dirk.post("/inloggen", "email", "dirk@example.nl", "password", "herfstbladeren op de gracht").status());
            assertEquals(404, admin.post(action).status(), "only a failed mail can be retried");
        }
    }
}
