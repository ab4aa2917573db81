package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.text.Dutch;

/**
 * Checks an answer against its assignment. A draft only has to fit (no value over its length
 * limit); values of the wrong type are warnings, kept as typed. A submission must satisfy every
 * rule, and comes out typed (numbers as numbers, scores as integers).
 */
public final class AnswerCheck {
    /** The most a whole answer may weigh as JSON. */
    public static final int MAX_DOCUMENT_CHARS = 512 * 1024;

    /**
     * @param errors   block saving (draft) or submitting; keyed by form name, a group's count by its id
     * @param warnings shown next to the field but do not block a draft
     */
    public record Outcome(ObjectNode typed, Map<String, String> errors, Map<String, String> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private AnswerCheck() {
    }

    public static Outcome draft(Assignment assignment, ObjectNode raw) {
        return check(assignment, raw, false, null);
    }

    public static Outcome submission(Assignment assignment, ObjectNode raw, LocalDateTime now) {
        return check(assignment, raw, true, now);
    }

    private static Outcome check(Assignment assignment, ObjectNode raw, boolean submit, LocalDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> warnings = new LinkedHashMap<>();
        ObjectNode typed = JsonNodeFactory.instance.objectNode();
        if (Json.write(raw).length() > MAX_DOCUMENT_CHARS) {
            errors.put("_form", "Je antwoord is te lang om in één keer op te slaan: hoogstens 512 kB tekst in totaal.");
        }
        for (Field field : assignment.fields()) {
            if (field instanceof Leaf leaf) {
                JsonNode value = leaf(leaf, leaf.id(), raw.get(leaf.id()), submit, errors, warnings);
                if (value != null) typed.set(leaf.id(), value);
            } else if (field instanceof Group group) {
                JsonNode stored = raw.get(group.id());
                ArrayNode items = typed.putArray(group.id());
                List<ObjectNode> typedItems = new ArrayList<>();
                int count = stored != null && stored.isArray() ? stored.size() : 0;
                if (count > GroupParts.HARD_MAX) {
                    errors.put(group.id(), "Hier passen hoogstens " + group.max() + "; nu zijn het er " + count + ".");
                    continue;
                }
                for (int i = 0; i < count; i++) {
                    JsonNode item = stored.get(i);
                    ObjectNode typedItem = JsonNodeFactory.instance.objectNode();
                    for (Leaf sub : group.fields()) {
                        JsonNode value = leaf(sub, group.id() + "[" + i + "]." + sub.id(), item.get(sub.id()), submit, errors, warnings);
                        if (value != null) typedItem.set(sub.id(), value);
                    }
                    items.add(typedItem);
                    typedItems.add(typedItem);
                }
                if (submit) {
                    String problem = group.countProblem(count);
                    if (problem != null) errors.putIfAbsent(group.id(), problem);
                    group.checkItems(group.id(), typedItems, now, errors);
                }
            }
        }
        return new Outcome(typed, errors, warnings);
    }

    private static JsonNode leaf(Leaf leaf, String name, JsonNode stored, boolean submit,
                                 Map<String, String> errors, Map<String, String> warnings) {
        List<String> values = stored == null ? List.of() : leaf.raw(stored).stream().filter(v -> !v.isBlank()).toList();
        if (values.isEmpty()) {
            if (submit && leaf.required()) errors.put(name, leaf instanceof ChoiceField || leaf instanceof ScoreField ? "Maak een keuze." : "Vul dit in.");
            return null;
        }
        for (String value : values) {
            if (value.length() > leaf.maxChars()) {
                errors.put(name, "Hier passen hoogstens " + Dutch.count(leaf.maxChars()) + " tekens; nu zijn het er " + Dutch.count(value.length()) + ".");
                return null;
            }
        }
        Leaf.Read read = leaf.read(values);
        if (read.error() != null) {
            (submit ? errors : warnings).put(name, read.error());
            return null;
        }
        if (submit) {
            String problem = leaf.check(read.value());
            if (problem != null) errors.put(name, problem);
        }
        return read.value();
    }
}
