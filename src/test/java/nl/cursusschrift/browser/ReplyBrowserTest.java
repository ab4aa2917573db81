package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two learners of one cohort, each on a phone: one shares, the other replies, the first reads it as new and answers. */
class ReplyBrowserTest {
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
    void aReplyThreadBetweenTwoLearners() {
        String cohort = Accounts.cohort(app, "Groep A", "GROEP-A", null);
        PhoneChecks.learner(app, "deler@example.nl", "Dana Deler", cohort, true);
        PhoneChecks.learner(app, "lezer@example.nl", "Lars Lezer", cohort, true);
        WebClient sharer = Accounts.login(app, "deler@example.nl");
        sharer.get("/opdracht/1");
        List<String> form = new ArrayList<>(List.of("organisatie", "Een fietsenwinkel in Zwolle met een werkplaats", "rol", "Eigenaar",
                "klanten", "120", "aanbeveling", "8", "_csrf", sharer.csrf()));
        assertEquals(303, sharer.postForm("/opdracht/1/inleveren", form).status());

        try (BrowserContext dana = browser.phone(); BrowserContext lars = browser.phone()) {
            Page mine = dana.newPage();
            PhoneChecks.login(mine, app, "deler@example.nl");
            mine.navigate(app.url("/schrift"));
            mine.selectOption("#deel-1", "");
            mine.click("#stap-1 .share-form button");
            mine.waitForSelector(".toast");
            PhoneChecks.assertInViewport(mine, ".toast");

            Page theirs = lars.newPage();
            PhoneChecks.login(theirs, app, "lezer@example.nl");
            theirs.navigate(app.url("/les/1#reacties"));
            assertTrue(theirs.textContent("#reacties .reaction").contains("Een fietsenwinkel in Zwolle"));
            theirs.fill("#reacties textarea[name=tekst]", "Werkplaats achter de zaak? <b>Mooi</b>, hoe lang al?");
            theirs.click("#reacties button:has-text('Plaats reactie')");
            theirs.waitForSelector(".toast");
            PhoneChecks.assertInViewport(theirs, ".toast");
            assertTrue(theirs.textContent("#reacties .reply").contains("Werkplaats achter de zaak? <b>Mooi</b>, hoe lang al?"));
            assertTrue(theirs.textContent("#reacties .reply").contains("Lars Lezer"));
            Browser.assertAccessible(theirs);
            PhoneChecks.assertNoSidewaysScroll(theirs);
            Browser.screenshot(theirs, "issue17-reply-lesson-phone");

            mine.navigate(app.url("/schrift"));
            assertTrue(mine.textContent("#stap-1 .replies").contains("Lars Lezer"));
            assertEquals("nieuw", mine.textContent("#stap-1 .replies .badge"));
            mine.waitForSelector("form[data-mark-read]", new Page.WaitForSelectorOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
            Browser.assertAccessible(mine);
            PhoneChecks.assertNoSidewaysScroll(mine);
            Browser.screenshot(mine, "issue17-reply-notebook-phone");
            mine.reload();
            assertEquals(0, mine.locator("#stap-1 .replies .badge").count(), "seen once shown");

            mine.click("#stap-1 a:has-text('Reageer terug')");
            mine.fill("#reacties textarea[name=tekst]", "Sinds 2019, Lars!");
            mine.click("#reacties button:has-text('Plaats reactie')");
            mine.waitForSelector(".toast");
            assertEquals(2, mine.locator("#reacties .reply").count());
            theirs.reload();
            assertTrue(theirs.textContent("#reacties .replies").contains("Sinds 2019, Lars!"));
        }
    }
}
