package nl.cursusschrift.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Path;
import java.util.Map;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.Test;

class LtiRegistrationTest {

    @Test
    void thePage_showsWhatToEnterOnThePlatform_andSaysWhatIsWrongNextToEachField() {
        try (TestApp app = TestApp.start()) {
            Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Beheerder", null);
            WebClient admin = Accounts.login(app, "beheer@example.nl");
            var page = admin.get("/beheer/lti");
            assertEquals(200, page.status());
            String text = page.text("main");
            for (String url : new String[] {"/lti/login", "/lti/launch", "/lti/jwks.json"}) assertTrue(text.contains(app.url(url)), url);
            assertTrue(text.contains("step=$N"));

            var bad = admin.post("/beheer/lti", "issuer", "ftp://platform.example", "client_id", "", "deployment_ids", " , ",
                    "auth_url", "http://moodle.example.nl/auth", "token_url", "geen adres", "jwks_url", "https://moodle.example.nl/jwks");
            assertEquals(422, bad.status());
            assertTrue(bad.text("#f-issuer-error").startsWith("Dit is geen volledig adres"), bad.text("#f-issuer-error"));
            assertEquals("Vul de client id in die het platform gaf.", bad.text("#f-client_id-error"));
            assertEquals("Vul minstens één deployment id in; meer scheid je met komma's.", bad.text("#f-deployment_ids-error"));
            assertEquals("Gebruik https://; http:// mag alleen voor een platform op deze machine (localhost).", bad.text("#f-auth_url-error"));
            assertTrue(bad.text("#f-token_url-error") != null);
            assertEquals("ftp://platform.example", bad.doc().selectFirst("#f-issuer").val(), "input kept");
            assertEquals("https://moodle.example.nl/jwks", bad.doc().selectFirst("#f-jwks_url").val());

            var good = admin.post("/beheer/lti", "issuer", "https://moodle.example.nl", "client_id", "abc123", "deployment_ids", "1, 2",
                    "auth_url", "https://moodle.example.nl/mod/lti/auth.php", "token_url", "https://moodle.example.nl/mod/lti/token.php",
                    "jwks_url", "https://moodle.example.nl/mod/lti/certs.php");
            assertEquals(303, good.status());
            var list = admin.get("/beheer/lti");
            assertTrue(list.text("main").contains("https://moodle.example.nl"));
            assertTrue(list.text("main").contains("1, 2"));
            var twice = admin.post("/beheer/lti", "issuer", "https://moodle.example.nl", "client_id", "abc123", "deployment_ids", "3",
                    "auth_url", "https://moodle.example.nl/a", "token_url", "https://moodle.example.nl/t", "jwks_url", "https://moodle.example.nl/j");
            assertEquals(422, twice.status());
            assertEquals("Dit platform is met deze client id al geregistreerd.", twice.text("#f-client_id-error"));

            String action = list.doc().selectFirst("form[action$=/verwijderen]").attr("action");
            assertEquals(303, admin.post(action).status());
            assertFalse(admin.get("/beheer/lti").text("main").contains("abc123"));
            assertEquals(404, admin.post(action).status());

            WebClient instructor = Accounts.login(app, email(app, Role.INSTRUCTOR));
            assertEquals(403, instructor.get("/beheer/lti").status());
        }
    }

    @Test
    void theToolKeys_areMadeOnFirstUse_publishedWithoutTheirPrivatePart_andRotatable() throws Exception {
        try (TestApp app = TestApp.start()) {
            WebClient web = app.client();
            var first = web.get("/lti/jwks.json");
            assertEquals(200, first.status());
            assertTrue(first.header("Content-Type").startsWith("application/json"));
            JWKSet keys = JWKSet.parse(first.body());
            assertEquals(1, keys.getKeys().size());
            assertFalse(keys.getKeys().get(0).isPrivate(), "only the public half is published");
            assertFalse(first.body().contains("\"d\""));
            assertEquals(first.body(), web.get("/lti/jwks.json").body(), "made once, kept");

            ToolKeys tool = new ToolKeys(app.app.database(), new nl.cursusschrift.db.Transactions(app.app.database(), app.app.events()), app.clock);
            String newKid = tool.rotate();
            JWKSet after = JWKSet.parse(web.get("/lti/jwks.json").body());
            assertEquals(2, after.getKeys().size(), "the old key stays published for a while");
            assertNotEquals(keys.getKeys().get(0).getKeyID(), newKid);
            assertEquals(newKid, tool.current().getKeyID(), "the new key signs");
        }
    }

    @Test
    void theCommandLine_registersListsAndRemovesPlatforms_strictly() {
        Path data = TestApp.tempDir("lti-cli");
        Map<String, String> env = Map.of("DATA_DIR", data.toString(), "CONTENT_DIR", TestApp.FIXTURE_COURSE.toString());
        var added = ChildProcess.run(env, null, "lti", "add-platform", "--issuer", "https://canvas.example.com", "--client-id", "1000",
                "--deployment-ids", "d1,d2", "--auth-url", "https://sso.canvas.example.com/api/lti/authorize_redirect",
                "--token-url", "https://sso.canvas.example.com/login/oauth2/token", "--jwks-url", "https://sso.canvas.example.com/api/lti/security/jwks");
        assertEquals(0, added.exitCode(), added.err());
        var list = ChildProcess.run(env, null, "lti", "platforms");
        assertTrue(list.out().contains("https://canvas.example.com  client id 1000  deployments d1,d2"), list.out());
        String id = list.out().substring(0, list.out().indexOf(' '));

        var insecure = ChildProcess.run(env, null, "lti", "add-platform", "--issuer", "http://canvas.example.com", "--client-id", "2",
                "--deployment-ids", "d", "--auth-url", "https://a.example", "--token-url", "https://t.example", "--jwks-url", "https://j.example");
        assertEquals(2, insecure.exitCode());
        assertTrue(insecure.err().contains("--issuer: Gebruik https://"), insecure.err());
        var unknownOption = ChildProcess.run(env, null, "lti", "platforms", "--all");
        assertEquals(2, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("onbekende optie '--all'"), unknownOption.err());
        var missing = ChildProcess.run(env, null, "lti", "add-platform", "--issuer", "https://x.example");
        assertEquals(2, missing.exitCode());

        assertEquals(0, ChildProcess.run(env, null, "lti", "rotate-keys").exitCode());
        assertEquals(0, ChildProcess.run(env, null, "lti", "remove-platform", id).exitCode());
        assertEquals(1, ChildProcess.run(env, null, "lti", "remove-platform", id).exitCode());
        assertTrue(ChildProcess.run(env, null, "lti", "platforms").out().contains("Nog geen platforms"));
        assertTrue(ChildProcess.run(env, null, "--help").out().contains("lti add-platform"));
        try (TestApp app = TestApp.start(Config.forTests(data, TestApp.FIXTURE_COURSE), java.time.Clock.system(nl.cursusschrift.Main.ZONE))) {
            assertEquals(1, JWKSet.parse(app.client().get("/lti/jwks.json").body()).getKeys().size(), "the key the CLI made");
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static String email(TestApp app, Role role) {
        String email = role.stored() + "-" + System.nanoTime() + "@example.nl";
        Accounts.user(app, role, email, "Iemand", null);
        return email;
    }
}
