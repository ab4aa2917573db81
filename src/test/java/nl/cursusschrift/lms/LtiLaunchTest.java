package nl.cursusschrift.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LtiLaunchTest {
    static TestApp app;
    static SimulatedPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        platform = new SimulatedPlatform();
        LtiFlow.register(app, platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
        app.close();
    }

    static SimulatedPlatform.Launch learner(String subject) {
        SimulatedPlatform.Launch l = new SimulatedPlatform.Launch();
        l.subject = subject;
        l.email = subject + "@school.example";
        l.name = "Leerling " + subject;
        return l;
    }

    @Test
    void learnerLaunch_landsSignedInOnTheStep_inTheCohortOfTheCourse_andThePlatformMayFrameOnlyThatSession() {
        platform.next = learner("lea");
        WebClient web = app.client();
        var out = LtiFlow.launch(app, platform, web);
        assertEquals(303, out.res().status(), out.res().body());
        assertEquals("/les/3", out.res().location());

        Map<String, String> auth = platform.authRequests.get(platform.authRequests.size() - 1);
        assertEquals("openid", auth.get("scope"));
        assertEquals("id_token", auth.get("response_type"));
        assertEquals("form_post", auth.get("response_mode"));
        assertEquals("none", auth.get("prompt"));
        assertEquals(SimulatedPlatform.CLIENT_ID, auth.get("client_id"));
        assertEquals(app.url("/lti/launch"), auth.get("redirect_uri"));
        assertEquals("hint-1", auth.get("login_hint"));
        assertNotEquals(auth.get("state"), auth.get("nonce"));

        var lesson = web.get("/les/3");
        assertEquals(200, lesson.status());
        assertTrue(web.get("/account").body().contains("Leerling lea"), "signed in under the platform's name");
        String csp = lesson.header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors " + platform.issuer), csp);
        assertNull(lesson.header("X-Frame-Options"));
        assertEquals(200, web.get("/schrift").status(), "a learner's page");

        String userId = LtiFlow.one(app, "SELECT user_id FROM lti_identity WHERE subject = ?", "lea");
        assertEquals("lea@school.example", LtiFlow.one(app, "SELECT email FROM app_user WHERE id = ?", userId));
        assertEquals("learner", LtiFlow.one(app, "SELECT role FROM app_user WHERE id = ?", userId));
        assertEquals("Klantbeleving voorjaar", LtiFlow.one(app, "SELECT c.name FROM app_user u JOIN cohort c ON c.id = u.cohort_id WHERE u.id = ?", userId));

        WebClient other = Accounts.login(app, adminEmail());
        var plain = other.get("/");
        assertTrue(plain.header("Content-Security-Policy").contains("frame-ancestors 'none'"), "an ordinary session stays unframeable");
        assertEquals("DENY", plain.header("X-Frame-Options"));

        var again = LtiFlow.launch(app, platform, app.client());
        assertEquals(303, again.res().status());
        assertEquals(userId, LtiFlow.one(app, "SELECT user_id FROM lti_identity WHERE subject = ?", "lea"), "the same account the second time");
        assertEquals("1", LtiFlow.one(app, "SELECT COUNT(*) FROM lti_context"));
    }

    @Test
    void instructorLaunch_isInstructorForThatCourseOnly() {
        SimulatedPlatform.Launch l = learner("ida");
        l.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant");
        l.contextId = "course-ida";
        l.contextTitle = "Cursus van Ida";
        l.customStep = null;
        l.linkId = "link-ida";
        platform.next = l;
        WebClient web = app.client();
        var out = LtiFlow.launch(app, platform, web);
        assertEquals(303, out.res().status(), out.res().body());
        assertEquals("/", out.res().location(), "no step: the course index");
        String userId = LtiFlow.one(app, "SELECT user_id FROM lti_identity WHERE subject = ?", "ida");
        assertEquals("instructor", LtiFlow.one(app, "SELECT role FROM app_user WHERE id = ?", userId));
        assertEquals("Cursus van Ida", LtiFlow.one(app, "SELECT c.name FROM instructor_cohort ic JOIN cohort c ON c.id = ic.cohort_id WHERE ic.user_id = ?", userId));
        assertEquals("1", LtiFlow.one(app, "SELECT COUNT(*) FROM instructor_cohort WHERE user_id = ?", userId), "that course's cohort only");
        assertEquals(200, web.get("/deelnemers").status());
        assertEquals(403, web.get("/beheer").status());
    }

    @Test
    void everyBadIdToken_isRefusedInDutch_andCreatesNothing() {
        Map<String, Consumer<SimulatedPlatform.Launch>> cases = new LinkedHashMap<>();
        cases.put("wrong signature", l -> l.foreignKey = true);
        cases.put("unknown kid", l -> l.kid = "nobody-knows-this-key");
        cases.put("alg none", l -> l.unsigned = true);
        cases.put("wrong iss", l -> l.tamper = b -> b.issuer("https://evil.example"));
        cases.put("wrong aud", l -> l.tamper = b -> b.audience("another-client"));
        cases.put("several aud without azp", l -> l.tamper = b -> b.audience(List.of(SimulatedPlatform.CLIENT_ID, "another-client")));
        cases.put("expired", l -> l.tamper = b -> b.expirationTime(new Date(System.currentTimeMillis() - 120_000)));
        cases.put("issued in the future", l -> l.tamper = b -> b.issueTime(new Date(System.currentTimeMillis() + 600_000)));
        cases.put("other nonce", l -> l.tamper = b -> b.claim("nonce", "a-nonce-of-another-login"));
        cases.put("unknown deployment", l -> l.deployment = "deployment-9");
        cases.put("wrong version", l -> l.version = "1.1");
        cases.put("unknown message type", l -> l.messageType = "LtiSubmissionReviewRequest");
        cases.put("missing context", l -> l.tamper = b -> b.claim(Claims.CONTEXT, null));
        cases.put("missing resource link", l -> l.linkId = null);
        cases.put("missing sub", l -> l.tamper = b -> b.subject(null));
        for (var c : cases.entrySet()) {
            SimulatedPlatform.Launch l = learner("bad-" + c.getKey().replace(' ', '-'));
            c.getValue().accept(l);
            platform.next = l;
            Map<String, Long> before = LtiFlow.counts(app);
            WebClient web = app.client();
            var out = LtiFlow.launch(app, platform, web);
            assertTrue(out.res().status() == 401 || out.res().status() == 400, c.getKey() + ": " + out.res().status());
            assertEquals("Openen vanuit je leeromgeving lukt niet", out.res().text("h1"), c.getKey());
            assertEquals(before, LtiFlow.counts(app), c.getKey() + " created something");
            assertTrue(web.cookie(Access.SESSION_COOKIE).isEmpty(), c.getKey() + " signed someone in");
        }
    }

    @Test
    void aReplayedTokenOrState_isRefused() {
        platform.next = learner("rik");
        WebClient web = app.client();
        var first = LtiFlow.launch(app, platform, web);
        assertEquals(303, first.res().status());
        Map<String, Long> before = LtiFlow.counts(app);

        web.withSession(LtiController.STATE_COOKIE, first.state());
        var sameAgain = LtiFlow.post(app, web, app.url("/lti/launch"), first.idToken(), first.state());
        assertEquals(401, sameAgain.status());
        assertTrue(sameAgain.text("main").contains("verlopen of al gebruikt"), sameAgain.text("main"));

        // A fresh login, with the old token (and its old nonce) posted in place of the new one.
        WebClient attacker = app.client();
        var login = attacker.get("/lti/login?iss=" + WebClient.encode(platform.issuer) + "&login_hint=x&client_id=" + SimulatedPlatform.CLIENT_ID);
        String state = SimulatedPlatform.parse(java.net.URI.create(login.location()).getRawQuery()).get("state");
        var replay = LtiFlow.post(app, attacker, app.url("/lti/launch"), first.idToken(), state);
        assertEquals(401, replay.status());
        assertTrue(replay.text("main").contains("nonce"), replay.text("main"));
        assertEquals(before, LtiFlow.counts(app));
    }

    @Test
    void aLaunchWithoutTheStateCookie_isRefused() {
        platform.next = learner("sam");
        WebClient web = app.client();
        var login = web.get("/lti/login?iss=" + WebClient.encode(platform.issuer) + "&login_hint=x");
        var form = LtiFlow.authorise(login.location());
        Map<String, Long> before = LtiFlow.counts(app);
        var res = LtiFlow.post(app, app.client(), form.selectFirst("form").attr("action"), form.selectFirst("input[name=id_token]").val(),
                form.selectFirst("input[name=state]").val());
        assertEquals(401, res.status());
        assertTrue(res.text("main").contains("koekje"), res.text("main"));
        assertEquals(before, LtiFlow.counts(app));
    }

    @Test
    void anExistingAccountWithTheSameEmail_isNeverTakenOver() {
        String existing = Accounts.user(app, Role.LEARNER, "anna@school.example", "Anna Eigen", null);
        SimulatedPlatform.Launch l = learner("anna");
        l.email = "Anna@School.example";
        platform.next = l;
        WebClient web = app.client();
        assertEquals(303, LtiFlow.launch(app, platform, web).res().status());
        String launched = LtiFlow.one(app, "SELECT user_id FROM lti_identity WHERE subject = ?", "anna");
        assertNotEquals(existing, launched);
        assertTrue(LtiFlow.one(app, "SELECT email FROM app_user WHERE id = ?", launched).endsWith("@lti.invalid"));
        assertEquals("Anna Eigen", LtiFlow.one(app, "SELECT name FROM app_user WHERE id = ?", existing));
        assertEquals(303, Accounts.login(app, "anna@school.example").get("/inloggen").status(), "the owner still logs in with her password");
    }

    @Test
    void aLearnerRemovedHere_cannotLaunchAgain() {
        platform.next = learner("wim");
        assertEquals(303, LtiFlow.launch(app, platform, app.client()).res().status());
        String userId = LtiFlow.one(app, "SELECT user_id FROM lti_identity WHERE subject = ?", "wim");
        app.app.database().write(h -> h.createUpdate("DELETE FROM app_user WHERE id = :id").bind("id", userId).execute());
        Map<String, Long> before = LtiFlow.counts(app);
        WebClient web = app.client();
        var out = LtiFlow.launch(app, platform, web);
        assertEquals(401, out.res().status());
        assertTrue(out.res().text("main").contains("verwijderd"), out.res().text("main"));
        assertEquals(before, LtiFlow.counts(app));
        assertTrue(web.cookie(Access.SESSION_COOKIE).isEmpty());
    }

    @Test
    void aLoginFromAnUnregisteredPlatformOrForAnotherSite_isRefusedInDutch() {
        var unknown = app.client().get("/lti/login?iss=" + WebClient.encode("https://onbekend.example") + "&login_hint=x");
        assertEquals(400, unknown.status());
        assertTrue(unknown.text("main").contains("niet (of niet met deze client id) geregistreerd"));
        var elsewhere = app.client().get("/lti/login?iss=" + WebClient.encode(platform.issuer) + "&login_hint=x&target_link_uri="
                + WebClient.encode("https://evil.example/les/1"));
        assertEquals(400, elsewhere.status());
        var posted = app.client().postForm("/lti/login", List.of("iss", platform.issuer, "login_hint", "x"));
        assertEquals(302, posted.status(), "a platform may post the login too, without our CSRF token");
        assertFalse(app.client().postForm("/lti/launch", List.of()).body().isEmpty());
    }

    @Test
    void overHttps_theCookiesOfALaunchAreSameSiteNoneSecurePartitioned_soTheyWorkInThePlatformsFrame() throws Exception {
        var config = new nl.cursusschrift.Config(0, TestApp.tempDir("lti-secure"), TestApp.FIXTURE_COURSE, nl.cursusschrift.TestDatabase.url(),
                false, true, null, 7, null, nl.cursusschrift.db.Database.WriteMode.GROUP);
        try (TestApp secure = TestApp.start(config, app.clock); SimulatedPlatform own = new SimulatedPlatform()) {
            var db = secure.app.database();
            var platforms = new Platforms(db, new nl.cursusschrift.db.Transactions(db, secure.app.events()), secure.clock);
            platforms.add(Registration.check(own.registration(), platforms).valid());
            own.next = learner("cas");
            WebClient web = secure.client();
            var login = web.get("/lti/login?iss=" + WebClient.encode(own.issuer) + "&login_hint=x");
            String stateCookie = login.headers("Set-Cookie").stream().filter(c -> c.startsWith("__Host-cs_lti_state=")).findFirst().orElseThrow();
            assertTrue(stateCookie.endsWith("; HttpOnly; SameSite=None; Secure; Partitioned"), stateCookie);
            var form = LtiFlow.authorise(login.location());
            // The test client sends no Secure cookie over plain http; a browser over https would send this one.
            web.withSession("__Host-cs_lti_state", form.selectFirst("input[name=state]").val());
            var launched = LtiFlow.post(secure, web, form.selectFirst("form").attr("action"), form.selectFirst("input[name=id_token]").val(),
                    form.selectFirst("input[name=state]").val());
            assertEquals(303, launched.status(), launched.body());
            String session = launched.headers("Set-Cookie").stream().filter(c -> c.startsWith(Access.SECURE_SESSION_COOKIE + "=")).findFirst().orElseThrow();
            assertTrue(session.endsWith("; HttpOnly; SameSite=None; Secure; Partitioned"), session);
            assertTrue(launched.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("__Host-cs_lti=1;") && c.contains("SameSite=None")));
        }
    }

    private static String adminEmail() {
        String email = "kijker-" + System.nanoTime() + "@example.nl";
        Accounts.user(app, Role.ADMIN, email, "Kijker", null);
        return email;
    }
}
