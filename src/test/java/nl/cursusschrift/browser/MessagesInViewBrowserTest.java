package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On a 390x844 phone, in the real course: what the app says after a press is where the learner looks. */
class MessagesInViewBrowserTest {
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(Path.of("content"), Clock.system(Main.ZONE));
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    /** Lesson 5 is some 10,000 px on a phone; the assignment is at the bottom. */
    private static void submitEmptyFromLessonFive(Page page) {
        page.navigate(app.url("/les/5"));
        page.click("#opdracht button:has-text('Inleveren')");
        page.waitForURL("**/opdracht/5/inleveren");
    }

    @Test
    void aRefusedSubmitOnTheLongLesson_withScript_landsOnTheFocusedSummary_thatNamesEachList() {
        PhoneChecks.learner(app, "summier@example.nl", "Sam Summier", null, true);
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            PhoneChecks.login(page, app, "summier@example.nl");
            submitEmptyFromLessonFive(page);
            assertTrue(page.title().startsWith("Fout: "), page.title());
            page.waitForFunction("document.activeElement && document.activeElement.id === 'fouten'");
            PhoneChecks.assertInViewport(page, "#fouten");
            assertTrue(((Number) page.evaluate("scrollY")).intValue() > 2000, "not at the top of the lesson");
            assertTrue(page.textContent("#fouten").contains("Drie Magische Momenten: vul er precies 3 in; je hebt er nog geen ingevuld."));
            Browser.assertAccessible(page);
            PhoneChecks.assertNoSidewaysScroll(page);
            Browser.screenshot(page, "issue17-error-summary-phone");

            page.click("#fouten a:has-text('Drie Miserabele Momenten')");
            PhoneChecks.assertInViewport(page, "#a-miserabel");
            page.navigate(page.url().replaceAll("#.*", ""));
            assertTrue(page.url().endsWith("/opdracht/5"), "a GET of the post address lands on the form: " + page.url());
        }
    }

    @Test
    void aRefusedSubmitOnTheLongLesson_withoutScript_landsOnTheFocusedSummaryToo() {
        PhoneChecks.learner(app, "zonder@example.nl", "Zoë Zonder", null, true);
        try (BrowserContext context = browser.withoutJavaScript()) {
            Page page = context.newPage();
            PhoneChecks.login(page, app, "zonder@example.nl");
            submitEmptyFromLessonFive(page);
            assertTrue(page.title().startsWith("Fout: "));
            PhoneChecks.assertFocused(page, "fouten");
            PhoneChecks.assertInViewport(page, "#fouten");
            Browser.screenshot(page, "issue17-error-summary-nojs-phone");
        }
    }

    @Test
    void afterSavingADraftOnTheLesson_theConfirmationIsInView_andTheBadgeFollowsTheAutosave() {
        PhoneChecks.learner(app, "bewaar@example.nl", "Bert Bewaar", null, true);
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            PhoneChecks.login(page, app, "bewaar@example.nl");
            page.navigate(app.url("/les/5"));
            assertEquals("Nog niet begonnen", page.textContent(".assignment-head .pill"));
            page.fill("#a-magisch-0-organisatie", "De bakker op de hoek");
            page.waitForSelector(".save-status:has-text('Opgeslagen')");
            assertEquals("Concept", page.textContent(".assignment-head .pill"), "the badge says what the autosave did");
            page.fill("#a-magisch-1-organisatie", "De fietsenmaker");
            page.click("#opdracht .form-actions button:has-text('Concept opslaan')");
            page.waitForURL("**/les/5#opdracht");
            page.waitForSelector(".toast");
            PhoneChecks.assertInViewport(page, ".toast");
            assertTrue(page.textContent(".toast .flash").startsWith("Concept opgeslagen om "));
            assertEquals("status", page.getAttribute(".toast .flash", "role"), "announced politely");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "issue17-toast-phone");
            page.click(".toast-close");
            assertTrue(page.isHidden(".toast"), "dismissed");
        }
    }

    @Test
    void aPasteOverTheLimit_saysWhatWasLeftOut_andTheCounterShowsTheLimit() {
        PhoneChecks.learner(app, "plak@example.nl", "Pim Plak", null, true);
        try (BrowserContext context = browser.phone()) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = context.newPage();
            PhoneChecks.login(page, app, "plak@example.nl");
            page.navigate(app.url("/opdracht/1"));
            assertEquals("0 / 10.000 tekens", page.textContent("#a-organisatie-teller"));
            page.evaluate("text => navigator.clipboard.writeText(text)", "woord ".repeat(1750));
            page.focus("#a-organisatie");
            page.keyboard().press("Control+V");
            page.waitForSelector(".paste-note");
            assertEquals("Niet alles is geplakt: hier passen hoogstens 10.000 tekens, dus de laatste 500 tekens vielen weg. "
                    + "Maak je tekst korter, of zet het laatste deel in een ander veld.", page.textContent(".paste-note"));
            assertEquals("alert", page.getAttribute(".paste-note", "role"));
            page.waitForSelector("#a-organisatie-teller:has-text('10.000 / 10.000 tekens')");
            PhoneChecks.assertInViewport(page, ".paste-note");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "issue17-paste-phone");
        }
    }
}
