package nl.cursusschrift.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Answers are JSON documents: field id to value, groups as arrays of objects. */
public final class Json {
    /**
     * Decimals are read as exact BigDecimals with their scale, never as doubles: a learner's {@code € 12,50}
     * comes back as 12.50 and is shown as {@code € 12,50}, not {@code € 12,5}.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ObjectNode parse(String json) {
        if (json == null) return object();
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("opgeslagen antwoord is geen geldig JSON-document", e);
        }
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
