package nl.cursusschrift.assignment;

import java.util.List;
import nl.cursusschrift.yaml.YamlMap;
import nl.cursusschrift.yaml.YamlNode;

/**
 * A customer journey: touchpoints in order, each with how it feels on a scale (default -5..5),
 * plus any extra sub-fields. Later steps draw it as a curve.
 */
public record JourneyField(FieldCommon common, List<Leaf> fields, int min, int max, String item, Prefill prefill, int scaleMin,
                           int scaleMax) implements Group {
    static final String TYPE = "journey";
    public static final String TOUCHPOINT = "touchpoint";
    public static final String FEELING = "feeling";

    static Field parse(FieldCommon common, YamlMap yaml) {
        int low = -5;
        int high = 5;
        List<YamlNode> scale = yaml.list("scale", false);
        if (!scale.isEmpty()) {
            try {
                if (scale.size() != 2) throw new NumberFormatException();
                low = Integer.parseInt(scale.get(0).scalar().strip());
                high = Integer.parseInt(scale.get(1).scalar().strip());
                if (low >= high || high - low > 20) throw new NumberFormatException();
            } catch (NumberFormatException | NullPointerException e) {
                yaml.problems().add(yaml.line(), "'scale' moet twee gehele getallen zijn, laag en hoog, bijvoorbeeld [-5, 5]");
                low = -5;
                high = 5;
            }
        }
        List<Leaf> builtIns = List.of(
                new TextField(FieldCommon.builtIn(TOUCHPOINT, "Contactmoment", null), false, null, null),
                new ScoreField(FieldCommon.builtIn(FEELING, "Gevoel van de klant", null), low, high, "heel negatief", "heel positief"));
        GroupParts parts = GroupParts.parse(common, yaml, 2, 30, builtIns, "Contactmoment");
        if (parts.count() != null) yaml.problems().add(yaml.line(), "een klantreis heeft geen vast aantal: gebruik 'min' en 'max'");
        return new JourneyField(common, parts.fields(), parts.min(), parts.max(), parts.item(),
                parts.prefill(), low, high);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Integer count() {
        return null;
    }
}
