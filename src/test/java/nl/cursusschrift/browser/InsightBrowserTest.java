package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.insight.CourseAnswersForBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InsightBrowserTest {
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(Path.of("content"), Clock.system(Main.ZONE));
        browser = new Browser();
        AssignmentBrowserTest.app = app;
        String id = Accounts.user(app, Role.LEARNER, "grafiek@example.nl", "Greet Grafiek", null);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        WebClient web = Accounts.login(app, "grafiek@example.nl");
        for (var entry : CourseAnswersForBrowser.all().entrySet()) {
            web.get("/opdracht/" + entry.getKey());
            List<String> form = new ArrayList<>(entry.getValue());
            form.addAll(List.of("_csrf", web.csrf()));
            assertEquals(303, web.postForm("/opdracht/" + entry.getKey() + "/inleveren", form).status(), "step " + entry.getKey());
        }
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @Test
    void everyChart_looksRightOnAPhoneAndADesktop_andIsAccessible() {
        for (boolean phone : new boolean[] {true, false}) {
            try (BrowserContext context = phone ? browser.phone() : browser.desktop()) {
                Page page = context.newPage();
                AssignmentBrowserTest.login(page, "grafiek@example.nl");
                for (int step : new int[] {3, 5, 6, 7}) {
                    page.navigate(app.url("/opdracht/" + step));
                    Locator chart = page.locator("figure.chart").first();
                    chart.scrollIntoViewIfNeeded();
                    chart.screenshot(new Locator.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("chart-step" + step + (phone ? "-phone" : "-desktop") + ".png")));
                    Browser.assertAccessible(page);
                }
            }
        }
    }
}
