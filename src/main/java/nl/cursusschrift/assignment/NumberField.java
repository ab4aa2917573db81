package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.util.List;
import nl.cursusschrift.text.DutchNumber;
import nl.cursusschrift.text.ParsedNumber;
import nl.cursusschrift.yaml.YamlMap;

/**
 * A number, optionally whole, within {@code min}..{@code max}, with a unit ("klanten", "%"). What the learner
 * types is read as a Dutch person writes it ({@link DutchNumber}: {@code 4.000} is four thousand), and
 * shown back the same way everywhere; anything the parser would have to guess at is refused with its message.
 */
public record NumberField(FieldCommon common, BigDecimal min, BigDecimal max, String unit, boolean integer) implements Leaf {
    static final String TYPE = "number";

    static Field parse(FieldCommon common, YamlMap yaml) {
        Double min = yaml.decimal("min");
        Double max = yaml.decimal("max");
        if (min != null && max != null && min > max) {
            yaml.problems().add(yaml.line(), "'min' (" + min + ") is groter dan 'max' (" + max + ")");
        }
        return new NumberField(common, min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max),
                yaml.string("unit", false), yaml.bool("integer", false));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxChars() {
        return 40;
    }

    @Override
    public Read read(List<String> raw) {
        ParsedNumber parsed = DutchNumber.parse(raw.get(0), unit, integer);
        if (parsed instanceof ParsedNumber.Refused refused) return Read.error(refused.message());
        BigDecimal value = ((ParsedNumber.Accepted) parsed).value();
        return Read.ok(integer ? LongNode.valueOf(value.longValueExact()) : DecimalNode.valueOf(value));
    }

    @Override
    public String check(JsonNode typed) {
        BigDecimal value = typed.decimalValue();
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            if (min != null && max != null) return "Vul een getal van " + show(min) + " tot en met " + show(max) + " in.";
            if (min != null) return "Vul een getal van " + show(min) + " of meer in.";
            return "Vul een getal van " + show(max) + " of minder in.";
        }
        return null;
    }

    private static String show(BigDecimal n) {
        return DutchNumber.format(n.stripTrailingZeros());
    }

    /** A typed number as the learner reads it ({@code 4.000}); a draft's text exactly as it was typed. */
    @Override
    public List<String> raw(JsonNode stored) {
        if (stored == null || stored.isNull() || stored.isMissingNode()) return List.of("");
        return List.of(stored.isNumber() ? DutchNumber.formatForInput(stored.decimalValue()) : stored.asText());
    }

    /** {@code 4.000 klanten}, {@code 12%}, {@code € 12,50}; text that is no number (a draft) stays as typed. */
    @Override
    public String display(JsonNode stored) {
        if (stored == null || stored.isNull() || stored.isMissingNode()) return "";
        if (stored.isNumber()) return DutchNumber.formatWithUnit(stored.decimalValue(), unit);
        String text = stored.asText();
        if (text.isBlank()) return "";
        return DutchNumber.parse(text, unit, integer) instanceof ParsedNumber.Accepted accepted
                ? DutchNumber.formatWithUnit(accepted.value(), unit) : text;
    }
}
