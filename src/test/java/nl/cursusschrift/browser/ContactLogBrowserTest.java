package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.insight.CourseAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Step 5's contact log on a 390x844 phone: quick to fill row by row, and readable once handed in. */
class ContactLogBrowserTest {
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

    @Test
    void eightContactsAddedWithPlusContact_fitInThreeScreens_eachRowStartsWithTheTimeAndFocusInWieOfWat() {
        PhoneChecks.learner(app, "acht@example.nl", "Acht Contacten", null, true);
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            PhoneChecks.login(page, app, "acht@example.nl");
            page.navigate(app.url("/opdracht/5"));
            String[] impressions = {"Magisch", "Maakt niet uit", "Miserabel", "Maakt niet uit", "Maakt niet uit", "Magisch", "Maakt niet uit", "Miserabel"};
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    page.click("#a-contacten [data-add]");
                    PhoneChecks.assertFocused(page, "a-contacten-" + i + "-wie");
                }
                assertFalse(page.inputValue("#a-contacten-" + i + "-at").isEmpty(), "the time is filled in");
                page.keyboard().type("Contact " + (i + 1));
                page.selectOption("#a-contacten-" + i + "-kanaal", "Aan de balie");
                page.click("#a-contacten-" + i + " label:has-text('" + impressions[i] + "')");
            }
            assertEquals("+ Contact toevoegen", page.textContent("#a-contacten [data-add]").strip());
            double rows = PhoneChecks.height(page, "#a-contacten > .items");
            double row = PhoneChecks.height(page, "#a-contacten-3");
            double section = PhoneChecks.height(page, "#a-contacten");
            System.out.printf("Contact log at 390x844: one row %.0f px (%.2f screen), 8 rows %.0f px = %.2f screens, the whole log %.0f px = %.2f screens%n",
                    row, row / 844, rows, rows / 844, section, section / 844);
            assertTrue(rows <= 3 * 844, "8 contacts take " + rows / 844 + " screens");
            assertTrue(row <= 844 / 3.0 + 10, "a row is about a third of the screen: " + row);
            assertTrue(page.isChecked("#a-contacten-1 input[value='Maakt niet uit']"), "the impression buttons are radio buttons");
            page.waitForSelector(".save-status:has-text('Opgeslagen')");
            Browser.assertAccessible(page);
            PhoneChecks.assertNoSidewaysScroll(page);
            Browser.screenshot(page, "issue17-contact-log-phone");
        }
    }

    @Test
    void withoutScript_plusContactIsARoundTrip_thatLandsInTheNewRowsWieOfWat() {
        PhoneChecks.learner(app, "rond@example.nl", "Ronde Reis", null, true);
        try (BrowserContext context = browser.withoutJavaScript()) {
            Page page = context.newPage();
            PhoneChecks.login(page, app, "rond@example.nl");
            page.navigate(app.url("/opdracht/5"));
            page.fill("#a-contacten-0-wie", "De bakker");
            page.check("#a-contacten-0 input[value='Magisch']");
            page.click("#a-contacten [data-add]");
            page.waitForURL("**/opdracht/5?meer=contacten*");
            PhoneChecks.assertFocused(page, "a-contacten-1-wie");
            PhoneChecks.assertInViewport(page, "#a-contacten-1-wie");
            assertFalse(page.inputValue("#a-contacten-1-at").isEmpty());
            assertEquals("De bakker", page.inputValue("#a-contacten-0-wie"));
        }
    }

    @Test
    void theHandedInLog_readsAsCardsOnAPhone_andAsATableOnADesktop() {
        PhoneChecks.learner(app, "kaart@example.nl", "Karel Kaart", null, true);
        WebClient web = Accounts.login(app, "kaart@example.nl");
        web.get("/opdracht/5");
        List<String> form = new ArrayList<>(CourseAnswers.step5("Magisch", "Maakt niet uit", "Miserabel", "Maakt niet uit"));
        form.addAll(List.of("_csrf", web.csrf()));
        assertEquals(303, web.postForm("/opdracht/5/inleveren", form).status());
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            PhoneChecks.login(page, app, "kaart@example.nl");
            for (String path : List.of("/opdracht/5", "/schrift")) {
                page.navigate(app.url(path));
                String cell = "table.stack tbody td";
                assertEquals("grid", page.evalOnSelector(cell, "e => getComputedStyle(e).display"), path);
                assertEquals("Wanneer", page.evalOnSelector(cell, "e => getComputedStyle(e, '::before').content").toString().replace("\"", ""));
                assertTrue((Boolean) page.evalOnSelector(".table-wrap", "e => e.scrollWidth <= e.clientWidth"), "nothing cut off or scrolled: " + path);
                PhoneChecks.assertNoSidewaysScroll(page);
                Browser.assertAccessible(page);
            }
            Browser.screenshot(page, "issue17-log-cards-phone");
        }
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            PhoneChecks.login(page, app, "kaart@example.nl");
            page.navigate(app.url("/opdracht/5"));
            assertEquals("table-cell", page.evalOnSelector("table.stack tbody td", "e => getComputedStyle(e).display"));
            Browser.assertAccessible(page);
        }
    }
}
