package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestDatabase;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.Test;

/** Over HTTPS the visitor's CSRF cookie carries the __Host- prefix, like the session cookie: no subdomain can plant one. */
class CsrfCookieTest {

    @Test
    void underCookieSecure_theVisitorsCsrfCookieIsHostPrefixed_andWorks() {
        var config = new Config(0, TestApp.tempDir("d"), TestApp.FIXTURE_COURSE, TestDatabase.url(), false, true, null, 7, null,
                nl.cursusschrift.db.Database.WriteMode.GROUP);
        try (TestApp app = TestApp.start(config, java.time.Clock.systemUTC())) {
            WebClient web = app.client();
            var form = web.get("/inloggen");
            String cookie = form.headers("Set-Cookie").stream().filter(c -> c.contains("cs_csrf=")).findFirst().orElseThrow();
            assertTrue(cookie.startsWith("__Host-cs_csrf="), cookie);
            assertTrue(cookie.contains("; Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), cookie);
            String token = cookie.substring("__Host-cs_csrf=".length(), cookie.indexOf(';'));
            var login = web.send(HttpRequest.newBuilder(URI.create(app.url("/inloggen")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "__Host-cs_csrf=" + token)
                    .POST(HttpRequest.BodyPublishers.ofString("email=x%40example.nl&password=fout&_csrf=" + token)));
            assertEquals(422, login.status(), "the token of the prefixed cookie is accepted");
            var plain = web.send(HttpRequest.newBuilder(URI.create(app.url("/inloggen")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "cs_csrf=" + token)
                    .POST(HttpRequest.BodyPublishers.ofString("email=x%40example.nl&password=fout&_csrf=" + token)));
            assertEquals(403, plain.status(), "an unprefixed cookie, which a subdomain could set, is not");
        }
        try (TestApp app = TestApp.start()) {
            String cookie = app.client().get("/inloggen").headers("Set-Cookie").stream().filter(c -> c.contains("cs_csrf=")).findFirst().orElseThrow();
            assertTrue(cookie.startsWith("cs_csrf="), "plain http keeps the plain name: " + cookie);
            assertFalse(cookie.contains("Secure"), cookie);
        }
    }
}
