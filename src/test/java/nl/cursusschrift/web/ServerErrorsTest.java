package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.cursusschrift.LogCapture;
import nl.cursusschrift.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Jetty refuses before the app sees a request, and bodies that break off: Dutch pages, headers, a WARN without a stack trace. */
class ServerErrorsTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static void isDutchWithHeaders(String what, RawHttp.Answer res, int status) {
        assertEquals(status, res.status(), what + ": " + res.body());
        assertTrue(res.header("Content-Type").replace(" ", "").equalsIgnoreCase("text/html;charset=utf-8"), what + ": " + res.header("Content-Type"));
        var doc = res.doc();
        assertEquals("nl", doc.selectFirst("html").attr("lang"), what + ": " + res.body());
        assertEquals("Foutcode " + status, doc.selectFirst(".error-page .eyebrow").text(), what);
        String csp = res.header("Content-Security-Policy");
        assertNotNull(csp, what + ": no CSP");
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertEquals("nosniff", res.header("X-Content-Type-Options"), what);
        assertNotNull(res.header("Referrer-Policy"), what);
        assertEquals("no-store", res.header("Cache-Control"), what);
        ErrorPagesTest.givesNothingAway(what, res.headers(), res.body());
    }

    @Test
    void jettysOwnRefusals_400_414_431_505_areDutchPagesWithTheSecurityHeaders() throws IOException {
        isDutchWithHeaders("control character", RawHttp.send(app.app.port(), "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
        isDutchWithHeaders("HTTP/9.9", RawHttp.send(app.app.port(), "GET / HTTP/9.9\r\nHost: localhost\r\n\r\n"), 505);
        isDutchWithHeaders("no Host", RawHttp.send(app.app.port(), "GET / HTTP/1.1\r\n\r\n"), 400);
        isDutchWithHeaders("40 KB path", RawHttp.send(app.app.port(), "GET /" + "a".repeat(40_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414);
        isDutchWithHeaders("40 KB header", RawHttp.send(app.app.port(),
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(40_000) + "\r\n\r\n"), 431);
    }

    @Test
    void underCookieSecure_jettysRefusalsCarryHstsToo() throws IOException {
        var config = new nl.cursusschrift.Config(0, TestApp.tempDir("d"), TestApp.FIXTURE_COURSE, nl.cursusschrift.TestDatabase.url(),
                false, true, null, 7, null, nl.cursusschrift.db.Database.WriteMode.GROUP);
        try (TestApp secure = TestApp.start(config, app.clock)) {
            var res = RawHttp.send(secure.app.port(), "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            isDutchWithHeaders("control character over https", res, 400);
            assertEquals("max-age=31536000", res.header("Strict-Transport-Security"));
        }
    }

    @Test
    void aTwentyThousandCharacterCookie_getsAClean431_everyTime() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 20; i++) {
            var res = http.send(HttpRequest.newBuilder(URI.create(app.url("/les/1"))).header("Cookie", "cs_session=" + "B".repeat(20_000))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(431, res.statusCode(), "attempt " + i);
            assertTrue(res.body().contains("Foutcode 431"), res.body());
            assertEquals("nosniff", res.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(app.url("/les/1"))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "the server lives on");
    }

    @Test
    void aBrokenChunkedBody_isADutch400_andOneWarnLineWithoutAStackTrace() throws IOException {
        try (LogCapture log = LogCapture.start()) {
            var res = RawHttp.send(app.app.port(), "POST /inloggen HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
            isDutchWithHeaders("chunked zz", res, 400);
            String text = log.await("POST /inloggen 400");
            assertTrue(text.contains("[WARN]") && text.contains("POST /inloggen"), text);
            assertFalse(text.contains("[ERROR]"), text);
            assertFalse(text.contains("\tat "), "no stack trace: " + text);
        }
    }

    @Test
    void anAbortedBody_isA400_andAWarnLineWithoutAStackTrace() throws IOException {
        try (LogCapture log = LogCapture.start()) {
            var res = RawHttp.send(app.app.port(), "POST /inloggen HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nemail=a%40b.nl&pass");
            assertEquals(400, res.status(), res.body());
            String text = log.await("POST /inloggen 400");
            assertTrue(text.contains("[WARN]"), text);
            assertFalse(text.contains("[ERROR]"), text);
            assertFalse(text.contains("\tat "), "no stack trace: " + text);
        }
    }

    @Test
    void theMalformedRequestsOfTheAttackSuite_allGetTheDutchPage() throws IOException {
        for (String request : List.of("GET /% HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET / HTTP/1.1\r\nHost: a b c\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nHost: other\r\n\r\n", "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n",
                "POST /inloggen HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\n\r\n")) {
            var res = RawHttp.send(app.app.port(), request);
            isDutchWithHeaders(request.substring(0, request.indexOf('\r')), res, res.status());
            assertTrue(res.status() == 400 || res.status() == 404, request + " -> " + res.status());
        }
    }
}
