package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error pages give nothing away about the server, are in Dutch, and carry the security headers. */
class ErrorPagesTest {
    static final Pattern VERSION = Pattern.compile("\\b\\d+\\.\\d+\\.\\d+\\b");
    TestApp app;
    WebClient visitor;

    @BeforeEach
    void start() {
        app = TestApp.start();
        visitor = app.client();
        visitor.get("/inloggen");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** A response read off a socket, for requests no well-behaved client would send. */
    record Raw(int status, Map<String, List<String>> headers, String body) {
        String all() {
            return headers + "\n" + body;
        }
    }

    Raw raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    Raw raw(byte[] request) throws IOException {
        RawHttp.Answer answer = RawHttp.send(app.app.port(), request);
        return new Raw(answer.status(), answer.headers(), answer.body());
    }

    /** No server software, version or stack trace, in the headers or the body. */
    static void givesNothingAway(String what, Map<String, List<String>> headers, String body) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        assertFalse(lower.containsKey("server"), what + ": Server header " + lower.get("server"));
        assertFalse(lower.containsKey("x-powered-by"), what + ": X-Powered-By header");
        String text = (lower + "\n" + body).toLowerCase(Locale.ROOT);
        for (String tell : List.of("jetty", "javalin", "exception", "\tat ", "at io.", "at nl.", "at java.", "at org.", "caused by", "stacktrace",
                "sqlite", "jdbi", "servlet")) {
            assertFalse(text.contains(tell), what + " gives away '" + tell + "': " + body);
        }
        assertFalse(body.contains(org.eclipse.jetty.util.Jetty.VERSION), what + " shows the Jetty version");
        for (var header : lower.entrySet()) {
            if (header.getKey().equals("date") || header.getKey().equals("set-cookie")) continue;
            for (String value : header.getValue()) assertFalse(VERSION.matcher(value).find(), what + ": version in " + header.getKey() + ": " + value);
        }
    }

    static void givesNothingAway(String what, WebClient.Res res) {
        givesNothingAway(what, res.allHeaders(), res.body());
    }

