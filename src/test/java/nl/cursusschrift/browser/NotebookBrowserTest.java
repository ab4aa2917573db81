package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NotebookBrowserTest {
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        browser = new Browser();
        WebClient web = Accounts.learnerWithAllStepsOpen(app, "schrift@example.nl", "Sanne Schrijver");
        web.get("/opdracht/1");
        post(web, "/opdracht/1/inleveren", List.of("organisatie", "Een fietsenwinkel in Zwolle met een werkplaats", "rol", "Eigenaar",
                "klanten", "120", "aanbeveling", "8"));
        List<String> two = new ArrayList<>();
        for (int i = 0; i < 3; i++) two.addAll(List.of("momenten[" + i + "].organisatie", "Bakkerij " + (i + 1), "momenten[" + i + "].wat", "Een warm broodje extra"));
        two.addAll(List.of("contacten[0].at", java.time.LocalDateTime.now(nl.cursusschrift.Main.ZONE).minusHours(2).withSecond(0).withNano(0).toString(),
                "contacten[0].wie", "Conducteur", "contacten[0].indruk", "Maakt niet uit"));
        post(web, "/opdracht/2/inleveren", two);
    }

    static void post(WebClient web, String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of("_csrf", web.csrf()));
        var res = web.postForm(path, all);
        assertEquals(303, res.status(), res.body());
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @Test
    void learner_rereadsSearchesPrintsAndExports() throws Exception {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            AssignmentBrowserTest.app = app;
            AssignmentBrowserTest.login(page, "schrift@example.nl");
            page.click("nav >> text=Mijn schrift");
            page.waitForURL(app.url("/schrift"));
            assertEquals("2 van 3 stappen ingeleverd", page.textContent(".progress-label strong"));
            assertTrue(page.textContent("#stap-1").contains("Een fietsenwinkel in Zwolle"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "notebook-phone");

            page.fill("#zoek", "broodje");
            page.click("button:has-text('Zoeken')");
            page.waitForSelector(".hits li");
            assertEquals("broodje", page.textContent(".hits mark").toLowerCase());
            Browser.assertAccessible(page);

            Download md = page.waitForDownload(() -> page.click("text=Markdown"));
            String markdown = Files.readString(md.path());
            assertTrue(markdown.contains("## Stap 2: Alle contactmomenten"));
            Download csv = page.waitForDownload(() -> page.click("text=CSV (Excel)"));
            assertTrue(Files.readString(csv.path()).startsWith("\uFEFFstap;les;status"));
        }
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            AssignmentBrowserTest.login(page, "schrift@example.nl");
            page.navigate(app.url("/schrift"));
            Browser.screenshot(page, "notebook-desktop");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertEquals("none", page.evalOnSelector("header.site-header", "e => getComputedStyle(e).display"));
            byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPath(Browser.SCREENSHOTS.resolve("notebook.pdf")));
            String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
            long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
            assertTrue(pages >= 3, "a page per step, got " + pages);
        }
    }
}
