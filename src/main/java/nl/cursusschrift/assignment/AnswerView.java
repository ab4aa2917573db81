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
