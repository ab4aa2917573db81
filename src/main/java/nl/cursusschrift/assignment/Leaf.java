package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A field with one value (or one set of choices): text, a choice, a number, a score, a date, a time.
 * Values travel as the strings a form sends ("raw") and are stored typed once submitted.
 */
public sealed interface Leaf extends Field permits TextField, ChoiceField, NumberField, ScoreField, DateField, TimeField, MomentField {

    /** Most characters one value may have; said in the error message when exceeded. */
    int maxChars();

    /**
     * The typed value of what was typed, or an error when it is not of the field's type
     * ("twaalf" in a number field). Never called with empty input.
     */
    Read read(List<String> raw);

    /** Rules that only apply on submit (range, word count); null when fine. */
    default String check(JsonNode typed) {
        return null;
    }

    /** The form strings that show a stored (raw or typed) value again. */
    List<String> raw(JsonNode stored);

    /** How a stored value reads in the notebook and exports. */
    String display(JsonNode stored);

    /** A typed value, or the reason there is none. */
    record Read(JsonNode value, String error) {
        static Read ok(JsonNode value) {
            return new Read(value, null);
        }

        static Read error(String message) {
            return new Read(null, message);
        }
    }

    /** The single string of a stored value, typed or raw. */
    static String text(JsonNode stored) {
        if (stored == null || stored.isNull() || stored.isMissingNode()) return "";
        if (stored.isArray()) return stored.isEmpty() ? "" : stored.get(0).asText();
        return stored.asText();
    }
}
