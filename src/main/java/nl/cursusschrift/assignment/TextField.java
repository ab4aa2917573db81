package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import nl.cursusschrift.yaml.YamlMap;

/** Free text: one line, or a text area with {@code long: true}; optional word limits. */
public record TextField(FieldCommon common, boolean multiline, Integer minWords, Integer maxWords) implements Leaf {
    static final String TYPE = "text";
    public static final int SHORT_MAX = 500;
    public static final int LONG_MAX = 10_000;

    static Field parse(FieldCommon common, YamlMap yaml) {
        boolean multiline = yaml.bool("long", false);
        Integer min = yaml.integer("min_words", false, 1, 5000);
        Integer max = yaml.integer("max_words", false, 1, 5000);
        if (min != null && max != null && min > max) {
            yaml.problems().add(yaml.line(), "'min_words' (" + min + ") is groter dan 'max_words' (" + max + ")");
        }
        return new TextField(common, multiline, min, max);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxChars() {
        return multiline ? LONG_MAX : SHORT_MAX;
    }

    @Override
    public Read read(List<String> raw) {
        return Read.ok(TextNode.valueOf(raw.get(0)));
    }

    @Override
    public String check(JsonNode typed) {
        int words = words(typed.asText());
        if (minWords != null && words < minWords) {
            return "Schrijf minstens " + minWords + " woorden (nu " + words + ").";
        }
        if (maxWords != null && words > maxWords) {
            return "Schrijf hoogstens " + maxWords + " woorden (nu " + words + ").";
        }
        return null;
    }

    static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    @Override
    public List<String> raw(JsonNode stored) {
        return List.of(Leaf.text(stored));
    }

    @Override
    public String display(JsonNode stored) {
        return Leaf.text(stored);
    }
}
