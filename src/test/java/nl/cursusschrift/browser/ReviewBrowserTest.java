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
import nl.cursusschrift.XssPayloads;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewBrowserTest {
    static TestApp app;
    static Browser browser;
    static String cohort;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        browser = new Browser();
        AssignmentBrowserTest.app = app;
        cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        String teacher = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null);
        Accounts.assign(app, teacher, cohort);
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    static WebClient learner(String email, String name) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return Accounts.login(app, email);
    }

    static void submitStepTwo(WebClient web, String text) {
        web.get("/opdracht/2");
        List<String> form = new ArrayList<>();
        String shortText = text.length() > 480 ? text.substring(0, 480) : text;
        for (int i = 0; i < 3; i++) form.addAll(List.of("momenten[" + i + "].organisatie", shortText, "momenten[" + i + "].wat", text));
        String at = java.time.LocalDateTime.now(nl.cursusschrift.Main.ZONE).minusHours(1).withSecond(0).withNano(0).toString();
        form.addAll(List.of("contacten[0].at", at, "contacten[0].wie", shortText, "contacten[0].indruk", "Magisch", "_csrf", web.csrf()));
        assertEquals(303, web.postForm("/opdracht/2/inleveren", form).status());
    }

    @Test
    void learnerTextWithXssPayloads_isShownAsTextOnEveryInstructorPage() {
        List<String> dialogs = new ArrayList<>();
        String payloads = String.join(" ", XssPayloads.ALL);
        WebClient evil = learner("evil@example.nl", "<img src=x onerror=alert('naam')>");
        submitStepTwo(evil, payloads);
        evil.get("/schrift");
        evil.postForm("/schrift/delen", List.of("step", "2", "target", "", "_csrf", evil.csrf()));
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            AssignmentBrowserTest.login(page, "docent@example.nl");
            String answer = app.app.database().reads().withHandle(h -> h.createQuery("SELECT a.id FROM answer a JOIN app_user u ON u.id = a.user_id "
                    + "WHERE u.email = 'evil@example.nl'").mapTo(String.class).one());
            for (String path : List.of("/nakijken", "/nakijken/" + answer, "/voortgang", "/deelnemers", "/les/2")) {
                page.navigate(app.url(path));
                page.waitForTimeout(200);
                assertEquals(0, ((Number) page.evaluate(XssPayloads.INJECTED)).intValue(), path);
            }
            page.navigate(app.url("/nakijken/" + answer));
            page.fill("#overall", payloads);
            page.click("button:has-text('Vraag om aanpassing')");
            page.waitForURL("**/nakijken**");
        }
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            AssignmentBrowserTest.login(page, "evil@example.nl");
            for (String path : List.of("/schrift", "/opdracht/2", "/les/2")) {
                page.navigate(app.url(path));
                page.waitForTimeout(200);
                assertEquals(0, ((Number) page.evaluate(XssPayloads.INJECTED)).intValue(), path);
            }
            assertTrue(page.textContent("body").contains("<script>alert('xss1')</script>"), "shown as text");
        }
        learner("klasgenoot@example.nl", "Klasgenoot");
        try (BrowserContext context = browser.desktop()) {
            // a classmate sees the shared answer among the reactions under the lesson
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            AssignmentBrowserTest.login(page, "klasgenoot@example.nl");
            page.navigate(app.url("/les/2"));
            page.waitForTimeout(200);
            assertEquals(0, ((Number) page.evaluate(XssPayloads.INJECTED)).intValue(), "/les/2 as a classmate");
            assertTrue(page.textContent("body").contains("alert('xss2')"), "the shared payloads are on the page, as text");
        }
        assertEquals(List.of(), dialogs);
    }

    @Test
    void instructor_reviewsWithTheKeyboardOnly() {
        WebClient one = learner("een@example.nl", "Eerste Eef");
        submitStepTwo(one, "Een warme bakker");
        WebClient two = learner("twee@example.nl", "Tweede Toon");
        submitStepTwo(two, "Een koude kapper");
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            AssignmentBrowserTest.login(page, "docent@example.nl");
            page.navigate(app.url("/nakijken?stap=2"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "review-queue-desktop");
            tabTo(page, "a:text('Eerste Eef')");
            page.keyboard().press("Enter");
            page.waitForURL("**/nakijken/**");
            assertTrue(page.textContent("h1").contains("Eerste Eef"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "review-desktop");

            tabTo(page, "#overall");
            page.keyboard().type("Goed gezien, die warme bakker.");
            page.keyboard().press("Control+Enter");
            page.waitForSelector(".flash");
            assertTrue(page.textContent(".flash").startsWith("Feedback bewaard als concept."));
            assertEquals("Goed gezien, die warme bakker.", page.inputValue("#overall"));

            tabTo(page, "button:text('Goedkeuren')");
            page.keyboard().press("Enter");
            page.waitForSelector(".flash");
            assertTrue(page.textContent(".flash").startsWith("Goedgekeurd: stap 2 van Eerste Eef."));
            assertTrue(page.textContent("h1").contains("Tweede Toon"), "on to the next submission in the filter");
            page.keyboard().press("k");
            page.waitForURL(url -> true);
        }
    }

    @Test
    void progressMatrix_isAccessible() {
        learner("drie@example.nl", "Derde Dirk");
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            AssignmentBrowserTest.login(page, "docent@example.nl");
            page.navigate(app.url("/voortgang"));
            Browser.assertAccessible(page);
            Browser.screenshot(page, "progress-desktop");
        }
    }

    /** Presses Tab until the element matching the selector has focus (keyboard only, like a person would). */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < 300; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("s => document.activeElement === document.querySelector(s)", toCss(page, selector));
            if (Boolean.TRUE.equals(focused)) return;
        }
        throw new AssertionError("could not reach " + selector + " with Tab");
    }

    private static String toCss(Page page, String selector) {
        if (!selector.contains(":text(")) return selector;
        String id = "kb-" + Math.abs(selector.hashCode());
        page.locator(selector).first().evaluate("(e, id) => e.setAttribute('data-kb', id)", id);
        return "[data-kb='" + id + "']";
    }
}
