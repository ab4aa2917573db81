package nl.cursusschrift.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page of the catalog through the Nu Html Checker, as the server sends it. */
class HtmlValidityTest {
    static long started;
    static long ready;
    static PageCatalog catalog;
    static NuChecker checker;

    @BeforeAll
    static void start() {
        started = System.nanoTime();
        catalog = PageCatalog.start();
        checker = new NuChecker();
        ready = System.nanoTime();
    }

    @AfterAll
    static void stop() {
        if (catalog != null) catalog.close();
    }

    @Test
    void catalogOpensEveryGetRouteOfTheRoutesTable() {
        assertEquals(List.of(), catalog.uncovered(),
                "GET routes that no page of the catalog opens: give each a page in PageCatalog, or list it in NOT_PAGES with the reason");
    }

    @Test
    void everyPage_hasNoNuHtmlCheckerErrors() {
        List<String> failures = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        int totalErrors = 0;
        for (PageCatalog.Entry entry : catalog.entries()) {
            try {
                WebClient.Res res = fetch(entry);
                String type = String.valueOf(res.header("Content-Type"));
                if (res.status() != entry.status()) failures.add(entry.label() + " answered " + res.status());
                if (!type.startsWith("text/html")) {
                    failures.add(entry.label() + " is not HTML: " + type);
                    rows.add(List.of(entry.label(), String.valueOf(res.status()), "-", "-"));
                    continue;
                }
                List<NuChecker.Message> messages = checker.check(res.body(), catalog.app().url(entry.path()));
                List<NuChecker.Message> errors = messages.stream().filter(NuChecker.Message::isError).toList();
                long warnings = messages.size() - errors.size();
                totalErrors += errors.size();
                rows.add(List.of(entry.label(), String.valueOf(res.status()), String.valueOf(errors.size()), String.valueOf(warnings)));
                if (!errors.isEmpty()) {
                    details.append(entry.label()).append('\n').append(describe(errors));
                    if (QualityReport.STRICT) failures.add(entry.label() + ": " + errors.size() + " validator errors");
                }
            } catch (RuntimeException e) {
                failures.add(entry.label() + " crashed: " + e);
                rows.add(List.of(entry.label(), "crash", "-", "-"));
            }
        }
        long done = System.nanoTime();
        String report = "== Nu Html Checker (nu.validator:validator), " + QualityReport.mode() + "\n"
                + rows.size() + " pages, " + totalErrors + " errors on " + rows.stream().filter(r -> !r.get(2).equals("0")).count() + " pages\n\n"
                + QualityReport.table(List.of("page", "status", "errors", "warnings"), rows)
                + (details.length() == 0 ? "" : "\nErrors per page:\n" + details)
                + "\nLeft out (they redirect that person): " + String.join("; ", catalog.redirects()) + "\n"
                + "Time: app and world " + QualityReport.seconds(ready - started) + ", checking " + QualityReport.seconds(done - ready)
                + ", class " + QualityReport.seconds(done - started) + "\n";
        QualityReport.publish("1-html-validity", report);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n(see " + QualityReport.FILE + ")");
    }

    /** The page as the server sends it: a GET, or the answer to a form posted from its origin page. */
    static WebClient.Res fetch(PageCatalog.Entry entry) {
        WebClient web = entry.viewer().web();
        if (!entry.isPost()) return web.get(entry.path());
        web.get(entry.origin());
        return web.post(entry.path(), entry.form(PageCatalog.nextSend()).toArray(String[]::new));
    }

    /** The errors of one page, the same message once with all its lines: a template repeats its mistake. */
    static String describe(List<NuChecker.Message> errors) {
        Map<String, List<NuChecker.Message>> byText = new LinkedHashMap<>();
        for (NuChecker.Message m : errors) byText.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
        StringBuilder out = new StringBuilder();
        byText.forEach((text, same) -> {
            List<String> lines = same.stream().map(m -> String.valueOf(m.line())).toList();
            out.append("  ").append(same.size() == 1 ? "" : same.size() + "x ").append("line ")
                    .append(lines.size() > 8 ? String.join(", ", lines.subList(0, 8)) + ", ..." : String.join(", ", lines))
                    .append(": ").append(text).append('\n')
                    .append("      ").append(oneLine(same.get(0).extract())).append('\n');
        });
        return out.toString();
    }

    static String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
