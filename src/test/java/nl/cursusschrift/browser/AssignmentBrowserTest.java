package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssignmentBrowserTest {
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

    static void login(Page page, String email) {
        page.navigate(app.url("/inloggen"));
        page.fill("#f-email", email);
        page.fill("#f-password", Accounts.PASSWORD);
        page.click("main button:has-text('Inloggen')");
        // learners land on the course, staff on the review queue (issue 18)
        page.waitForURL(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(app.url("/")) + "(nakijken)?$"));
    }

    static String learner(String email) {
        String id = Accounts.user(app, Role.LEARNER, email, "Deelnemer " + email.substring(0, email.indexOf('@')), null);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return id;
    }

    @Test
    void learner_fillsMomentsAndALogOnAPhone_seesTheShare_andSubmits() {
        learner("telefoon@example.nl");
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            login(page, "telefoon@example.nl");
            page.navigate(app.url("/opdracht/2"));
            Browser.assertAccessible(page);
            for (int i = 0; i < 3; i++) {
                page.fill("#a-momenten-" + i + "-organisatie", "Bakkerij " + (i + 1));
                page.fill("#a-momenten-" + i + "-wat", "Kreeg een warm broodje mee, zomaar (" + (i + 1) + ")");
            }
            String[] impressions = {"Maakt niet uit", "Magisch", "Maakt niet uit", "Maakt niet uit"};
            for (int i = 0; i < impressions.length; i++) {
                if (i > 0) page.click("#a-contacten [data-add]");
                page.fill("#a-contacten-" + i + "-wie", "Contact " + (i + 1));
                page.check("#a-contacten-" + i + " input[value='" + impressions[i] + "']");
            }
            assertEquals("Contact 4", page.textContent("#a-contacten-3 .item-title"));
            page.waitForSelector(".save-status:has-text('Opgeslagen')");
            page.waitForSelector("[data-insights=contacten] .insight-stat:has-text('3 van je 4 contacten (75%)')");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "assignment-phone");

            page.click("button:has-text('Inleveren')");
            page.waitForURL(app.url("/opdracht/2"));
            assertEquals("Ingeleverd! Je docent kan je antwoord nu lezen.", page.textContent(".flash"));
            assertTrue(page.textContent(".answer").contains("Kreeg een warm broodje mee"));
            assertEquals("3 van je 4 contacten (75%) waren 'Maakt niet uit'.", page.textContent(".insight-stat"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "assignment-submitted-phone");
        }
    }

    @Test
    void textTypedWhileTheConnectionIsGone_comesBackAfterAReload() {
        learner("offline@example.nl");
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            login(page, "offline@example.nl");
            page.navigate(app.url("/opdracht/1"));
            page.route("**/opdracht/1/concept", route -> route.abort());
            page.fill("#a-organisatie", "Een fietsenwinkel in Zwolle, met een werkplaats achter de zaak.");
            page.fill("#a-klanten", "120");
            page.waitForSelector(".save-status.error");
            assertTrue(page.textContent(".save-status").contains("Je tekst staat veilig in deze browser"));
            page.reload();
            assertEquals("", page.inputValue("#a-organisatie"), "the server never got it");
            page.waitForSelector(".restore");
            Browser.assertAccessible(page);
            page.unroute("**/opdracht/1/concept");
            page.click("button:has-text('Zet mijn tekst terug')");
            assertEquals("Een fietsenwinkel in Zwolle, met een werkplaats achter de zaak.", page.inputValue("#a-organisatie"));
            assertEquals("120", page.inputValue("#a-klanten"));
            page.waitForSelector(".save-status:has-text('Opgeslagen')");
            page.reload();
            assertEquals("Een fietsenwinkel in Zwolle, met een werkplaats achter de zaak.", page.inputValue("#a-organisatie"));
            page.waitForSelector(".restore", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED).setTimeout(2000));
        }
    }

    @Test
    void learner_withoutJavaScript_addsARowByRoundTrip_andSubmits() {
        learner("zonderjs@example.nl");
        try (BrowserContext context = browser.withoutJavaScript()) {
            Page page = context.newPage();
            login(page, "zonderjs@example.nl");
            page.navigate(app.url("/opdracht/2"));
            for (int i = 0; i < 3; i++) {
                page.fill("#a-momenten-" + i + "-organisatie", "Winkel " + (i + 1));
                page.fill("#a-momenten-" + i + "-wat", "Iets moois " + (i + 1));
            }
            page.fill("#a-contacten-0-wie", "Conducteur");
            page.check("#a-contacten-0 input[value='Maakt niet uit']");
            page.click("#a-contacten [data-add]");
            page.waitForURL("**/opdracht/2?meer=contacten*");
            assertEquals("Conducteur", page.inputValue("#a-contacten-0-wie"));
            page.fill("#a-contacten-1-wie", "Tankstation");
            page.check("#a-contacten-1 input[value='Miserabel']");
            page.click("button:has-text('Inleveren')");
            page.waitForURL(app.url("/opdracht/2"));
            assertTrue(page.textContent(".answer").contains("Tankstation"));
            assertEquals("1 van je 2 contacten (50%) was 'Maakt niet uit'.", page.textContent(".insight-stat"));
        }
    }

    @Test
    void validationErrors_areShownNextToTheFields_andAccessible() {
        learner("fout@example.nl");
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            login(page, "fout@example.nl");
            page.navigate(app.url("/les/1"));
            page.fill("#a-organisatie", "Kort");
            page.fill("#a-klanten", "veel");
            page.click("button:has-text('Inleveren')");
            assertEquals("Schrijf minstens 3 woorden (nu 1).", page.textContent("#a-organisatie-msg"));
            assertEquals("Kort", page.inputValue("#a-organisatie"));
            assertEquals("veel", page.inputValue("#a-klanten"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "assignment-errors-desktop");
        }
    }
}
