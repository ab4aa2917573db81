package nl.cursusschrift.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error summary at the top of a refused assignment (the GOV.UK pattern): one line per message, each
 * naming its field, list or item ("Drie Magische Momenten: vul er precies 3 in; je hebt er 2 ingevuld.")
 * and linking to it, so a learner on a phone sees what is wrong and where without scrolling in search.
 *
 * @param lead what happened to the answer: kept as a draft, or not stored at all
 */
public record ErrorSummary(String title, String lead, List<Line> lines) {
    private static final Pattern ITEM = Pattern.compile("([a-z][a-z0-9_]*)\\[(\\d+)]\\.([a-z][a-z0-9_]*)");

    /** One message with its subject, and the id of the element it is about. */
    public record Line(String text, String anchor) {
    }

    /** Null when there is nothing to summarise. */
    static ErrorSummary of(Assignment assignment, Map<String, String> errors, boolean keptAsDraft) {
        if (errors.isEmpty()) return null;
        List<Line> lines = new ArrayList<>();
        errors.keySet().stream().sorted(java.util.Comparator.comparingLong(key -> position(assignment, key)))
                .forEach(key -> lines.add(new Line(named(assignment, key, errors.get(key)), FieldView.anchor(key))));
        String title = lines.size() == 1 ? "Er is één ding dat nog niet klopt" : "Er zijn " + lines.size() + " dingen die nog niet kloppen";
        String lead = keptAsDraft ? "Je antwoord is bewaard als concept, maar nog niet ingeleverd."
                : "Je antwoord is nog niet opgeslagen. Alles wat je typte staat nog in het formulier.";
        return new ErrorSummary(title, lead, List.copyOf(lines));
    }

    /** Where the message's field stands in the form, so the summary reads in the order of the page: a list before its items. */
    private static long position(Assignment assignment, String key) {
        Matcher item = ITEM.matcher(key);
        String id = item.matches() ? item.group(1) : key;
        int field = assignment.fields().indexOf(assignment.field(id).orElse(null));
        if (field < 0) return -1;
        if (!item.matches() || !(assignment.fields().get(field) instanceof Group group)) return field * 1_000_000L;
        return field * 1_000_000L + (Integer.parseInt(item.group(2)) + 1) * 1_000L + group.fields().indexOf(group.field(item.group(3))) + 1;
    }

    /** The message with its subject in front: the field's label, the list's label, or the item and its field. */
    static String named(Assignment assignment, String key, String message) {
        Matcher item = ITEM.matcher(key);
        if (item.matches() && assignment.field(item.group(1)).orElse(null) instanceof Group group) {
            Leaf sub = group.field(item.group(3));
            String subject = group.item() + " " + (Integer.parseInt(item.group(2)) + 1);
            return subject + ", " + join(sub == null ? item.group(3) : sub.label(), message);
        }
        return assignment.field(key).map(f -> join(f.label(), message)).orElse(message);
    }

    /** "Organisatie: vul dit in." but "Wat gebeurde er? Vul dit in.": a question keeps its mark. */
    private static String join(String label, String message) {
        String subject = label.strip();
        if (subject.endsWith("?") || subject.endsWith("!") || subject.endsWith(".")) return subject + " " + message;
        if (subject.endsWith(":")) subject = subject.substring(0, subject.length() - 1);
        boolean sentence = message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1));
        return subject + ": " + (sentence ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message);
    }
}
