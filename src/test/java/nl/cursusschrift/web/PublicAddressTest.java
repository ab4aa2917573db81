package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestDatabase;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.Test;

/** Links handed out (reset links, invitations) name the site from BASE_URL, never from what a request claims. */
class PublicAddressTest {

    static Config config(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("PORT", "0");
        all.put("DATA_DIR", TestApp.tempDir("d").toString());
        all.put("CONTENT_DIR", TestApp.FIXTURE_COURSE.toString());
        return Config.fromEnvironment(all).withDatabaseUrl(TestDatabase.url());
    }

    /** The admin's "make a reset link" for a learner, sent as a browser would, with the given Host and extra headers. */
    static RawHttp.Answer resetLink(TestApp app, String host, String... headers) {
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR-" + System.nanoTime(), null);
        String learner = Accounts.user(app, Role.LEARNER, "lotte" + System.nanoTime() + "@example.nl", "Lotte", cohort);
        String admin = "admin" + System.nanoTime() + "@example.nl";
        Accounts.user(app, Role.ADMIN, admin, "Ada", null);
        WebClient web = Accounts.login(app, admin);
        web.get("/deelnemers/" + learner);
        String body = "_csrf=" + web.csrf();
        StringBuilder request = new StringBuilder("POST /deelnemers/" + learner + "/herstellink HTTP/1.1\r\n")
                .append("Host: ").append(host == null ? "localhost:" + app.app.port() : host).append("\r\n")
                .append("Cookie: cs_session=").append(web.cookie("cs_session").orElseThrow()).append("\r\n")
                .append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length()).append("\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        try {
            return RawHttp.send(app.app.port(), request.append("\r\n").append(body).toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String link(RawHttp.Answer res) {
        var field = res.doc().selectFirst("#link");
        return field == null ? "(no link: " + res.status() + ")" : field.val();
    }

    @Test
    void withoutBaseUrl_aForgedHostGetsNoLink_butADutchExplanation() {
        try (TestApp app = TestApp.start(config(Map.of()), java.time.Clock.systemUTC())) {
            var forged = resetLink(app, "evil.example");
            assertEquals(421, forged.status(), forged.body());
            assertFalse(forged.body().contains("evil.example"), "no link on the forged host");
            assertFalse(forged.body().contains("/wachtwoord-herstellen/"), forged.body());
            assertTrue(forged.doc().selectFirst("main").text().contains("zet BASE_URL"), forged.body());
            assertEquals(0, (int) app.app.database().reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM password_reset")
                    .mapTo(Integer.class).one()), "no link was made that nobody can see");

            var local = resetLink(app, null);
            assertEquals(200, local.status(), local.body());
            assertTrue(link(local).matches("http://localhost:" + app.app.port() + "/wachtwoord-herstellen/[A-Za-z0-9_-]{22}"), link(local));
            var loopback = resetLink(app, "127.0.0.1:" + app.app.port());
            assertTrue(link(loopback).startsWith("http://127.0.0.1:" + app.app.port() + "/"), link(loopback));
            assertEquals(421, resetLink(app, "localhost:1").status(), "another port is another site");
            assertEquals(421, resetLink(app, "evil.example", "X-Forwarded-Host", "evil.example").status());
        }
    }

    @Test
    void withBaseUrl_theLinkAlwaysUsesIt_whateverTheHostSays() {
        try (TestApp app = TestApp.start(config(Map.of("BASE_URL", "https://cursus.example.nl/")), java.time.Clock.systemUTC())) {
            var res = resetLink(app, "evil.example", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "http");
            assertEquals(200, res.status(), res.body());
            assertTrue(link(res).matches("https://cursus\\.example\\.nl/wachtwoord-herstellen/[A-Za-z0-9_-]{22}"), link(res));
        }
    }

    @Test
    void forwardedHeaders_countOnlyWithTrustProxy() {
        try (TestApp app = TestApp.start(config(Map.of()), java.time.Clock.systemUTC())) {
            var res = resetLink(app, null, "X-Forwarded-Proto", "https");
            assertTrue(link(res).startsWith("http://localhost:"), "X-Forwarded-Proto ignored without TRUST_PROXY: " + link(res));
        }
        try (TestApp app = TestApp.start(config(Map.of("TRUST_PROXY", "1")), java.time.Clock.systemUTC())) {
            var res = resetLink(app, null, "X-Forwarded-Proto", "https");
            assertTrue(link(res).startsWith("https://localhost:"), "behind a trusted proxy the scheme is the proxy's: " + link(res));
            assertEquals(421, resetLink(app, null, "X-Forwarded-Host", "evil.example").status(), "a forwarded host is checked like Host");
        }
    }

    @Test
    void aBaseUrlThatIsNoAddress_stopsTheAppAtStart() {
        for (String wrong : new String[] {"cursus.example.nl", "ftp://cursus.example.nl", "https://", "https://cursus.example.nl/?x=1"}) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(Config.ConfigException.class, () -> config(Map.of("BASE_URL", wrong)), wrong);
            assertTrue(e.getMessage().startsWith("BASE_URL"), e.getMessage());
        }
    }
}
