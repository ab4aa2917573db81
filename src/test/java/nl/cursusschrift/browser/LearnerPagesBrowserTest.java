package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.insight.CourseAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page a learner of the real course opens: nothing sideways on a phone, axe clean at both sizes, and the notebook printed to keep. */
class LearnerPagesBrowserTest {
    static final List<String> PAGES = List.of("/", "/les/1", "/les/3", "/les/5", "/les/7", "/opdracht/1", "/opdracht/3", "/opdracht/5",
            "/opdracht/7", "/les/9", "/opdracht/9", "/opdracht/1/versies/1", "/schrift", "/schrift?zoek=xyzzy", "/schrift?zoek=fietsenwinkel", "/account");
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(Path.of("content"), Clock.system(Main.ZONE));
        browser = new Browser();
        PhoneChecks.learner(app, "overal@example.nl", "Olivia Overal", null, true);
        PhoneChecks.learner(app, "week@example.nl", "Wim Weekritme", null, false);
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        WebClient web = Accounts.login(app, "overal@example.nl");
        WebClient admin = Accounts.login(app, "beheer@example.nl");
        web.get("/opdracht/1");
        submit(web, 1, stepOne("Een fietsenwinkel in Zwolle met een werkplaats achter de zaak."));
        decide(admin, answer(1), 1, "aanpassen", "Vertel ook wie je klanten zijn.", "c.organisatie", "Wie komen er binnen?");
        submit(web, 1, stepOne("Een fietsenwinkel in Zwolle; onze klanten zijn forenzen en scholieren."));
        decide(admin, answer(1), 2, "goedkeuren", "Veel concreter nu.");
        submit(web, 3, CourseAnswers.step3());
        submit(web, 5, CourseAnswers.step5("Magisch", "Maakt niet uit", "Miserabel", "Maakt niet uit"));
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    static List<String> stepOne(String organisatie) {
        return List.of("organisatie", organisatie, "verwachting", "Klachten eerder zien aankomen.",
                "enthousiast_over", "De bakker om de hoek, die mijn naam kent.", "aantal_klanten", "4.000");
    }

    static void submit(WebClient web, int step, List<String> fields) {
        List<String> form = new ArrayList<>(fields);
        form.addAll(List.of("_csrf", web.csrf()));
        var res = web.postForm("/opdracht/" + step + "/inleveren", form);
        assertEquals(303, res.status(), res.body());
    }

    static void decide(WebClient admin, String answer, int version, String action, String overall, String... comments) {
        admin.get("/nakijken/" + answer);
        List<String> form = new ArrayList<>(List.of("versie", String.valueOf(version), "actie", action, "overall", overall));
        form.addAll(List.of(comments));
        assertEquals(303, admin.post("/nakijken/" + answer, form.toArray(String[]::new)).status());
    }

    static String answer(int step) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT a.id FROM answer a JOIN app_user u ON u.id = a.user_id "
                + "WHERE u.email = 'overal@example.nl' AND a.step = " + step).mapTo(String.class).one());
    }

    @Test
    void everyLearnerPage_onAPhone_hasNoSidewaysScroll_andIsAccessible_atBothSizes() {
        for (String email : List.of("overal@example.nl", "week@example.nl")) {
            try (BrowserContext phone = browser.phone(); BrowserContext desktop = browser.desktop()) {
                Page small = phone.newPage();
                Page large = desktop.newPage();
                PhoneChecks.login(small, app, email);
                PhoneChecks.login(large, app, email);
                for (String path : email.startsWith("week") ? List.of("/", "/les/1", "/schrift") : PAGES) {
                    small.navigate(app.url(path));
                    PhoneChecks.assertNoSidewaysScroll(small);
                    Browser.assertAccessible(small);
                    large.navigate(app.url(path));
                    PhoneChecks.assertNoSidewaysScroll(large);
                    Browser.assertAccessible(large);
                }
                small.navigate(app.url("/"));
                assertTrue((Boolean) small.evalOnSelector(".hero h1", "e => e.scrollWidth <= e.clientWidth"), "the course title wraps");
                Browser.screenshot(small, "issue17-home-" + email.substring(0, email.indexOf('@')) + "-phone");
            }
        }
    }

    @Test
    void theLesson_offersTheWayToItsAssignment_fromAStickyStepBar() {
        try (BrowserContext phone = browser.phone()) {
            Page page = phone.newPage();
            PhoneChecks.login(page, app, "week@example.nl");
            page.navigate(app.url("/les/1"));
            page.mouse().wheel(0, 3000);
            page.waitForFunction("scrollY > 2000");
            PhoneChecks.assertInViewport(page, ".step-bar .to-assignment");
            page.click(".step-bar .to-assignment");
            page.waitForFunction("location.hash === '#opdracht'");
            PhoneChecks.assertInViewport(page, "#opdracht-kop");
            Browser.screenshot(page, "issue17-lesson-step-bar-phone");
        }
    }

    @Test
    void theNotebookPrints_asATitlePageAndTheStepsWithWork_withEarlierFeedbackAndFiguresWholeWithTheirCaptions() {
        try (BrowserContext desktop = browser.desktop()) {
            Page page = desktop.newPage();
            PhoneChecks.login(page, app, "overal@example.nl");
            page.navigate(app.url("/schrift"));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertEquals("block", page.evalOnSelector(".print-title", "e => getComputedStyle(e).display"));
            assertTrue(page.textContent(".print-title").contains("Olivia Overal"));
            assertTrue(page.textContent(".print-title").contains("Superenthousiaste Klanten"));
            assertTrue(page.textContent(".print-title").contains("Afgedrukt op"));
            assertEquals("none", page.evalOnSelector("#stap-2", "e => getComputedStyle(e).display"), "a step without work is left out");
            assertEquals("block", page.evalOnSelector("#stap-1", "e => getComputedStyle(e).display"));
            assertTrue((Boolean) page.evalOnSelector("#stap-1 .feedback .print-only", "e => getComputedStyle(e).display === 'block'"
                    + " && e.textContent.includes('Vertel ook wie je klanten zijn.')"), "earlier feedback is printed");
            assertEquals("avoid", page.evalOnSelector("#stap-5 .chart", "e => getComputedStyle(e).breakInside"));
            byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPath(Browser.SCREENSHOTS.resolve("issue17-notebook.pdf")));
            long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).results().count();
            assertTrue(pages >= 4 && pages <= 8, "a title page and three steps with work, not twelve: " + pages);
        }
    }
}
