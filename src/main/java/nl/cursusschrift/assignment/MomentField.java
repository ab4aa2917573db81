package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.cursusschrift.text.Dutch;

/** The date and time of a log row (built in, not declared by authors): 2026-11-23T08:15. */
public record MomentField(FieldCommon common) implements Leaf {
    static final String TYPE = "moment";
    public static final String ID = "at";

    static MomentField builtIn() {
        return new MomentField(FieldCommon.builtIn(ID, "Wanneer", null));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxChars() {
        return 30;
    }

    @Override
    public Read read(List<String> raw) {
        try {
            return Read.ok(TextNode.valueOf(parse(raw.get(0)).toString()));
        } catch (DateTimeParseException e) {
            return Read.error("Vul een datum en tijd in, bijvoorbeeld 23-11-2026 08:15.");
        }
    }

    static LocalDateTime parse(String text) {
        String t = text.strip().replace(' ', 'T');
        if (t.length() > 16) t = t.substring(0, 16);
        return LocalDateTime.parse(t);
    }

    @Override
    public List<String> raw(JsonNode stored) {
        return List.of(Leaf.text(stored));
    }

    @Override
    public String display(JsonNode stored) {
        try {
            return Dutch.moment(parse(Leaf.text(stored)));
        } catch (DateTimeParseException e) {
            return Leaf.text(stored);
        }
    }
}
