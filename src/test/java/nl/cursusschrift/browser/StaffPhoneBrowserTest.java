package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff pages on a phone (390×844): nothing wider than the screen, the menu behind a button that opens
 * with and without JavaScript, and one-time links and enrolment codes that copy with a button and stay
 * whole and selectable without one.
 */
class StaffPhoneBrowserTest {
    static TestApp app;
    static Browser browser;
    static String learnerId;
    static String answerId;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        browser = new Browser();
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR-2026", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null), cohort);
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        learnerId = Accounts.user(app, Role.LEARNER, "sara@example.nl", "Sara Smit-van den Hoogenband", cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1").execute());
        WebClient sara = Accounts.login(app, "sara@example.nl");
        sara.get("/opdracht/1");
        assertEquals(303, sara.post("/opdracht/1/inleveren", "organisatie", "Een fietsenwinkel met een heel lange naam in Zwolle-Zuid",
                "rol", "Eigenaar", "klanten", "250", "aanbeveling", "9").status());
        answerId = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer").mapTo(String.class).one());
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    static void login(Page page, String email) {
        page.navigate(app.url("/inloggen"));
        page.fill("#f-email", email);
        page.fill("#f-password", Accounts.PASSWORD);
        page.click("button:has-text('Inloggen')");
        page.waitForURL(app.url("/nakijken"));
    }

    static void assertFits(Page page) {
        Number scroll = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number viewport = (Number) page.evaluate("window.innerWidth");
        assertTrue(scroll.intValue() <= viewport.intValue(), page.url() + " is " + scroll + " px wide in " + viewport);
    }

    @Test
    void everyStaffPage_fitsAPhone_andItsMenuOpensBehindAButton() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            login(page, "beheer@example.nl");
            for (String path : List.of("/nakijken", "/nakijken/" + answerId, "/voortgang", "/voortgang/inzichten", "/deelnemers",
                    "/deelnemers/" + learnerId, "/beheer", "/account")) {
                page.navigate(app.url(path));
                assertFits(page);
                assertTrue(page.isVisible(".menu > summary"), path);
                assertFalse(page.isVisible("nav a[href='/account']"), path + ": the menu starts closed");
                page.click(".menu > summary");
                assertTrue(page.isVisible("nav a[href='/account']") && page.isVisible("nav button:has-text('Uitloggen')"), path);
                assertFits(page);
                Browser.assertAccessible(page);
                Browser.screenshot(page, "staff-phone" + path.replaceAll("[^a-z]+", "-"));
                page.click(".menu > summary");
            }
            page.click(".menu > summary");
            page.click("nav >> text=Deelnemers");
            page.waitForURL(app.url("/deelnemers"));
            page.click(".menu > summary");
            page.click("nav button:has-text('Uitloggen')");
            page.waitForURL(app.url("/"));
            assertEquals("Je bent uitgelogd. Tot de volgende keer!", page.textContent(".flash"));
        }
    }

    @Test
    void theMenuOpensWithoutJavaScript_andShowsEveryItemOnALaptop() {
        try (BrowserContext context = browser.withoutJavaScript()) {
            Page page = context.newPage();
            login(page, "docent@example.nl");
            page.click(".menu > summary");
            page.click("nav >> text=Voortgang");
            page.waitForURL(app.url("/voortgang"));
            assertFits(page);
        }
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            login(page, "docent@example.nl");
            assertFalse(page.isVisible(".menu > summary"), "no button where the whole menu fits");
            assertTrue(page.isVisible("nav a[href='/account']"));
            assertEquals("1 na te kijken", page.textContent("nav a[href='/nakijken'] .badge").strip());
            Browser.assertAccessible(page);
        }
    }

    @Test
    void aOneTimeLink_copiesWithAButton_andWithoutJavaScriptStaysWholeAndSelectable() {
        try (BrowserContext context = browser.phone()) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = context.newPage();
            login(page, "docent@example.nl");
            page.navigate(app.url("/deelnemers/" + learnerId));
            page.click("button:has-text('Maak een herstellink')");
            page.waitForSelector("#link");
            String link = page.inputValue("#link");
            assertTrue(link.contains("/wachtwoord-herstellen/"), link);
            assertWhole(page, "#link");
            page.click("button:has-text('Kopieer de link')");
            page.waitForSelector("[data-copy-status]:has-text('Gekopieerd.')");
            assertEquals(link, page.evaluate("navigator.clipboard.readText()"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "reset-link-phone");
        }
        try (BrowserContext context = browser.withoutJavaScript()) {
            Page page = context.newPage();
            login(page, "docent@example.nl");
            page.navigate(app.url("/deelnemers/" + learnerId));
            page.click("button:has-text('Maak een herstellink')");
            page.waitForSelector("#link");
            assertFalse(page.isVisible("button:has-text('Kopieer de link')"), "no button that cannot work");
            assertTrue(page.inputValue("#link").contains("/wachtwoord-herstellen/"));
            assertWhole(page, "#link");
            assertFits(page);
        }
    }

    @Test
    void anEnrolmentCode_copiesWithAButton() {
        try (BrowserContext context = browser.phone()) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = context.newPage();
            login(page, "beheer@example.nl");
            page.navigate(app.url("/beheer"));
            page.click("button[aria-label='Kopieer de inschrijfcode van Najaar']");
            page.waitForSelector("[data-copy-status]:has-text('Gekopieerd.')");
            assertEquals("NAJAAR-2026", page.evaluate("navigator.clipboard.readText()"));
            assertFits(page);
        }
    }

    /** The field shows all of its text: nothing scrolls out of sight, sideways or down. */
    private static void assertWhole(Page page, String selector) {
        var size = (java.util.Map<?, ?>) page.evaluate("s => { const e = document.querySelector(s); return {sw: e.scrollWidth, cw: e.clientWidth,"
                + " sh: e.scrollHeight, ch: e.clientHeight}; }", selector);
        assertTrue(((Number) size.get("sw")).intValue() <= ((Number) size.get("cw")).intValue() + 1, size.toString());
        assertTrue(((Number) size.get("sh")).intValue() <= ((Number) size.get("ch")).intValue() + 1, size.toString());
    }
}
