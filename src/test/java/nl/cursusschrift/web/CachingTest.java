package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What caches may keep: nothing with a learner's words in it; fingerprinted assets for a year, under a checked hash. */
class CachingTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void autosaveJson_andTheDataDownload_areNoStore() {
        WebClient web = Accounts.learnerWithAllStepsOpen(app, "lotte@example.nl", "Lotte");
        web.get("/opdracht/1");
        var saved = web.postFormForJson("/opdracht/1/concept", List.of("organisatie", "Een fietsenwinkel in Zwolle", "_csrf", web.csrf()));
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.header("Content-Type").startsWith("application/json"), saved.header("Content-Type"));
        assertEquals("no-store", saved.header("Cache-Control"), "autosave answers carry the learner's text");
        var data = web.get("/account/mijn-gegevens.json");
        assertEquals(200, data.status());
        assertEquals("no-store", data.header("Cache-Control"));
    }

    @Test
    void fingerprintedAssets_areCachedForAYear_underTheirContentHash_aWrongHashRedirects() {
        WebClient web = app.client();
        var page = web.get("/les/1");
        String css = page.doc().selectFirst("link[rel=stylesheet]").attr("href");
        String js = page.doc().selectFirst("script[src]").attr("src");
        assertTrue(css.matches("/static/site\\.css\\?v=[0-9a-f]{12}"), css);
        String version = css.substring(css.indexOf("?v=") + 3);
        assertEquals("/static/app.js?v=" + version, js);
        for (String asset : List.of(css, js)) {
            var res = web.get(asset);
            assertEquals(200, res.status(), asset);
            assertEquals("public, max-age=31536000, immutable", res.header("Cache-Control"), asset);
        }
        var wrong = web.get("/static/site.css?v=wrong");
        assertEquals(302, wrong.status(), "a stale or made-up hash");
        assertEquals(css, wrong.location());
        assertEquals("no-store", wrong.header("Cache-Control"));
        var unversioned = web.get("/static/favicon.svg");
        assertEquals(200, unversioned.status());
        assertEquals("public, max-age=3600", unversioned.header("Cache-Control"), "no hash, no promise");
        assertEquals(404, web.get("/static/bestaat-niet.css?v=" + version).status());
        var odd = web.get("/static//evil.example/x.css?v=wrong");
        assertTrue(odd.status() == 404 || odd.status() == 400, "no redirect for other paths: " + odd.status() + " " + odd.location());
    }
}
