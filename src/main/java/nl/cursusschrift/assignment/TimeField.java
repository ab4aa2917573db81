package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.cursusschrift.yaml.YamlMap;

/** A time of day, stored and shown as 14:30. Typed by hand, 14.30 and 9:05 also work. */
public record TimeField(FieldCommon common) implements Leaf {
    static final String TYPE = "time";

    static Field parse(FieldCommon common, YamlMap yaml) {
        return new TimeField(common);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxChars() {
        return 10;
    }

    @Override
    public Read read(List<String> raw) {
        String text = raw.get(0).strip().replace('.', ':');
        if (text.matches("\\d:\\d{2}")) text = "0" + text;
        try {
            LocalTime time = LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
            return Read.ok(TextNode.valueOf(time.toString()));
        } catch (DateTimeParseException e) {
            return Read.error("Vul een tijd in als 14:30.");
        }
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
