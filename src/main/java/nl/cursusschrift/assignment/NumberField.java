package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.util.List;
import nl.cursusschrift.yaml.YamlMap;

/** A number, optionally whole, within {@code min}..{@code max}, with a unit ("klanten", "%"). */
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

    /** Accepts Dutch and English notation: 12,5 and 12.5; 1.250 as thousands is not guessed at. */
    @Override
    public Read read(List<String> raw) {
        String text = raw.get(0).strip().replace(" ", "").replace(',', '.');
        if (unit != null && text.endsWith(unit.replace(" ", ""))) text = text.substring(0, text.length() - unit.replace(" ", "").length());
        try {
            BigDecimal number = new BigDecimal(text);
            if (integer) {
                if (number.stripTrailingZeros().scale() > 0) return Read.error("Vul een heel getal in, zonder komma.");
                return Read.ok(LongNode.valueOf(number.longValueExact()));
            }
            return Read.ok(DecimalNode.valueOf(number));
        } catch (NumberFormatException | ArithmeticException e) {
            return Read.error(integer ? "Vul een heel getal in, bijvoorbeeld 12." : "Vul een getal in, bijvoorbeeld 12 of 12,5.");
        }
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

    static String show(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @Override
    public List<String> raw(JsonNode stored) {
        if (stored == null || stored.isNull() || stored.isMissingNode()) return List.of("");
        return List.of(stored.isNumber() ? show(stored.decimalValue()) : stored.asText());
    }

    @Override
    public String display(JsonNode stored) {
        String number = raw(stored).get(0);
        return number.isEmpty() || unit == null ? number : unit.equals("%") ? number + "%" : number + " " + unit;
    }
}
