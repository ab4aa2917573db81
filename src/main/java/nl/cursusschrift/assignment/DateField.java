package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import nl.cursusschrift.yaml.YamlMap;
import nl.cursusschrift.text.Dutch;

/** A date; stored as 2026-11-23, shown as "23 november 2026". Typed by hand, 23-11-2026 also works. */
public record DateField(FieldCommon common) implements Leaf {
    static final String TYPE = "date";
    private static final DateTimeFormatter DUTCH_INPUT = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    static Field parse(FieldCommon common, YamlMap yaml) {
        return new DateField(common);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxChars() {
        return 20;
    }

    @Override
    public Read read(List<String> raw) {
        String text = raw.get(0).strip();
        try {
            LocalDate date = text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : LocalDate.parse(text.replace('/', '-'), DUTCH_INPUT);
            if (date.getYear() < 1900 || date.getYear() > 2200) return Read.error("Vul een datum in als 23-11-2026.");
            return Read.ok(TextNode.valueOf(date.toString()));
        } catch (DateTimeParseException e) {
            return Read.error("Vul een datum in als 23-11-2026.");
        }
    }

    @Override
    public List<String> raw(JsonNode stored) {
        return List.of(Leaf.text(stored));
    }

    @Override
    public String display(JsonNode stored) {
        String text = Leaf.text(stored);
        try {
            return Dutch.date(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
