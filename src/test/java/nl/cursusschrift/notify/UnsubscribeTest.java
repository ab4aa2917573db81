package nl.cursusschrift.notify;

import static nl.cursusschrift.notify.Outboxes.at;
import static nl.cursusschrift.notify.Outboxes.mails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The unsubscribe link of a mail: works without logging in, asks first on GET, and a forged token does nothing. */
class UnsubscribeTest {
    final TestClock clock = new TestClock(at("2026-11-23T09:00:00"));
    TestApp app;
    String ans;

    @BeforeEach
    void start() {
        app = Outboxes.start(clock);
        ans = Accounts.user(app, Role.LEARNER, "ans@example.nl", "Ans", null);
        app.app.part(Notifications.class).tick();
        clock.set(at("2026-11-30T08:00:00"));
        assertEquals(1, app.app.part(Notifications.class).tick().reminders());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private boolean remindersOn() {
        return app.app.database().reads().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM mail_preference WHERE user_id = :u AND kind = 'reminder' AND enabled = 0").bind("u", ans)
                .mapTo(Integer.class).one()) == 0;
    }

    @Test
    void theLinkAsksFirst_thenTheButtonUnsubscribes_withoutLoggingIn() {
        String path = Outboxes.path(mails(app, "reminder").get(0).unsubscribe());
        WebClient stranger = app.client();
        var page = stranger.get(path);
        assertEquals(200, page.status());
        assertEquals("Wil je geen mails over een nieuwe stap die voor je openging meer ontvangen?", page.text("main p"));
        assertTrue(remindersOn(), "opening the link (a link scanner does) changes nothing");
        var done = stranger.postRaw(page.doc().selectFirst("main form").attr("action"), "application/x-www-form-urlencoded", "");
        assertEquals(200, done.status());
        assertTrue(done.text("main").contains("Je bent afgemeld"), done.body());
        assertFalse(remindersOn());
        assertFalse(Accounts.login(app, "ans@example.nl").get("/account").doc().selectFirst("input[name=reminder]").hasAttr("checked"));
    }

    @Test
    void aMailClientsOneClickPost_unsubscribes_withoutCookiesOrCsrf() {
        String path = Outboxes.path(mails(app, "reminder").get(0).unsubscribe());
        var res = app.client().postRaw(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals(200, res.status());
        assertFalse(remindersOn());
    }

    @Test
    void aForgedOrAlteredToken_isRefused_andChangesNothing() {
        String path = Outboxes.path(mails(app, "reminder").get(0).unsubscribe());
        String altered = path.substring(0, path.length() - 2) + (path.endsWith("AA") ? "BB" : "AA");
        String otherKind = path.replace(".reminder.", ".feedback.");
        String forged = "/afmelden/" + ans + ".reminder.AAAAAAAAAAAAAAAAAAAAAA";
        for (String bad : new String[] {altered, otherKind, forged, "/afmelden/zomaar", "/afmelden/" + "x".repeat(300)}) {
            assertEquals(404, app.client().get(bad).status(), bad);
            assertEquals(404, app.client().postRaw(bad, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").status(), bad);
        }
        assertTrue(remindersOn());
    }

    @Test
    void otherPostsStillNeedTheirCsrfToken() {
        WebClient web = Accounts.login(app, "ans@example.nl");
        web.get("/account");
        assertEquals(403, web.post("/account/meldingen", "_csrf", "verkeerd").status());
        assertEquals(403, web.post("/account/agenda", "_csrf", "verkeerd").status());
        assertTrue(remindersOn());
    }
}
