package nl.cursusschrift.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of the catalog in Chromium at a phone's 390×844 and a laptop's 1280×800: axe-core's WCAG 2.1
 * A/AA and best-practice rules, and whether the page scrolls sideways. One browser, one context and one
 * tab per person and size.
 */
class AccessibilityTest {
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    static final List<Integer> WIDTHS = List.of(Browser.PHONE_WIDTH, 1280);

    /** Submits a form built from name/value pairs, with the page's CSRF token, as a person's click would. */
    private static final String SUBMIT = """
            ({action, pairs}) => {
              const form = document.createElement('form');
              form.method = 'post';
              form.action = action;
              const add = (name, value) => {
                const input = document.createElement('input');
                input.type = 'hidden'; input.name = name; input.value = value;
                form.append(input);
              };
              for (let i = 0; i + 1 < pairs.length; i += 2) add(pairs[i], pairs[i + 1]);
              const token = document.querySelector('meta[name=csrf-token]')?.content
                  || document.querySelector('input[name=_csrf]')?.value || '';
              add('_csrf', token);
              document.body.append(form);
              form.submit();
            }""";

    /** Page width, viewport width, what sticks out and which menus are cut: see the script's comments. */
    private static final String WIDTH = script("/quality/width.js");

    record Violation(String id, String impact, boolean bestPracticeOnly, int nodes, String help, String targets) {
        String shown() {
            return id + (bestPracticeOnly ? "*" : "") + (nodes > 1 ? "×" + nodes : "");
        }
    }

    /** What one page showed at one size; overflowWidth is null when the page fits. */
    record Result(int status, List<Violation> violations, Integer overflowWidth, List<String> stickingOut, List<String> cutMenus, String crash) {
        static Result crashed(String why) {
            return new Result(-1, List.of(), null, List.of(), List.of(), why);
        }

        boolean overflows() {
            return overflowWidth != null || !cutMenus.isEmpty();
        }

        String axeCell() {
            if (crash != null) return "crash";
            return violations.isEmpty() ? "0" : violations.stream().map(Violation::shown).collect(Collectors.joining(" "));
        }

        String overflowCell() {
            if (crash != null) return "-";
            List<String> parts = new ArrayList<>();
            if (overflowWidth != null) parts.add(overflowWidth + " px");
            if (!cutMenus.isEmpty()) parts.add("menu cut");
            return parts.isEmpty() ? "no" : String.join(", ", parts);
        }
    }

    static long started;
    static long ready;
    static PageCatalog catalog;
    static Browser browser;
    static long openNanos;
    static long axeNanos;

    @BeforeAll
    static void start() {
        started = System.nanoTime();
        catalog = PageCatalog.start();
        browser = new Browser();
        ready = System.nanoTime();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (catalog != null) catalog.close();
    }

    @Test
    void everyPage_atBothSizes_hasNoAxeViolationsAndNoSidewaysScroll() {
        Map<PageCatalog.Entry, Map<Integer, Result>> results = new LinkedHashMap<>();
        for (PageCatalog.Viewer viewer : catalog.viewers) {
            for (int width : WIDTHS) {
                try (BrowserContext context = width == Browser.PHONE_WIDTH ? browser.phone() : browser.desktop()) {
                    viewer.session().ifPresent(token -> context.addCookies(List.of(
                            new Cookie(Access.SESSION_COOKIE, token).setUrl(catalog.app().url("/")).setHttpOnly(true))));
                    Page page = context.newPage();
                    if (width != Browser.PHONE_WIDTH) page.setViewportSize(1280, 800);
                    for (PageCatalog.Entry entry : catalog.entriesOf(viewer)) {
                        results.computeIfAbsent(entry, e -> new LinkedHashMap<>()).put(width, check(page, entry));
                    }
                }
            }
        }
        long done = System.nanoTime();
        List<String> failures = new ArrayList<>();
        String report = "== axe-core " + String.join("/", AXE_TAGS) + " and sideways scroll, " + QualityReport.mode() + "\n"
                + tally(results, failures)
                + "\nTime: app and world " + QualityReport.seconds(ready - started) + ", browser checks " + QualityReport.seconds(done - ready)
                + " (opening pages " + QualityReport.seconds(openNanos) + ", axe " + QualityReport.seconds(axeNanos) + ")"
                + ", class " + QualityReport.seconds(done - started) + "\n";
        QualityReport.publish("2-accessibility", report);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n(see " + QualityReport.FILE + ")");
    }

