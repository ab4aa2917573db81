package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's chromium driven by Playwright, offline: no browser download, no background networking.
 * One browser per test class; each test opens its own context (own cookies, own storage).
 */
public final class Browser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    public BrowserContext phone() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                .setLocale("nl-NL"));
    }

    public BrowserContext desktop() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("nl-NL"));
    }

    public BrowserContext withoutJavaScript() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setJavaScriptEnabled(false).setLocale("nl-NL"));
    }

    /** Fails the test on any WCAG 2.1 A/AA violation on the page as it is now. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        if (!results.getViolations().isEmpty()) {
            String report = results.getViolations().stream()
                    .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary())
                            .collect(Collectors.joining("\n    ")))
                    .collect(Collectors.joining("\n"));
            fail("Toegankelijkheidsfouten op " + page.url() + ":\n" + report);
        }
    }

    /** Saves a full-page screenshot under target/screenshots for a person to look at. */
    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
