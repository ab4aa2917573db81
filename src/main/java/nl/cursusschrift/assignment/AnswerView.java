package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An answer made readable: labels with what was written, lists as lists, logs as tables,
 * journeys in order. Values of fields the lesson no longer has are kept, under {@code removed}.
 */
public record AnswerView(List<Entry> entries, List<Entry> removed) {

    /** One field of the answer. */
    public sealed interface Entry {
        String id();

        String label();
    }

    /** A single value; {@code text} is empty when nothing was filled in. */
    public record Value(String id, String label, String text, boolean multiline) implements Entry {
    }

    /** A list, log or journey: the sub-field labels as columns, one row per item. */
    public record Items(String id, String label, String type, String itemLabel, List<String> columns, List<List<String>> rows)
            implements Entry {
        public boolean table() {
            return type.equals(LogField.TYPE);
        }
    }

    public boolean isEmpty() {
        return entries.stream().allMatch(AnswerView::blank) && removed.isEmpty();
    }

    private static boolean blank(Entry entry) {
        return entry instanceof Value v ? v.text().isEmpty() : ((Items) entry).rows().isEmpty();
    }

    /** Everything written, as plain text (values only, no labels): what search looks through. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            if (entry instanceof Value v) {
                if (!v.text().isEmpty()) text.append(v.text()).append('\n');
            } else {
                for (List<String> row : ((Items) entry).rows()) {
                    for (String cell : row) if (!cell.isEmpty()) text.append(cell).append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * What a share points at: {@code ""} the whole answer, {@code "field"} one field,
     * {@code "field[2]"} one item of a list or log. Empty when the target is not in this answer.
     */
    public AnswerView select(String target) {
        if (target.isEmpty()) return new AnswerView(entries, List.of());
        int bracket = target.indexOf('[');
        if (bracket < 0) return only(target);
        String field = target.substring(0, bracket);
        int index = Integer.parseInt(target.substring(bracket + 1, target.length() - 1));
        for (Entry entry : entries) {
            if (entry instanceof Items items && items.id().equals(field) && index < items.rows().size()) {
                return new AnswerView(List.of(new Items(items.id(), items.itemLabel() + " " + (index + 1), items.type(), items.itemLabel(),
                        items.columns(), List.of(items.rows().get(index)))), List.of());
            }
        }
        return new AnswerView(List.of(), List.of());
    }

    /** The targets one can share: the whole answer, and each item of each list, log or journey, with a label. */
    public java.util.LinkedHashMap<String, String> shareTargets() {
        var targets = new java.util.LinkedHashMap<String, String>();
        targets.put("", "Mijn hele antwoord");
        for (Entry entry : entries) {
            if (entry instanceof Items items) {
                for (int i = 0; i < items.rows().size(); i++) {
                    String first = items.rows().get(i).stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
                    if (first.length() > 60) first = first.substring(0, 60) + "…";
                    targets.put(items.id() + "[" + i + "]", items.itemLabel() + " " + (i + 1) + (first.isEmpty() ? "" : ": " + first));
                }
            }
        }
        return targets;
    }

    /** What each comment target of this answer is called: "Organisatie", "Magisch Moment 2", for feedback shown apart from its field. */
    public java.util.Map<String, String> targetLabels() {
        var labels = new java.util.LinkedHashMap<String, String>();
        for (Entry entry : entries) {
            labels.put(entry.id(), entry.label());
            if (entry instanceof Items items) {
                for (int i = 0; i < items.rows().size(); i++) labels.put(items.id() + "[" + i + "]", items.itemLabel() + " " + (i + 1));
            }
        }
        return labels;
    }

    /** Only one field of the answer (for "shows" of a single field). */
    public AnswerView only(String fieldId) {
        return new AnswerView(entries.stream().filter(e -> e.id().equals(fieldId)).toList(), List.of());
    }

    public static AnswerView of(Assignment assignment, ObjectNode document) {
        List<Entry> entries = new ArrayList<>();
        for (Field field : assignment.fields()) {
            JsonNode stored = document.get(field.id());
            if (field instanceof Leaf leaf) {
                entries.add(new Value(leaf.id(), leaf.label(), stored == null ? "" : leaf.display(stored),
                        leaf instanceof TextField t && t.multiline()));
            } else if (field instanceof Group group) {
                List<List<String>> rows = new ArrayList<>();
                if (stored != null && stored.isArray()) {
                    for (JsonNode item : stored) {
                        List<String> row = new ArrayList<>();
                        for (Leaf sub : group.fields()) {
                            JsonNode value = item.get(sub.id());
                            row.add(value == null ? "" : sub.display(value));
                        }
                        rows.add(row);
                    }
                }
                entries.add(new Items(group.id(), group.label(), group.type(), group.item(),
                        group.fields().stream().map(Field::label).toList(), rows));
            }
        }
        return new AnswerView(entries, removed(assignment, document));
    }

    /** What the document holds for fields the assignment no longer declares, shown as plain text. */
    private static List<Entry> removed(Assignment assignment, ObjectNode document) {
        List<Entry> removed = new ArrayList<>();
        Iterator<String> names = document.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (assignment.field(name).isPresent()) continue;
            JsonNode value = document.get(name);
            removed.add(new Value(name, name, flatten(value), true));
        }
        return removed;
    }

    private static String flatten(JsonNode value) {
        if (value.isValueNode()) return value.asText();
        List<String> parts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> parts.add(flatten(v)));
            return String.join("\n", parts);
        }
        value.fields().forEachRemaining(e -> parts.add(e.getKey() + ": " + flatten(e.getValue())));
        return String.join("; ", parts);
    }
}