    /** The table and the details per page; adds to failures what fails the test in the current mode. */
    private static String tally(Map<PageCatalog.Entry, Map<Integer, Result>> results, List<String> failures) {
        List<List<String>> rows = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        int violations = 0;
        int overflows = 0;
        for (var page : results.entrySet()) {
            PageCatalog.Entry entry = page.getKey();
            List<String> row = new ArrayList<>(List.of(entry.label()));
            Map<String, List<String>> seen = new LinkedHashMap<>();
            for (int width : WIDTHS) {
                Result r = page.getValue().get(width);
                row.add(r.axeCell());
                row.add(r.overflowCell());
                String at = " at " + width + " px";
                if (r.crash() != null) {
                    failures.add(entry.label() + at + " crashed: " + r.crash());
                    continue;
                }
                if (r.status() != entry.status()) failures.add(entry.label() + at + " answered " + r.status());
                violations += r.violations().size();
                if (r.overflows()) overflows++;
                if (QualityReport.STRICT && (!r.violations().isEmpty() || r.overflows())) {
                    failures.add(entry.label() + at + ": axe " + r.axeCell() + ", overflow " + r.overflowCell());
                }
                if (r.overflowWidth() != null) {
                    seen.computeIfAbsent("  sideways scroll%s: page " + r.overflowWidth() + " px wide; sticking out: "
                            + String.join(", ", r.stickingOut().stream().distinct().toList()), k -> new ArrayList<>()).add(width + " px");
                }
                for (String menu : r.cutMenus()) {
                    seen.computeIfAbsent("  menu cut%s: " + menu + " (its last items scroll out of sight)", k -> new ArrayList<>()).add(width + " px");
                }
                for (Violation v : r.violations()) {
                    seen.computeIfAbsent("  " + v.id() + " (" + v.impact() + ", " + v.nodes() + " nodes)%s: " + v.help() + "\n      " + v.targets(),
                            k -> new ArrayList<>()).add(width + " px");
                }
            }
            rows.add(row);
            if (!seen.isEmpty()) {
                details.append(entry.label()).append('\n');
                seen.forEach((text, sizes) -> details.append(text.replace("%s", " at " + String.join(" and ", sizes))).append('\n'));
            }
        }
        return results.size() + " pages x 2 sizes: " + violations + " violations (rule x page x size), " + overflows
                + " overflows (page x size with sideways scroll or a cut menu)\n"
                + "axe: rule ids, xN = nodes, * = best-practice rule, not a WCAG criterion; overflow: the page's width when wider than\n"
                + "the viewport, 'menu cut' when a navigation landmark's items do not fit and scroll inside it\n\n"
                + QualityReport.table(List.of("page", "axe 390x844", "overflow 390", "axe 1280x800", "overflow 1280"), rows)
                + (details.length() == 0 ? "" : "\nViolations and overflow per page:\n" + details);
    }

    private static Result check(Page page, PageCatalog.Entry entry) {
        try {
            long start = System.nanoTime();
            Response response = open(page, entry);
            long opened = System.nanoTime();
            // Legacy mode runs axe.run once in the page. The default injects axe into every frame and again into a new
            // blank tab to merge frame results: three times the work, for iframes these pages do not have.
            List<Violation> found = new AxeBuilder(page).withTags(AXE_TAGS).setLegacyMode(true).analyze().getViolations().stream()
                    .map(AccessibilityTest::violation).toList();
            openNanos += opened - start;
            axeNanos += System.nanoTime() - opened;
            Map<?, ?> width = (Map<?, ?>) page.evaluate(WIDTH);
            int scroll = ((Number) width.get("scroll")).intValue();
            int viewport = ((Number) width.get("viewport")).intValue();
            return new Result(response == null ? -1 : response.status(), found, scroll > viewport ? scroll : null,
                    strings(width.get("stickingOut")), strings(width.get("cutMenus")), null);
        } catch (RuntimeException e) {
            return Result.crashed(e.toString().lines().findFirst().orElse(""));
        }
    }

    private static Response open(Page page, PageCatalog.Entry entry) {
        if (!entry.isPost()) return page.navigate(catalog.app().url(entry.path()));
        page.navigate(catalog.app().url(entry.origin()));
        // waits for the answer's document to load, also when it has the same URL as the form's page
        return page.waitForNavigation(() -> page.evaluate(SUBMIT, Map.of("action", entry.path(), "pairs", entry.form(PageCatalog.nextSend()))));
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static String script(String resource) {
        try (var in = AccessibilityTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Violation violation(Rule rule) {
        boolean wcag = rule.getTags().stream().anyMatch(t -> t.startsWith("wcag"));
        String targets = rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))
                + (rule.getNodes().size() > 3 ? ", ..." : "");
        return new Violation(rule.getId(), rule.getImpact(), !wcag, rule.getNodes().size(), rule.getHelp(), targets);
    }
}
