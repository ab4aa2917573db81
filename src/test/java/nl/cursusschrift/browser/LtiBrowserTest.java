package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.lms.Platforms;
import nl.cursusschrift.lms.Registration;
import nl.cursusschrift.lms.SimulatedPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A learner opens the course from a page of the platform: Cursusschrift in its iframe, signed in, and hands in step 1 there. */
class LtiBrowserTest {
    static TestApp app;
    static Browser browser;
    static SimulatedPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        browser = new Browser();
        // "localhost" for both: one site for the browser, so the Lax cookies of plain http work inside the frame too.
        platform = new SimulatedPlatform("localhost");
        platform.toolJwksUrl = app.url("/lti/jwks.json");
        var db = app.app.database();
        Platforms platforms = new Platforms(db, new Transactions(db, app.app.events()), app.clock);
        platforms.add(Registration.check(platform.registration(), platforms).valid());
    }

    @AfterAll
    static void stop() {
        platform.close();
        browser.close();
        app.close();
    }

    @Test
    void aLearnerLaunchesInThePlatformsIframe_landsSignedInOnTheStep_andHandsItIn() {
        SimulatedPlatform.Launch l = new SimulatedPlatform.Launch();
        l.subject = "frame-1";
        l.name = "Fenna Frame";
        l.email = "fenna@school.example";
        l.customStep = "1";
        l.lineitem = platform.url("/lineitems/1/lineitem");
        platform.next = l;
        platform.frameSource = app.url("/lti/login?iss=" + java.net.URLEncoder.encode(platform.issuer, java.nio.charset.StandardCharsets.UTF_8)
                + "&login_hint=fenna&client_id=" + SimulatedPlatform.CLIENT_ID);
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(platform.url("/course"));
            page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().equals(app.url("/les/1"))));
            Frame tool = page.frames().stream().filter(f -> f.url().equals(app.url("/les/1"))).findFirst().orElseThrow();
            tool.waitForSelector("#a-organisatie");
            tool.fill("#a-organisatie", "Een fietsenwinkel in Zwolle met werkplaats.");
            tool.check("input[name=rol][value=Eigenaar]");
            tool.fill("#a-klanten", "120");
            tool.check("input[name=aanbeveling][value='9']", new Frame.CheckOptions().setForce(true));
            tool.click("button:has-text('Inleveren')");
            // The URL pattern alone also matches the page before the post; the handed-in answer is the page after it.
            tool.waitForSelector(".answer");
            page.waitForCondition(() -> "1".equals(count("SELECT COUNT(*) FROM revision r JOIN answer a ON a.id = r.answer_id "
                    + "JOIN lti_identity i ON i.user_id = a.user_id WHERE i.subject = 'frame-1'")));
            assertTrue(tool.locator("header nav").textContent().contains("Uitloggen"), "signed in inside the frame");
            page.waitForCondition(() -> platform.scores.size() == 1);
            assertTrue(platform.scores.get(0).contains("\"activityProgress\":\"Submitted\""));
            assertEquals("Cursus op het platform", page.textContent("h1"));
        }
    }

    static String count(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }
}
