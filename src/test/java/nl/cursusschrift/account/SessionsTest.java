package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions end with the browser unless "Ingelogd blijven" is ticked; the account page shows them all and ends the others. */
class SessionsTest {
    static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Version/17.5 Mobile/15E148 Safari/604.1";
    TestClock clock;
    TestApp app;

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(clock);
        Accounts.user(app, Role.LEARNER, "sanne@example.nl", "Sanne", null);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    WebClient.Res login(WebClient web, String userAgent, boolean remember) {
        web.get("/inloggen");
        String body = "email=sanne%40example.nl&password=" + WebClient.encode(Accounts.PASSWORD) + "&_csrf=" + web.csrf()
                + (remember ? "&remember=1" : "");
        return web.send(HttpRequest.newBuilder(URI.create(web.url("/inloggen"))).header("User-Agent", userAgent)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String sessionCookie(WebClient.Res res) {
        return res.headers("Set-Cookie").stream().filter(c -> c.startsWith("cs_session=")).findFirst().orElseThrow();
    }

    @Test
    void byDefault_theCookieEndsWithTheBrowser() {
        var res = login(app.client(), FIREFOX, false);
        assertEquals(303, res.status());
        String cookie = sessionCookie(res);
        assertFalse(cookie.contains("Max-Age"), cookie);
        assertFalse(cookie.contains("Expires"), cookie);
        assertEquals(1, app.client().get("/inloggen").doc().select("input[type=checkbox][name=remember]").size(), "the box is on the form");
        assertEquals("Ingelogd blijven (30 dagen)", app.client().get("/inloggen").text("label[for=f-remember]"));
    }

    @Test
    void ingelogdBlijven_keepsTheSession30Days_evenWhenIdleForDays() {
        WebClient web = app.client();
        String cookie = sessionCookie(login(web, FIREFOX, true));
        assertTrue(cookie.contains("Max-Age=2592000"), cookie);
        clock.advance(Duration.ofDays(3));
        assertEquals(200, web.get("/account").status(), "three days away: still signed in");
        clock.advance(Duration.ofDays(26));
        assertEquals(200, web.get("/account").status());
        clock.advance(Duration.ofDays(2));
        assertEquals(303, web.get("/account").status(), "more than 30 days after login");
    }

    @Test
    void theAccountPage_listsEverySession_andLogsOutEverywhereElse() {
        WebClient laptop = app.client();
        login(laptop, FIREFOX, false);
        clock.advance(Duration.ofMinutes(30));
        WebClient phone = app.client();
        login(phone, IPHONE, true);
        List<AccountEvents.SessionsEnded> ended = new ArrayList<>();
        app.app.events().afterCommit(AccountEvents.SessionsEnded.class, ended::add);

        var page = laptop.get("/account");
        var rows = page.doc().select("#sessies-kop ~ ul.sessions > li");
        assertEquals(2, rows.size(), page.text("main"));
        assertTrue(rows.get(0).text().startsWith("Firefox op Windows (dit apparaat)"), rows.get(0).text());
        assertTrue(rows.get(0).text().contains("laatst gezien om 10:30"), rows.get(0).text());
        assertTrue(rows.get(1).text().startsWith("Safari op iPhone"), rows.get(1).text());
        assertTrue(rows.get(1).text().contains("ingelogd blijven"), rows.get(1).text());

        var out = laptop.post("/account/sessies/uitloggen");
        assertEquals(303, out.status());
        assertEquals("Je bent op 1 ander apparaat uitgelogd.", laptop.get("/account").text(".flash"));
        assertEquals(303, phone.get("/account").status(), "the phone is signed out");
        assertEquals(200, laptop.get("/account").status(), "this device stays signed in");
        assertEquals(1, ended.size());
        assertEquals(1, ended.get(0).count());
        assertEquals(1, laptop.get("/account").doc().select("#sessies-kop ~ ul.sessions > li").size());
        assertTrue(laptop.get("/account").doc().select("form[action=/account/sessies/uitloggen]").isEmpty(), "nothing else to end");
    }

    @Test
    void aPasswordChange_endsTheOtherSessions_butKeepsThisOneRemembered() {
        WebClient laptop = app.client();
        login(laptop, FIREFOX, true);
        WebClient phone = app.client();
        login(phone, IPHONE, false);
        laptop.get("/account");
        var changed = laptop.post("/account/wachtwoord", "current", Accounts.PASSWORD, "password", "een heel nieuw wachtwoord");
        assertEquals(303, changed.status());
        assertTrue(sessionCookie(changed).contains("Max-Age=2592000"), "still remembered: " + sessionCookie(changed));
        assertEquals(303, phone.get("/account").status());
        assertEquals(200, laptop.get("/account").status());
    }
}
