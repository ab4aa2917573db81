package nl.cursusschrift.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The harness's report: a table per test class, printed to the test output and kept in
 * target/quality-report.txt (one section per class, so either class can run alone).
 *
 * <p>Strict by default: the tests fail on any validator error, axe violation or horizontal overflow, so a
 * new finding fails the suite. {@code -Dquality.strict=false} only reports those (to see the whole table
 * while fixing); the tests then still fail on a crash, a page that does not answer its expected status, or
 * a GET route the catalog does not open.
 */
final class QualityReport {
    static final boolean STRICT = !"false".equalsIgnoreCase(System.getProperty("quality.strict", "true"));
    static final Path FILE = Path.of("target", "quality-report.txt");
    private static final Path SECTIONS = Path.of("target", "quality-report");

    private QualityReport() {
    }

    /** Prints a section and rewrites the report file from every section written so far. */
    static void publish(String name, String text) {
        System.out.println(text);
        try {
            Files.createDirectories(SECTIONS);
            Files.writeString(SECTIONS.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            try (Stream<Path> files = Files.list(SECTIONS)) {
                String all = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(QualityReport::read)
                        .collect(Collectors.joining("\n"));
                Files.writeString(FILE, all, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain-text table with columns as wide as their widest cell. */
    static String table(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                out.append(i == row.size() - 1 ? cell : cell + " ".repeat(widths[i] - cell.length() + 2));
            }
            out.append('\n');
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) out.append("-".repeat(widths[i])).append(i == widths.length - 1 ? "" : "  ");
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static String mode() {
        return STRICT ? "strict (the default; -Dquality.strict=false only reports): any error, violation or overflow fails"
                : "report only (-Dquality.strict=false; without it any error, violation or overflow fails)";
    }
}
