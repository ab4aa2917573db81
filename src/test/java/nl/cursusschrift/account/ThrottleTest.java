package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.TestDatabase;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing is slowed down per (account, address) and per address, never per account alone: whoever
 * types wrong passwords somewhere else cannot lock the owner out (ASVS 2.2.1). Behind a trusted proxy,
 * so each request can say where it comes from.
 */
class ThrottleTest {
    static final String HOME = "192.0.2.10";
    static final String ATTACKER = "198.51.100.66";
    TestClock clock;
    TestApp app;

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(new Config(0, TestApp.tempDir("d"), TestApp.FIXTURE_COURSE, TestDatabase.url(), false, false, null, 7, null,
                nl.cursusschrift.db.Database.WriteMode.GROUP, true), clock);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** A form post from an address, with the page's CSRF token. */
    static WebClient.Res postFrom(WebClient web, String address, String path, String... nameValues) {
        StringBuilder body = new StringBuilder("_csrf=" + WebClient.encode(web.csrf()));
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            body.append('&').append(WebClient.encode(nameValues[i])).append('=').append(WebClient.encode(nameValues[i + 1]));
        }
        return web.send(HttpRequest.newBuilder(URI.create(web.url(path))).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    WebClient.Res login(WebClient web, String address, String email, String password) {
        web.get("/inloggen");
        return postFrom(web, address, "/inloggen", "email", email, "password", password);
    }

    @Test
    void wrongPasswordsFromOneAddress_slowDownThenBlockThere_whileTheOwnerLogsInFromElsewhere() {
        Accounts.user(app, Role.LEARNER, "eva@example.nl", "Eva", null);
        WebClient attacker = app.client();
        for (int i = 0; i < 3; i++) assertEquals(422, login(attacker, ATTACKER, "eva@example.nl", "fout wachtwoord " + i).status(), "try " + i);
        var slowed = login(attacker, ATTACKER, "eva@example.nl", "fout wachtwoord 3");
        assertEquals(429, slowed.status(), "the fourth try at once must wait");
        assertEquals("1", slowed.header("Retry-After"));
        assertTrue(slowed.text(".alert.error").contains("Wacht nog 1 seconde"), slowed.text(".alert.error"));
        for (int i = 3; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertEquals(422, login(attacker, ATTACKER, "eva@example.nl", "fout wachtwoord " + i).status(), "after waiting, try " + i);
        }
        clock.advance(Duration.ofMinutes(1));
        var blocked = login(attacker, ATTACKER, "eva@example.nl", Accounts.PASSWORD);
        assertEquals(429, blocked.status(), "ten failures: even the right password waits, from this address");
        assertTrue(blocked.text(".alert.error").startsWith("Er is te vaak een verkeerd wachtwoord geprobeerd."), blocked.text(".alert.error"));
        assertEquals(429, login(attacker, ATTACKER, "  EVA@Example.nl ", Accounts.PASSWORD).status(), "case and spaces make no other account");

        WebClient owner = app.client();
        assertEquals(303, login(owner, HOME, "Eva@example.nl", Accounts.PASSWORD).status(), "the owner from home is not locked out");
        clock.advance(Duration.ofMinutes(16));
        assertEquals(303, login(attacker, ATTACKER, "eva@example.nl", Accounts.PASSWORD).status(), "the window passed");
    }

    @Test
    void aFewTypos_thenTheRightPassword_logsIn_andStartsTheCountAfresh() {
        Accounts.user(app, Role.LEARNER, "joris@example.nl", "Joris", null);
        WebClient web = app.client();
        for (int i = 0; i < 3; i++) login(web, HOME, "joris@example.nl", "typo " + i);
        clock.advance(Duration.ofSeconds(1));
        assertEquals(303, login(web, HOME, "joris@example.nl", Accounts.PASSWORD).status());
        web.post("/uitloggen");
        for (int i = 0; i < 3; i++) assertEquals(422, login(web, HOME, "joris@example.nl", "typo " + i).status(), "a fresh count");
    }

    @Test
    void manyAccountsFromOneAddress_areSlowedThenBlocked_otherAddressesAreNot() {
        Accounts.user(app, Role.LEARNER, "ilse@example.nl", "Ilse", null);
        WebClient web = app.client();
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(15));
            login(web, ATTACKER, "gok" + i + "@example.nl", "fout wachtwoord");
        }
        assertEquals(429, login(web, ATTACKER, "ilse@example.nl", Accounts.PASSWORD).status());
        assertEquals(303, login(app.client(), HOME, "ilse@example.nl", Accounts.PASSWORD).status());
    }

    @Test
    void reauthenticationOnTheAccountPage_isThrottledTheSameWay() {
        Accounts.user(app, Role.LEARNER, "roos@example.nl", "Roos", null);
        WebClient web = app.client();
        assertEquals(303, login(web, ATTACKER, "roos@example.nl", Accounts.PASSWORD).status());
        web.get("/account");
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            var res = postFrom(web, ATTACKER, "/account/wachtwoord", "current", "gok " + i, "password", "een heel nieuw wachtwoord");
            if (res.status() == 429) {
                refused++;
                assertTrue(res.text("#f-current-error").startsWith("Te vaak een verkeerd wachtwoord."), res.text("main"));
            }
        }
        assertTrue(refused >= 26, "30 wrong current passwords, " + refused + " refused");
        var delete = postFrom(web, ATTACKER, "/account/verwijderen", "confirm_password", Accounts.PASSWORD);
        assertEquals(429, delete.status(), "deleting asks the same password: the same count");
        var email = postFrom(web, ATTACKER, "/account/gegevens", "name", "Roos", "email", "roos@elders.nl", "current_password", "gok");
        assertEquals(429, email.status());
    }

    @Test
    void guessingEnrolmentCodesOrResetLinks_isThrottledPerAddress() {
        Accounts.cohort(app, "Najaar", "NAJAAR-2026", null);
        WebClient web = app.client();
        web.get("/registreren");
        for (int i = 0; i < 3; i++) {
            var res = postFrom(web, ATTACKER, "/registreren", "name", "Kees", "email", "kees@example.nl", "password", Accounts.PASSWORD,
                    "code", "GOK-" + i);
            assertEquals(422, res.status());
        }
        var slowed = postFrom(web, ATTACKER, "/registreren", "name", "Kees", "email", "kees@example.nl", "password", Accounts.PASSWORD,
                "code", "NAJAAR-2026");
        assertEquals(429, slowed.status());
        assertTrue(slowed.text("#f-code-error").startsWith("Te vaak een onbekende code."), slowed.text("main"));

        web.get("/inloggen");
        for (int i = 0; i < 3; i++) {
            assertEquals(404, postFrom(web, HOME, "/wachtwoord-herstellen/" + "a".repeat(21) + i, "password", "een heel nieuw wachtwoord").status());
        }
        var refused = postFrom(web, HOME, "/wachtwoord-herstellen/" + "b".repeat(22), "password", "een heel nieuw wachtwoord");
        assertEquals(429, refused.status());
        assertTrue(refused.text(".alert.error").startsWith("Er zijn te veel onbekende links geprobeerd."), refused.text("main"));
    }
}
