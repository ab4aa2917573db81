package nl.cursusschrift.insight;

import java.util.List;
import java.util.function.Function;
import nl.cursusschrift.assignment.ChoiceField;
import nl.cursusschrift.assignment.ExtraParser;
import nl.cursusschrift.assignment.Field;
import nl.cursusschrift.assignment.Group;
import nl.cursusschrift.assignment.JourneyField;
import nl.cursusschrift.assignment.Leaf;
import nl.cursusschrift.assignment.NumberField;
import nl.cursusschrift.assignment.ScoreField;
import nl.cursusschrift.assignment.TextField;
import nl.cursusschrift.yaml.YamlMap;
import nl.cursusschrift.yaml.YamlNode;

/** Reads an {@code insights:} entry and checks that the fields it names exist and have the right type. */
public final class InsightParser implements ExtraParser {
    @Override
    public String key() {
        return "insights";
    }

    @Override
    public InsightSpec parse(YamlNode node, Function<String, Field> fields) {
        YamlMap yaml = node.asMap("een inzicht");
        if (yaml == null) return null;
        String type = yaml.string("type", true);
        String fieldId = yaml.string("field", true);
        if (type == null || fieldId == null) return null;
        Field field = fields.apply(fieldId);
        if (!(field instanceof Group group)) {
            yaml.problems().add(yaml.line(), field == null ? "inzicht '" + type + "' noemt een onbekend veld '" + fieldId + "'"
                    : "inzicht '" + type + "' heeft een lijst, log of klantreis nodig; '" + fieldId + "' is een " + field.type());
            return null;
        }
        InsightSpec spec = switch (type) {
            case "share" -> {
                ChoiceField by = sub(yaml, group, "by", ChoiceField.class, "een keuzeveld", true);
                String highlight = yaml.string("highlight", false);
                if (by != null && highlight != null && by.option(highlight).isEmpty()) {
                    yaml.problems().add(yaml.line(), "'highlight' '" + highlight + "' is geen optie van '" + by.id() + "'");
                }
                yield by == null ? null : new InsightSpec.Share(fieldId, by.id(), highlight);
            }
            case "nps" -> {
                ScoreField score = sub(yaml, group, "score", ScoreField.class, "een score (0-10)", true);
                if (score != null && (score.min() != 0 || score.max() != 10)) {
                    yaml.problems().add(yaml.line(), "de NPS rekent met scores van 0 tot en met 10");
                }
                yield score == null ? null : new InsightSpec.Nps(fieldId, score.id());
            }
            case "plot" -> {
                Leaf x = numeric(yaml, group, "x");
                Leaf y = numeric(yaml, group, "y");
                TextField label = sub(yaml, group, "label", TextField.class, "een tekstveld", true);
                yield x == null || y == null || label == null ? null : new InsightSpec.Plot(fieldId, x.id(), y.id(), label.id());
            }
            case "curve" -> {
                if (!(group instanceof JourneyField)) {
                    yaml.problems().add(yaml.line(), "inzicht 'curve' tekent een klantreis; '" + fieldId + "' is een " + group.type());
                }
                ChoiceField mark = sub(yaml, group, "mark", ChoiceField.class, "een keuzeveld", false);
                String markValue = yaml.string("mark_value", mark != null);
                if (mark != null && markValue != null && mark.option(markValue).isEmpty()) {
                    yaml.problems().add(yaml.line(), "'mark_value' '" + markValue + "' is geen optie van '" + mark.id() + "'");
                }
                yield new InsightSpec.Curve(fieldId, mark == null ? null : mark.id(), markValue);
            }
            default -> {
                yaml.problems().add(yaml.line(), "onbekend soort inzicht '" + type + "' (bekend: share, nps, plot, curve)");
                yield null;
            }
        };
        yaml.rejectUnknownKeys();
        return spec;
    }

    private static <T extends Leaf> T sub(YamlMap yaml, Group group, String key, Class<T> type, String what, boolean required) {
        String id = yaml.string(key, required);
        if (id == null) return null;
        Leaf leaf = group.field(id);
        if (leaf == null) {
            yaml.problems().add(yaml.line(), "'" + key + "' noemt '" + id + "', maar '" + group.id() + "' heeft geen veld met die naam");
            return null;
        }
        if (!type.isInstance(leaf)) {
            yaml.problems().add(yaml.line(), "'" + key + "' moet " + what + " zijn; '" + id + "' is een " + leaf.type());
            return null;
        }
        return type.cast(leaf);
    }

    /** A sub-field with numeric values: a number, a score, or a choice whose option values are numbers. */
    private static Leaf numeric(YamlMap yaml, Group group, String key) {
        String id = yaml.string(key, true);
        if (id == null) return null;
        Leaf leaf = group.field(id);
        boolean ok = leaf instanceof NumberField || leaf instanceof ScoreField
                || leaf instanceof ChoiceField c && c.options().stream().allMatch(o -> isNumber(o.value()));
        if (!ok) {
            yaml.problems().add(yaml.line(), "'" + key + "' moet een getal, score of keuze met getallen als waarde zijn"
                    + (leaf == null ? "; '" + group.id() + "' heeft geen veld '" + id + "'" : "; '" + id + "' is dat niet"));
            return null;
        }
        return leaf;
    }

    public static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<String> types() {
        return List.of("share", "nps", "plot", "curve");
    }
}
