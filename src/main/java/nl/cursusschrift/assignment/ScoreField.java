package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import java.util.stream.IntStream;
import nl.cursusschrift.yaml.YamlMap;

/**
 * A whole number on a scale, picked from buttons: 0..10 for a {@code score} (NPS), or a journey's
 * feeling scale. {@code low}/{@code high} label the ends.
 */
public record ScoreField(FieldCommon common, int min, int max, String low, String high) implements Leaf {
    static final String TYPE = "score";

    static Field parse(FieldCommon common, YamlMap yaml) {
        return new ScoreField(common, 0, 10, yaml.string("low", false), yaml.string("high", false));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxChars() {
        return 4;
    }

    public List<Integer> scale() {
        return IntStream.rangeClosed(min, max).boxed().toList();
    }

    @Override
    public Read read(List<String> raw) {
        try {
            int value = Integer.parseInt(raw.get(0).strip());
            if (value >= min && value <= max) return Read.ok(IntNode.valueOf(value));
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        return Read.error("Kies een cijfer van " + min + " tot en met " + max + ".");
    }

    @Override
    public List<String> raw(JsonNode stored) {
        String text = Leaf.text(stored);
        return text.isEmpty() ? List.of() : List.of(text);
    }

    @Override
    public String display(JsonNode stored) {
        return Leaf.text(stored);
    }
}
