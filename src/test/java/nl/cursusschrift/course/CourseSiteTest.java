package nl.cursusschrift.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CourseSiteTest {
    static TestApp app;
    static WebClient web;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        web = app.client();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void homePage_listsEveryStepWithNumberTitleAndSummary() {
        var res = web.get("/");
        assertEquals(200, res.status());
        assertEquals("text/html;charset=utf-8", res.header("Content-Type").replace(" ", ""));
        assertEquals("Testcursus Klantbeleving", res.text("h1"));
        var cards = res.doc().select(".step-card");
        assertEquals(3, cards.size());
        assertEquals("Stap 2: Alle contactmomenten", cards.get(1).selectFirst("h3").text());
        assertEquals("/les/2", cards.get(1).selectFirst("a").attr("href"));
        assertEquals("Welke contacten hebben je klanten met je organisatie?", cards.get(1).selectFirst("p").text());
    }

    @Test
    void lessonPage_rendersMarkdownHeadingsTablesAndQuotes() {
        var res = web.get("/les/1");
        assertEquals(200, res.status());
        assertEquals("Welkom bij de testcursus", res.text("h1"));
        assertEquals("Waarom deze cursus", res.text(".prose h2"));
        assertEquals(2, res.doc().select(".prose table tbody tr").size());
        assertEquals("Conducteur", res.doc().select(".prose td").get(2).text());
        assertEquals("Schrijf het op, dan kun je het later teruglezen.", res.text(".prose blockquote"));
        assertEquals("uitschieters", res.text(".prose strong"));
    }

    @Test
    void lessonPage_escapesRawHtmlFromTheAuthor() {
        var res = web.get("/les/1");
        assertTrue(res.body().contains("&lt;script&gt;alert('uit de les')&lt;/script&gt;"));
        assertTrue(res.doc().select(".prose script").isEmpty());
    }

    @Test
    void lessonPage_externalLinksGetNoopenerInternalLinksDoNot() {
        var res = web.get("/les/1");
        assertEquals("noopener noreferrer", res.doc().selectFirst(".prose a[href^=https]").attr("rel"));
        assertFalse(res.doc().selectFirst(".prose a[href=/les/2]").hasAttr("rel"));
    }

    @Test
    void lessonPage_linksToPreviousAndNextStep() {
        var res = web.get("/les/2");
        assertEquals("/les/1", res.doc().selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/les/3", res.doc().selectFirst("a[rel=next]").attr("href"));
        assertNull(web.get("/les/3").doc().selectFirst("a[rel=next]"));
    }

    @Test
    void unknownStep_isADutch404PageInTheLayout() {
        var res = web.get("/les/99");
        assertEquals(404, res.status());
        assertEquals("Pagina niet gevonden", res.text("main h1"));
        assertNotNull(res.doc().selectFirst("header.site-header"));
    }

    @Test
    void stepThatIsNotANumber_is404Not500() {
        for (String path : new String[] {"/les/abc", "/les/-1", "/les/0", "/les/1.5", "/les/99999999999", "/les/%20"}) {
            var res = web.get(path);
            assertEquals(404, res.status(), path);
            assertFalse(res.body().contains("Exception"), path);
        }
    }

    @Test
    void unknownUrl_isADutch404Page() {
        var res = web.get("/bestaat/niet");
        assertEquals(404, res.status());
        assertEquals("Pagina niet gevonden", res.text("main h1"));
        assertEquals("text/html;charset=utf-8", res.header("Content-Type").replace(" ", ""));
    }

    @Test
    void everyResponse_carriesTheSecurityHeadersAndNoServerBanner() {
        for (String path : new String[] {"/", "/les/1", "/health", "/static/site.css", "/nope"}) {
            var res = web.get(path);
            String csp = res.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("script-src 'self'"), path);
            assertFalse(csp.contains("unsafe-inline"), path);
            assertTrue(csp.contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", res.header("X-Content-Type-Options"), path);
            assertEquals("same-origin", res.header("Referrer-Policy"), path);
            assertNull(res.header("Server"), path);
            assertNull(res.header("X-Powered-By"), path);
        }
    }

    @Test
    void health_answersJsonWhenReady() {
        var res = web.get("/health");
        assertEquals(200, res.status());
        assertTrue(res.header("Content-Type").startsWith("application/json"));
        assertEquals("{\"status\":\"ok\",\"lessons\":3,\"database\":\"" + (app.config().databaseUrl() == null ? "sqlite" : "postgresql") + "\"}", res.body());
    }

    @Test
    void staticAssets_areServedByTheApp() {
        var css = web.get("/static/site.css");
        assertEquals(200, css.status());
        assertTrue(css.body().contains("--brand"));
        var page = web.get("/");
        for (var link : page.doc().select("link[href], script[src]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertTrue(url.startsWith("/static/"), "no CDN: " + url);
        }
    }
}