    static void hasSecurityHeaders(String what, WebClient.Res res) {
        String csp = res.header("Content-Security-Policy");
        assertNotNull(csp, what + ": no Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": CSP without frame-ancestors: " + csp);
        assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
        assertEquals("nosniff", res.header("X-Content-Type-Options"), what);
        assertNotNull(res.header("Referrer-Policy"), what + ": no Referrer-Policy");
    }

    static void isDutchErrorPage(String what, WebClient.Res res, int status, String title) {
        assertEquals(status, res.status(), what + ": " + res.body());
        assertTrue(res.header("Content-Type").startsWith("text/html"), what + ": " + res.header("Content-Type"));
        assertEquals("Foutcode " + status, res.text(".error-page .eyebrow"), what);
        assertEquals(title, res.text(".error-page h1"), what);
        assertEquals("nl", res.doc().selectFirst("html").attr("lang"), what);
        givesNothingAway(what, res);
        hasSecurityHeaders(what, res);
    }

    @Test
    void normalPages_haveTheSecurityHeaders_andNoServerHeader() {
        for (String path : List.of("/", "/inloggen", "/registreren", "/les/1", "/health")) {
            var res = visitor.get(path);
            assertEquals(200, res.status(), path);
            hasSecurityHeaders(path, res);
            givesNothingAway(path, res.allHeaders(), "");
        }
        var css = visitor.get("/static/site.css");
        assertEquals(200, css.status());
        assertEquals("nosniff", css.header("X-Content-Type-Options"), "static files too");
        givesNothingAway("/static/site.css", css.allHeaders(), "");
    }

    @Test
    void sessionAndCsrfCookies_areHttpOnlyAndSameSite() {
        Accounts.user(app, Role.LEARNER, "lotte@example.nl", "Lotte", null);
        List<String> csrfCookies = app.client().get("/inloggen").headers("Set-Cookie");
        assertFalse(csrfCookies.isEmpty(), "a visitor gets a CSRF cookie");
        visitor.get("/inloggen");
        var login = visitor.post("/inloggen", "email", "lotte@example.nl", "password", Accounts.PASSWORD);
        assertEquals(303, login.status());
        List<String> cookies = new ArrayList<>(login.headers("Set-Cookie"));
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("cs_session=")), "session cookie set: " + cookies);
        cookies.addAll(csrfCookies);
        for (String cookie : cookies) {
            assertTrue(cookie.contains("HttpOnly"), "not HttpOnly: " + cookie);
            assertTrue(cookie.matches("(?i).*SameSite=(Lax|Strict).*"), "no SameSite: " + cookie);
            assertTrue(cookie.contains("Path=/"), cookie);
        }
    }

    @Test
    void notFound_isADutchPage() {
        for (String path : List.of("/bestaat-niet", "/les/999", "/les/abc", "/static/bestaat-niet.css", "/wachtwoord-herstellen/onzin",
                "/nakijken/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd")) {
            var res = visitor.get(path);
            if (res.status() == 400) continue; // Jetty refuses ambiguous paths: covered below
            assertEquals(404, res.status(), path);
            givesNothingAway(path, res);
            hasSecurityHeaders(path, res);
            assertTrue(res.body().contains("niet gevonden") || res.body().contains("kennen we niet"), path + ": " + res.body());
        }
        isDutchErrorPage("/bestaat-niet", visitor.get("/bestaat-niet"), 404, "Pagina niet gevonden");
    }

    @Test
    void aWrongMethod_isA404Or405_inDutch_andNothingLeaks() {
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "FOO")) {
            for (String path : List.of("/inloggen", "/schrift", "/bestaat-niet")) {
                var res = visitor.send(HttpRequest.newBuilder(URI.create(app.url(path))).method(method, HttpRequest.BodyPublishers.ofString("x=1")));
                String what = method + " " + path;
                assertTrue(res.status() == 404 || res.status() == 405 || res.status() == 400 || res.status() == 501, what + " -> " + res.status());
                givesNothingAway(what, res);
                if (res.status() == 404 || res.status() == 405) {
                    assertTrue(res.body().contains("Foutcode " + res.status()), what + " has no Dutch error page: " + res.body());
                    hasSecurityHeaders(what, res);
                }
            }
        }
        for (String path : List.of("/", "/les/1", "/schrift", "/nakijken")) {
            var head = visitor.send(HttpRequest.newBuilder(URI.create(app.url(path))).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertTrue(head.status() < 500, "HEAD " + path + " -> " + head.status());
            givesNothingAway("HEAD " + path, head);
        }
        var post = visitor.post("/les/1");
        assertTrue(post.status() == 404 || post.status() == 405, "POST on a GET route -> " + post.status());
        assertTrue(post.body().contains("Foutcode"), post.body());
    }

    @Test
    void aRequestTheAppCannotRead_isADutch400() {
        Accounts.user(app, Role.LEARNER, "lotte@example.nl", "Lotte", null);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1").execute());
        WebClient learner = Accounts.login(app, "lotte@example.nl");
        learner.get("/opdracht/1");
        isDutchErrorPage("tampered field", learner.post("/opdracht/1/concept", "bestaat_niet", "x"), 400, "Dit verzoek klopt niet");
        isDutchErrorPage("unknown charset", learner.postRaw("/opdracht/1/concept", "application/x-www-form-urlencoded; charset=nonsense", "_csrf=" + learner.csrf()),
                400, "Dit verzoek klopt niet");
        isDutchErrorPage("broken multipart", learner.postRaw("/opdracht/1/concept", "multipart/form-data; boundary=XYZ", "--XYZ\r\nno end"),
                400, "Dit verzoek klopt niet");
    }

    @Test
    void malformedHttp_isA400_withoutServerDetails() throws IOException {
        List<String> requests = List.of(
                "GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /les/%C3%28 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: a b c\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nHost: other\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header\r\nConnection: close\r\n\r\n",
                "GET / HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "POST /inloggen HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\nConnection: close\r\n\r\n",
                "POST /inloggen HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
                "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        int badRequests = 0;
        for (String request : requests) {
            Raw res = raw(request);
            String what = request.substring(0, Math.min(60, request.indexOf('\r'))) + " -> " + res.status();
            assertTrue(res.status() < 500 || res.status() == 505, what);
            assertTrue(res.status() >= 400, what + " was accepted: " + res.body());
            if (res.status() == 400) badRequests++;
            givesNothingAway(what, res.headers(), res.body());
        }
        assertTrue(badRequests >= 5, "most of these are plain 400s: " + badRequests);
        Raw utf8 = raw(("GET /les/\u00ff\u00fe HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(utf8.status() < 500, "invalid UTF-8 in the path -> " + utf8.status());
        givesNothingAway("invalid UTF-8 path", utf8.headers(), utf8.body());
    }

    @Test
    void aTooBigBody_isA413_inDutch() {
        String big = "email=" + "a".repeat(1_100_000) + "&password=x&_csrf=" + visitor.csrf();
        var res = visitor.postRaw("/inloggen", "application/x-www-form-urlencoded", big);
        isDutchErrorPage("1.1 MB login", res, 413, "Te veel tekst in één keer");
        var json = visitor.postRaw("/inloggen", "application/json", "{\"a\":\"" + "b".repeat(1_100_000) + "\"}");
        assertEquals(413, json.status());
        givesNothingAway("1.1 MB json", json);
        assertEquals(200, visitor.get("/inloggen").status(), "the server lives on");
    }

    @Test
    void anUnexpectedError_isADutch500_withoutAStackTrace() {
        Accounts.user(app, Role.LEARNER, "lotte@example.nl", "Lotte", null);
        WebClient learner = Accounts.login(app, "lotte@example.nl");
        assertEquals(200, learner.get("/les/1").status());
        // Break the database under the app: the share table is read on every lesson page.
        // PostgreSQL needs CASCADE (tables added later refer to share); SQLite does not know the word.
        try {
            app.app.database().write(h -> h.createUpdate("DROP TABLE share CASCADE").execute());
        } catch (RuntimeException sqliteHasNoCascade) {
            app.app.database().write(h -> h.createUpdate("DROP TABLE share").execute());
        }
        var res = learner.get("/les/1");
        isDutchErrorPage("lesson page without its table", res, 500, "Er ging iets mis");
        assertFalse(res.body().toLowerCase(Locale.ROOT).contains("share"), "no SQL in the page: " + res.body());
    }
}
