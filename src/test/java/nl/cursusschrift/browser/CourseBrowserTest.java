package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.cursusschrift.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CourseBrowserTest {
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @Test
    void visitor_opensTheCourseAndFollowsALessonLink_onAPhone() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(app.url("/"));
            assertEquals("Testcursus Klantbeleving", page.locator("h1").textContent());
            Browser.assertAccessible(page);
            Browser.screenshot(page, "home-phone");

            page.locator(".step-card a").nth(1).click();
            page.waitForURL("**/les/2");
            assertEquals("Alle contactmomenten", page.locator("h1").textContent());
            Browser.assertAccessible(page);
            Browser.screenshot(page, "lesson-phone");
        }
    }

    @Test
    void visitor_readsALessonWithTableAndQuote_onADesktop() {
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(app.url("/les/1"));
            assertEquals("Welkom bij de testcursus", page.locator("h1").textContent());
            assertEquals(2, page.locator(".prose table tbody tr").count());
            Browser.assertAccessible(page);
            Browser.screenshot(page, "lesson-desktop");
            page.navigate(app.url("/"));
            Browser.screenshot(page, "home-desktop");
        }
    }

    @Test
    void skipLink_movesFocusToTheMainContent() {
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(app.url("/les/1"));
            page.keyboard().press("Tab");
            assertEquals("Direct naar de inhoud", page.evaluate("document.activeElement.textContent"));
            page.keyboard().press("Enter");
            assertEquals("inhoud", page.evaluate("document.activeElement.id"));
        }
    }

    @Test
    void notFoundPage_isAccessibleAndInDutch() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            var response = page.navigate(app.url("/les/42"));
            assertEquals(404, response.status());
            assertEquals("Pagina niet gevonden", page.locator("main h1").textContent());
            Browser.assertAccessible(page);
        }
    }
}
