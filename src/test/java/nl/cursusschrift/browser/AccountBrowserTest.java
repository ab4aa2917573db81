package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccountBrowserTest {
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @Test
    void learner_registersLogsInSeesWeekOneOpenAndWeekTwoLocked_andLogsOut() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(app.url("/"));
            page.click("text=Aanmelden");
            Browser.assertAccessible(page);
            page.click("button:has-text('Account maken')");
            assertEquals("Vul je naam in.", page.textContent("#f-name-error"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "register-errors-phone");

            page.fill("#f-name", "Lotte Bakker");
            page.fill("#f-email", "lotte@example.nl");
            page.fill("#f-password", Accounts.PASSWORD);
            page.click("button:has-text('Account maken')");
            page.waitForURL(app.url("/"));
            assertEquals("Welkom bij de cursus, Lotte Bakker! Stap 1 staat voor je klaar.", page.textContent(".flash"));
            assertTrue(page.locator(".step-card").nth(0).getAttribute("class").equals("step-card"));
            assertEquals("Opent op maandag 30 november 2026", page.locator(".step-card").nth(1).locator(".pill").textContent());
            Browser.assertAccessible(page);
            Browser.screenshot(page, "home-learner-phone");

            page.click("button:has-text('Uitloggen')");
            page.waitForURL(app.url("/"));
            assertEquals("Je bent uitgelogd. Tot de volgende keer!", page.textContent(".flash"));

            page.click("nav >> text=Inloggen");
            Browser.assertAccessible(page);
            page.fill("#f-email", "lotte@example.nl");
            page.fill("#f-password", Accounts.PASSWORD);
            page.click("button:has-text('Inloggen')");
            page.waitForURL(app.url("/"));
            assertEquals("Welkom terug, Lotte Bakker.", page.textContent(".flash"));
            page.click("nav >> text=Account");
            assertTrue(page.textContent("main").contains("Je cursus is begonnen op maandag 23 november 2026"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "account-phone");
        }
    }

    @Test
    void admin_andInstructorPages_areAccessible() {
        String cohort = Accounts.cohort(app, "Najaar 2026", "NAJAAR-26", null);
        String teacher = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null);
        Accounts.assign(app, teacher, cohort);
        String learner = Accounts.user(app, Role.LEARNER, "sara@example.nl", "Sara Smit", cohort);
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(app.url("/inloggen"));
            page.fill("#f-email", "beheer@example.nl");
            page.fill("#f-password", Accounts.PASSWORD);
            page.click("button:has-text('Inloggen')");
            page.waitForURL(app.url("/nakijken")); // staff land on the queue (issue 18)
            page.navigate(app.url("/beheer"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "admin-desktop");
            page.navigate(app.url("/deelnemers"));
            Browser.assertAccessible(page);
            page.navigate(app.url("/deelnemers/" + learner));
            Browser.assertAccessible(page);
            page.click("button:has-text('Maak een herstellink')");
            assertTrue(page.inputValue("#link").contains("/wachtwoord-herstellen/"));
            Browser.assertAccessible(page);
        }
    }
}
