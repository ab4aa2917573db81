package nl.cursusschrift.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.AnswerView;

/**
 * What changed between the version an instructor last reviewed and the new one, per field and,
 * for lists and logs, per item; words that changed are marked.
 */
public final class AnswerDiff {
    /** A stretch of text: unchanged, removed or added. */
    public record Segment(String text, String op) {
    }

    /** The change of one field or item; {@code segments} reads as the new text with the old words struck. */
    public record Change(String target, String label, List<Segment> segments) {
    }

    private AnswerDiff() {
    }

    public static List<Change> between(AnswerView before, AnswerView after) {
        Map<String, AnswerView.Entry> old = new HashMap<>();
        before.entries().forEach(e -> old.put(e.id(), e));
        List<Change> changes = new ArrayList<>();
        for (AnswerView.Entry entry : after.entries()) {
            AnswerView.Entry previous = old.get(entry.id());
            if (entry instanceof AnswerView.Value v) {
                String was = previous instanceof AnswerView.Value p ? p.text() : "";
                if (!was.equals(v.text())) changes.add(new Change(v.id(), v.label(), words(was, v.text())));
            } else {
                AnswerView.Items items = (AnswerView.Items) entry;
                List<List<String>> wasRows = previous instanceof AnswerView.Items p ? p.rows() : List.of();
                int rows = Math.max(items.rows().size(), wasRows.size());
                for (int i = 0; i < rows; i++) {
                    String was = i < wasRows.size() ? row(wasRows.get(i)) : "";
                    String now = i < items.rows().size() ? row(items.rows().get(i)) : "";
                    if (!was.equals(now)) {
                        changes.add(new Change(items.id() + "[" + i + "]", items.itemLabel() + " " + (i + 1)
                                + (now.isEmpty() ? " (verwijderd)" : was.isEmpty() ? " (nieuw)" : ""), words(was, now)));
                    }
                }
            }
        }
        return changes;
    }

    private static String row(List<String> cells) {
        return String.join(" · ", cells.stream().filter(c -> !c.isEmpty()).toList());
    }

    /** A word diff by longest common subsequence; answers are short enough for the quadratic table. */
    static List<Segment> words(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("(?<=\\s)");
        String[] b = after.isEmpty() ? new String[0] : after.split("(?<=\\s)");
        if ((long) a.length * b.length > 4_000_000L) {
            return List.of(new Segment(before, "del"), new Segment(after, "ins"));
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].strip().equals(b[j].strip()) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].strip().equals(b[j].strip())) {
                add(segments, b[j], "same");
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(segments, b[j++], "ins");
            } else {
                add(segments, a[i++], "del");
            }
        }
        return segments;
    }

    private static void add(List<Segment> segments, String text, String op) {
        if (!segments.isEmpty() && segments.get(segments.size() - 1).op().equals(op)) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(last.text() + text, op));
        } else {
            segments.add(new Segment(text, op));
        }
    }
}
