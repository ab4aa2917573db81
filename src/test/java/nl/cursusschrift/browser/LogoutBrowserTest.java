package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import nl.cursusschrift.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logging out on a shared computer: what was typed reaches the server first, then this learner's local copies go. */
class LogoutBrowserTest {
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
    void logoutRightAfterTyping_savesTheLastText_andLeavesNoDraftOfThisLearnerInLocalStorage() {
        String id = PhoneChecks.learner(app, "gedeeld@example.nl", "Gea Gedeeld", null, true);
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            PhoneChecks.login(page, app, "gedeeld@example.nl");
            page.navigate(app.url("/opdracht/1"));
            page.evaluate("id => { localStorage.setItem('cursusschrift:draft:' + id + ':3', '{}');"
                    + " localStorage.setItem('cursusschrift:draft:iemand-anders:1', '{}'); }", id);
            page.fill("#a-organisatie", "Een fietsenwinkel in Zwolle, met de werkplaats achter de zaak");
            assertTrue(PhoneChecks.draftKeys(page).contains("cursusschrift:draft:" + id + ":1"), "kept locally while typing");
            page.click("button:has-text('Uitloggen')");
            page.waitForURL(app.url("/"));
            assertEquals("Je bent uitgelogd. Tot de volgende keer!", page.textContent(".flash"));
            assertEquals(List.of("cursusschrift:draft:iemand-anders:1"), PhoneChecks.draftKeys(page), "none of this learner's drafts left");
            String draft = app.app.database().reads().withHandle(h -> h.createQuery("SELECT draft FROM answer WHERE user_id = :id AND step = 1")
                    .bind("id", id).mapTo(String.class).one());
            assertTrue(draft.contains("met de werkplaats achter de zaak"), "the last typed text reached the server: " + draft);
        }
    }
}
