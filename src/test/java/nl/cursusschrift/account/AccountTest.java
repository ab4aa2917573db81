package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountTest {
    TestClock clock;
    TestApp app;

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(clock);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private int count(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void register_createsALearnerLogsInAndLandsOnTheCourseHome() {
        WebClient web = app.client();
        web.get("/registreren");
        var res = web.post("/registreren", "name", "Anna de Vries", "email", "Anna@Example.NL", "password", Accounts.PASSWORD, "code", "");
        assertEquals(303, res.status());
        assertEquals("/", res.location());
        var home = web.get("/");
        assertEquals("Welkom bij de cursus, Anna de Vries! Stap 1 staat voor je klaar.", home.text(".flash"));
        assertEquals("Stap 1: Welkom bij de testcursus", home.text("#nu-kop"));
        assertEquals(1, count("SELECT COUNT(*) FROM app_user WHERE email = 'anna@example.nl' AND role = 'learner'"));
        String hash = app.app.database().reads().withHandle(h -> h.createQuery("SELECT password_hash FROM app_user").mapTo(String.class).one());
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    }

    @Test
    void register_withEmptyAndMalformedFields_keepsTheOtherValuesButNeverThePassword() {
        WebClient web = app.client();
        web.get("/registreren");
        var res = web.post("/registreren", "name", "", "email", "geen-adres", "password", "kort", "code", "");
        assertEquals(422, res.status());
        assertEquals("Vul je naam in.", res.text("#f-name-error"));
        assertEquals("Dit lijkt geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.", res.text("#f-email-error"));
        assertEquals("Je wachtwoord moet minstens 12 tekens lang zijn.", res.text("#f-password-error"));
        assertEquals("geen-adres", res.doc().selectFirst("#f-email").val());
        assertEquals("", res.doc().selectFirst("#f-password").val());
        assertEquals("true", res.doc().selectFirst("#f-email").attr("aria-invalid"));
        assertEquals(0, count("SELECT COUNT(*) FROM app_user"));
    }

    @Test
    void register_passwordRules_lengthAndCommonPasswordsButNoCompositionRules() {
        Passwords passwords = new Passwords();
        assertEquals("Je wachtwoord moet minstens 12 tekens lang zijn.", passwords.problem("12345678901"));
        assertNotNull(passwords.problem("password"));
        assertNotNull(passwords.problem("Welkom123"));
        assertNotNull(passwords.problem("x".repeat(129)));
        assertNull(passwords.problem("een fiets, twee fietsen, drie fietsen en een bakfiets ".repeat(3).substring(0, 128)));
        assertNull(passwords.problem("alleen kleine letters zonder cijfers"));
        assertNull(passwords.problem("😀ñ€ü🙂 ‰ tabs\tand spaces"), "every character allowed");
        String hash = Passwords.hash("ünïcødé wachtwoord 😀");
        assertTrue(passwords.verify("ünïcødé wachtwoord 😀", hash));
        assertFalse(passwords.verify("unicode wachtwoord", hash));
    }

    @Test
    void register_duplicateEmailInAnyCase_saysSoAndKeepsTheForm() {
        Accounts.register(app, "piet@example.nl", "Piet");
        WebClient web = app.client();
        web.get("/registreren");
        var res = web.post("/registreren", "name", "Piet Twee", "email", " PIET@example.nl ", "password", Accounts.PASSWORD, "code", "");
        assertEquals(422, res.status());
        assertTrue(res.text("#f-email-error").startsWith("Er is al een account met dit e-mailadres."));
        assertEquals("Piet Twee", res.doc().selectFirst("#f-name").val());
        assertEquals(1, count("SELECT COUNT(*) FROM app_user"));
    }

    @Test
    void register_withEnrolmentCode_joinsTheCohort_unknownAndExpiredCodesAreRefused() {
        String cohort = Accounts.cohort(app, "Voorjaar", "LENTE-2027", null);
        app.app.database().write(h -> h.createUpdate("INSERT INTO cohort (id, name, code, expires_at, all_open, created_at) "
                + "VALUES ('old', 'Oud', 'OUD-1', " + (clock.millis() - 1000) + ", 0, 0)").execute());
        WebClient web = app.client();
        web.get("/registreren");
        var unknown = web.post("/registreren", "name", "Kees", "email", "kees@example.nl", "password", Accounts.PASSWORD, "code", "NIET-BESTAAND");
        assertEquals(422, unknown.status());
        assertTrue(unknown.text("#f-code-error").startsWith("Deze inschrijfcode kennen we niet."));
        var expired = web.post("/registreren", "name", "Kees", "email", "kees@example.nl", "password", Accounts.PASSWORD, "code", "oud-1");
        assertEquals(422, expired.status());
        assertEquals("Deze inschrijfcode is verlopen. Vraag je docent om een nieuwe code.", expired.text("#f-code-error"));
        var ok = web.post("/registreren", "name", "Kees", "email", "kees@example.nl", "password", Accounts.PASSWORD, "code", " lente-2027 ");
        assertEquals(303, ok.status());
        assertEquals(cohort, app.app.database().reads().withHandle(h ->
                h.createQuery("SELECT cohort_id FROM app_user WHERE email = 'kees@example.nl'").mapTo(String.class).one()));
    }

    @Test
    void login_givesANewSessionIdEveryTime_noSessionFixation() {
        Accounts.register(app, "lies@example.nl", "Lies");
        WebClient web = app.client();
        web.get("/inloggen");
        web.post("/inloggen", "email", "lies@example.nl", "password", Accounts.PASSWORD);
        String first = web.cookie(Access.SESSION_COOKIE).orElseThrow();
        web.get("/");
        web.post("/inloggen", "email", "lies@example.nl", "password", Accounts.PASSWORD);
        String second = web.cookie(Access.SESSION_COOKIE).orElseThrow();
        assertNotEquals(first, second);
        assertEquals(22, second.length(), "128 random bits, base64url");
        assertEquals(0, count("SELECT COUNT(*) FROM user_session WHERE id_hash = '" + nl.cursusschrift.db.Ids.sha256(first) + "'"),
                "the old session ended at the new login");
        assertEquals(1, count("SELECT COUNT(*) FROM user_session WHERE id_hash = '" + nl.cursusschrift.db.Ids.sha256(second) + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM user_session WHERE id_hash = '" + first + "' OR id_hash = '" + second + "'"),
                "only hashes are stored");
    }

    @Test
    void login_wrongPasswordAndUnknownEmail_getTheSameAnswer() {
        Accounts.register(app, "joris@example.nl", "Joris");
        WebClient web = app.client();
        web.get("/inloggen");
        var wrong = web.post("/inloggen", "email", "joris@example.nl", "password", "verkeerd wachtwoord");
        var unknown = web.post("/inloggen", "email", "niemand@example.nl", "password", "verkeerd wachtwoord");
        assertEquals(422, wrong.status());
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.text(".alert.error"), unknown.text(".alert.error"));
        assertEquals("joris@example.nl", wrong.doc().selectFirst("#f-email").val());
    }

    @Test
    void login_comparesEmailCaseInsensitively() {
        Accounts.register(app, "mira@example.nl", "Mira");
        WebClient web = app.client();
        web.get("/inloggen");
        assertEquals(303, web.post("/inloggen", "email", "  MIRA@Example.nl", "password", Accounts.PASSWORD).status());
    }

    @Test
    void sessionCookie_isHttpOnlyAndSameSiteLax() {
        WebClient web = app.client();
        web.get("/registreren");
        var res = web.post("/registreren", "name", "Bo", "email", "bo@example.nl", "password", Accounts.PASSWORD, "code", "");
        String cookie = res.headers("Set-Cookie").stream().filter(c -> c.startsWith("cs_session=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain http by default: " + cookie);
    }

    @Test
    void sessionCookie_isSecureWhenCookieSecureIsSet() {
        var config = new nl.cursusschrift.Config(0, TestApp.tempDir("d"), TestApp.FIXTURE_COURSE, nl.cursusschrift.TestDatabase.url(),
                false, true, null, 7, null, nl.cursusschrift.db.Database.WriteMode.GROUP);
        try (TestApp secure = TestApp.start(config, clock)) {
            WebClient web = secure.client();
            var form = web.get("/registreren");
            String csrfCookie = form.headers("Set-Cookie").stream().filter(c -> c.startsWith("__Host-cs_csrf=")).findFirst().orElseThrow();
            assertTrue(csrfCookie.contains("; Secure"), csrfCookie);
            String token = csrfCookie.substring("__Host-cs_csrf=".length(), csrfCookie.indexOf(';'));
            // the client rightly keeps Secure cookies off plain http, so send it by hand as a browser on https would
            var res = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(secure.url("/registreren")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "__Host-cs_csrf=" + token)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("name=Bo&email=bo%40example.nl&password=lange+zomeravond+42&code=&_csrf=" + token)));
            assertEquals(303, res.status());
            String cookie = res.headers("Set-Cookie").stream().filter(c -> c.startsWith("__Host-cs_session=")).findFirst().orElseThrow();
            assertTrue(cookie.contains("; Secure"), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.contains("Path=/"), cookie);
            assertFalse(cookie.contains("Domain"), cookie);
            assertNotNull(res.header("Strict-Transport-Security"));
        }
    }

    @Test
    void logout_destroysTheSessionOnTheServer() {
        WebClient web = Accounts.register(app, "sam@example.nl", "Sam");
        String token = web.cookie(Access.SESSION_COOKIE).orElseThrow();
        web.get("/");
        assertEquals(303, web.post("/uitloggen").status());
        assertEquals(0, count("SELECT COUNT(*) FROM user_session"));
        WebClient thief = app.client();
        thief.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/account")))
                .header("Cookie", Access.SESSION_COOKIE + "=" + token));
        var res = thief.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/account")))
                .header("Cookie", Access.SESSION_COOKIE + "=" + token));
        assertEquals(303, res.status(), "the old cookie no longer signs anyone in");
        assertTrue(res.location().startsWith("/inloggen"));
    }

    @Test
    void csrf_missingOrWrongToken_isRefusedWithADutch403AndChangesNothing() {
        WebClient web = Accounts.register(app, "tom@example.nl", "Tom");
        web.get("/account");
        var missing = web.postForm("/account/gegevens", List.of("name", "Gehackt", "email", "tom@example.nl"));
        assertEquals(403, missing.status());
        assertEquals("Geen toegang", missing.text("main h1"));
        var wrong = web.post("/account/gegevens", "name", "Gehackt", "email", "tom@example.nl", "_csrf", "x".repeat(22));
        assertEquals(403, wrong.status());
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE name = 'Gehackt'"));
        WebClient visitor = app.client();
        assertEquals(403, visitor.postForm("/inloggen", List.of("email", "tom@example.nl", "password", Accounts.PASSWORD)).status());
        assertEquals(403, web.postForm("/uitloggen", List.of()).status());
    }

    @Test
    void throttle_tenFailuresFromOneAddressLockTheAccountThereForAQuarter_successResetsTheCounter() {
        Accounts.register(app, "eva@example.nl", "Eva");
        WebClient web = app.client();
        web.get("/inloggen");
        // From the fourth failure on each try waits a little longer first (at most a minute): wait it out.
        for (int i = 0; i < 9; i++) {
            web.post("/inloggen", "email", "eva@example.nl", "password", "fout wachtwoord " + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(303, web.post("/inloggen", "email", "eva@example.nl", "password", Accounts.PASSWORD).status(), "9 failures: still allowed");
        web.post("/uitloggen");
        web.get("/inloggen");
        for (int i = 0; i < 10; i++) {
            web.post("/inloggen", "email", "eva@example.nl", "password", "fout wachtwoord " + i);
            clock.advance(Duration.ofMinutes(1));
        }
        var blocked = web.post("/inloggen", "email", "eva@example.nl", "password", Accounts.PASSWORD);
        assertEquals(429, blocked.status());
        assertTrue(blocked.text(".alert.error").startsWith("Er is te vaak een verkeerd wachtwoord geprobeerd."));
        var unknownToo = web.post("/inloggen", "email", "EVA@example.nl", "password", "x".repeat(10));
        assertEquals(429, unknownToo.status());
        clock.advance(Duration.ofMinutes(16));
        assertEquals(303, web.post("/inloggen", "email", "eva@example.nl", "password", Accounts.PASSWORD).status());
    }

    @Test
    void throttle_fiftyFailuresFromOneAddressBlockEveryAccountFromThere() {
        Accounts.register(app, "ilse@example.nl", "Ilse");
        WebClient web = app.client();
        web.get("/inloggen");
        for (int i = 0; i < 50; i++) web.post("/inloggen", "email", "gok" + i + "@example.nl", "password", "fout wachtwoord");
        assertEquals(429, web.post("/inloggen", "email", "ilse@example.nl", "password", Accounts.PASSWORD).status());
    }

    @Test
    void sessions_endAfterIdleTimeAndAfterTheAbsoluteLimit() {
        WebClient web = Accounts.register(app, "ruud@example.nl", "Ruud");
        clock.advance(Duration.ofHours(23));
        assertEquals(200, web.get("/account").status());
        clock.advance(Duration.ofHours(23));
        assertEquals(200, web.get("/account").status(), "activity keeps the session alive");
        clock.advance(Duration.ofHours(25));
        assertEquals(303, web.get("/account").status(), "idle for more than 24 hours");

        WebClient busy = Accounts.login(app, "ruud@example.nl");
        for (int i = 0; i < 16; i++) {
            clock.advance(Duration.ofHours(20));
            assertEquals(200, busy.get("/account").status(), "active, " + (i + 1) * 20 + " hours after login");
        }
        clock.advance(Duration.ofHours(20));
        assertEquals(303, busy.get("/account").status(), "more than 14 days after login, however active");
    }

    @Test
    void next_onlyLocalPathsAreFollowed() {
        Accounts.register(app, "nina@example.nl", "Nina").post("/uitloggen");
        for (String evil : new String[] {"https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "evil.example"}) {
            WebClient web = app.client();
            web.get("/inloggen");
            var res = web.post("/inloggen", "email", "nina@example.nl", "password", Accounts.PASSWORD, "next", evil);
            assertEquals("/", res.location(), evil);
        }
        WebClient web = app.client();
        var page = web.get("/inloggen?next=/les/1");
        assertEquals("/les/1", page.doc().selectFirst("input[name=next]").val());
        assertEquals("/les/1", web.post("/inloggen", "email", "nina@example.nl", "password", Accounts.PASSWORD, "next", "/les/1").location());
    }

    @Test
    void protectedPage_sendsVisitorsToLoginAndBack() {
        WebClient web = app.client();
        var res = web.get("/account");
        assertEquals(303, res.status());
        assertEquals("/inloggen?next=%2Faccount", res.location());
    }

    @Test
    void resetLink_setsANewPasswordOnce_endsAllSessions_expiresAfter24Hours() {
        WebClient learner = Accounts.register(app, "fleur@example.nl", "Fleur");
        String userId = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM app_user").mapTo(String.class).one());
        var links = new nl.cursusschrift.account.Accounts(new nl.cursusschrift.db.Transactions(app.app.database(), app.app.events()), clock);
        String token = links.resetLink(userId);

        WebClient web = app.client();
        assertEquals(200, web.get("/wachtwoord-herstellen/" + token).status());
        var weak = web.post("/wachtwoord-herstellen/" + token, "password", "wachtwoord");
        assertEquals(422, weak.status());
        var ok = web.post("/wachtwoord-herstellen/" + token, "password", "nieuwe lente in utrecht");
        assertEquals(303, ok.status());
        assertEquals(303, learner.get("/account").status(), "the old session ended");
        var again = web.get("/wachtwoord-herstellen/" + token);
        assertEquals(410, again.status());
        assertTrue(again.text(".alert.error").startsWith("Deze link is al gebruikt."));
        assertEquals(410, web.post("/wachtwoord-herstellen/" + token, "password", "nog een ander wachtwoord").status());
        web.get("/inloggen");
        assertEquals(303, web.post("/inloggen", "email", "fleur@example.nl", "password", "nieuwe lente in utrecht").status());

        String late = links.resetLink(userId);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        var expired = web.get("/wachtwoord-herstellen/" + late);
        assertEquals(410, expired.status());
        assertTrue(expired.text(".alert.error").startsWith("Deze link is verlopen"));
        assertEquals(404, web.get("/wachtwoord-herstellen/" + "a".repeat(22)).status());
    }

    @Test
    void accountPage_changesNameFreely_emailOnlyWithTheCurrentPassword() {
        WebClient web = Accounts.register(app, "daan@example.nl", "Daan");
        var page = web.get("/account");
        assertEquals("Daan", page.doc().selectFirst("#f-name").val());
        assertTrue(page.text("main").contains("Je cursus is begonnen op maandag 23 november 2026"), page.text("main"));
        assertEquals(303, web.post("/account/gegevens", "name", "Daan Jansen", "email", "daan@example.nl", "current_password", "").status());
        var noPassword = web.post("/account/gegevens", "name", "Daan Jansen", "email", "daan@elders.nl", "current_password", "");
        assertEquals(422, noPassword.status());
        assertEquals("daan@elders.nl", noPassword.doc().selectFirst("#f-email").val());
        assertEquals(303, web.post("/account/gegevens", "name", "Daan Jansen", "email", "Daan@Elders.nl", "current_password", Accounts.PASSWORD).status());
        assertEquals(1, count("SELECT COUNT(*) FROM app_user WHERE name = 'Daan Jansen' AND email = 'daan@elders.nl'"));
    }

    @Test
    void passwordChange_needsTheCurrentOne_andSignsOutOtherDevices() {
        WebClient phone = Accounts.register(app, "roos@example.nl", "Roos");
        WebClient laptop = Accounts.login(app, "roos@example.nl");
        laptop.get("/account");
        assertEquals(422, laptop.post("/account/wachtwoord", "current", "fout", "password", "een heel nieuw wachtwoord").status());
        assertEquals(303, laptop.post("/account/wachtwoord", "current", Accounts.PASSWORD, "password", "een heel nieuw wachtwoord").status());
        assertEquals(200, laptop.get("/account").status(), "this device got a fresh session");
        assertEquals(303, phone.get("/account").status(), "the other device is signed out");
    }

    @Test
    void visitorSeesStepOneOpenAndTheRestAsForParticipants() {
        var home = app.client().get("/");
        var cards = home.doc().select(".step-card");
        assertFalse(cards.get(0).hasClass("locked"));
        assertEquals("Opent een week na je aanmelding", cards.get(1).selectFirst(".pill").text());
        var locked = app.client().get("/les/2");
        assertEquals(200, locked.status());
        assertNull(locked.doc().selectFirst(".prose"));
        assertEquals("Opent een week na je aanmelding", locked.text(".pill.locked"));
        assertEquals(LocalDate.of(2026, 11, 23), LocalDate.now(clock));
    }
}
