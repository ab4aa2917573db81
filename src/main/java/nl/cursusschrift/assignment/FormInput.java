package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the posted form into the answer document, exactly as typed ("raw": every value a string).
 * Field names follow the declaration: {@code naam}, or {@code magisch[0].organisatie} inside a group.
 * A name the assignment does not have means the form was tampered with: nothing is stored.
 */
public final class FormInput {
    private static final Pattern ITEM = Pattern.compile("([a-z][a-z0-9_]{0,39})\\[(\\d{1,3})]\\.([a-z][a-z0-9_]{0,39})");
    private static final Set<String> CONTROL = Set.of("_csrf", "_action", "version", "return", "at_now");

    /** The document, or why the request is not a form of this assignment. */
    public record Result(ObjectNode raw, String tampered) {
    }

    private FormInput() {
    }

    public static Result read(Assignment assignment, Map<String, List<String>> params) {
        ObjectNode raw = JsonNodeFactory.instance.objectNode();
        Map<String, TreeMap<Integer, ObjectNode>> groups = new java.util.HashMap<>();
        for (var param : params.entrySet()) {
            String name = param.getKey();
            if (CONTROL.contains(name)) continue;
            List<String> values = clean(param.getValue());
            Matcher item = ITEM.matcher(name);
            if (item.matches()) {
                Field field = assignment.field(item.group(1)).orElse(null);
                if (!(field instanceof Group group)) return new Result(null, "onbekend veld " + name);
                Leaf sub = group.field(item.group(3));
                if (sub == null) return new Result(null, "onbekend veld " + name);
                if (values.isEmpty()) continue;
                ObjectNode target = groups.computeIfAbsent(group.id(), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(item.group(2)), k -> JsonNodeFactory.instance.objectNode());
                target.set(sub.id(), value(sub, values));
                continue;
            }
            Field field = assignment.field(name).orElse(null);
            if (!(field instanceof Leaf leaf)) return new Result(null, "onbekend veld " + name);
            if (!values.isEmpty()) raw.set(name, value(leaf, values));
        }
        for (Field field : assignment.fields()) {
            if (!(field instanceof Group group)) continue;
            ArrayNode items = raw.putArray(group.id());
            for (ObjectNode item : groups.getOrDefault(group.id(), new TreeMap<>()).values()) {
                if (hasContent(item)) items.add(item);
            }
        }
        return new Result(raw, null);
    }

    /** An item counts when something besides its prefilled time was filled in. */
    static boolean hasContent(ObjectNode item) {
        var names = item.fieldNames();
        while (names.hasNext()) {
            if (!names.next().equals(MomentField.ID)) return true;
        }
        return false;
    }

    private static JsonNode value(Leaf leaf, List<String> values) {
        if (leaf instanceof ChoiceField choice && choice.multiple()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            values.forEach(array::add);
            return array;
        }
        return TextNode.valueOf(values.get(0));
    }

    /**
     * Keeps what a person typed, minus what no text needs: NUL and other control characters
     * (PostgreSQL refuses NUL), Windows line ends, and white space around the value.
     */
    static List<String> clean(List<String> values) {
        List<String> cleaned = new ArrayList<>(values.size());
        for (String value : values) {
            String text = cleanText(value);
            if (!text.isEmpty()) cleaned.add(text);
        }
        return cleaned;
    }

    /** One value cleaned as above; null becomes "". Also for other learner text (replies under shared answers). */
    public static String cleanText(String value) {
        if (value == null) return "";
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
    }
}
