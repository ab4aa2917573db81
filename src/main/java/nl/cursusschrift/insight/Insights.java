package nl.cursusschrift.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.ChoiceField;
import nl.cursusschrift.assignment.Group;
import nl.cursusschrift.assignment.Leaf;
import nl.cursusschrift.assignment.ScoreField;
import nl.cursusschrift.assignment.TextField;
import nl.cursusschrift.text.Dutch;

/** Computes the insights an assignment declares from one answer document (draft or submitted). */
public final class Insights {
    private Insights() {
    }

    /** What the assignment declares under {@code insights:}. */
    public static List<InsightSpec> specs(Assignment assignment) {
        return assignment.extras(InsightSpec.class);
    }

    public static List<Insight> compute(Assignment assignment, ObjectNode document) {
        List<Insight> results = new ArrayList<>();
        for (InsightSpec spec : specs(assignment)) {
            Group group = (Group) assignment.field(spec.field()).orElseThrow();
            List<JsonNode> items = items(document.get(spec.field()));
            if (spec instanceof InsightSpec.Share share) results.add(share(group, share, items));
            else if (spec instanceof InsightSpec.Nps nps) results.add(nps(group, nps, items));
            else if (spec instanceof InsightSpec.Plot plot) results.add(plot(group, plot, items));
            else if (spec instanceof InsightSpec.Curve curve) results.add(curve(group, curve, items));
        }
        return results;
    }

    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node != null && node.isArray()) node.forEach(items::add);
        return items;
    }

    static Insight.Share share(Group group, InsightSpec.Share spec, List<JsonNode> items) {
        ChoiceField by = (ChoiceField) group.field(spec.by());
        int[] counts = new int[by.options().size()];
        int total = 0;
        int missing = 0;
        for (JsonNode item : items) {
            List<String> chosen = by.raw(item.get(by.id()));
            if (chosen.isEmpty()) {
                missing++;
                continue;
            }
            total++;
            for (int i = 0; i < counts.length; i++) {
                if (chosen.contains(by.options().get(i).value())) counts[i]++;
            }
        }
        int[] percents = Percentages.of(counts);
        List<Insight.Slice> slices = new ArrayList<>();
        Insight.Slice highlight = null;
        for (int i = 0; i < counts.length; i++) {
            ChoiceField.Option option = by.options().get(i);
            Insight.Slice slice = new Insight.Slice(option.value(), option.label(), counts[i], percents[i]);
            slices.add(slice);
            if (option.value().equals(spec.highlight())) highlight = slice;
        }
        String noun = group.item().toLowerCase();
        String summary;
        if (total == 0) {
            summary = "Nog niets om te tellen: kies bij elke regel '" + by.label() + "'.";
        } else if (highlight != null) {
            summary = highlight.count() + " van je " + total + " " + (total == 1 ? noun : Dutch.pluralOf(noun)) + " (" + highlight.percent()
                    + "%) " + (highlight.count() == 1 ? "was" : "waren") + " '" + highlight.label() + "'.";
        } else {
            summary = total + " " + (total == 1 ? noun : Dutch.pluralOf(noun)) + " geteld.";
        }
        return new Insight.Share(group.id(), group.label(), List.copyOf(slices), total, highlight,
                summary + missingText(missing, noun, by.label()), missing);
    }

    static Insight.Nps nps(Group group, InsightSpec.Nps spec, List<JsonNode> items) {
        ScoreField score = (ScoreField) group.field(spec.score());
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        int missing = 0;
        for (JsonNode item : items) {
            Integer value = integer(score, item);
            if (value == null) {
                missing++;
            } else if (value >= 9) {
                promoters++;
            } else if (value >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        int total = promoters + passives + detractors;
        int[] percents = Percentages.of(new int[] {detractors, passives, promoters});
        // The score itself is computed from exact shares, not from the rounded percentages.
        int nps = total == 0 ? 0 : (int) Math.round((promoters - detractors) * 100.0 / total);
        String noun = group.item().toLowerCase();
        String summary = total == 0 ? "Nog geen scores: vul bij elke " + noun + " een cijfer in."
                : "Je Net Promoter Score is " + (nps > 0 ? "+" + nps : String.valueOf(nps)) + ": " + promoters + " promotors, "
                        + passives + " passief tevreden, " + detractors + " criticasters, op " + total + " " + (total == 1 ? "antwoord" : "antwoorden") + ".";
        return new Insight.Nps(group.id(), "Net Promoter Score: " + group.label(), promoters, passives, detractors, nps, percents,
                summary + missingText(missing, noun, score.label()), missing);
    }

    static Insight.Plot plot(Group group, InsightSpec.Plot spec, List<JsonNode> items) {
        Leaf x = group.field(spec.x());
        Leaf y = group.field(spec.y());
        Leaf label = group.field(spec.label());
        List<Insight.Point> points = new ArrayList<>();
        int missing = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            Double xv = number(x, item);
            Double yv = number(y, item);
            if (xv == null || yv == null) {
                missing++;
                continue;
            }
            String text = Leaf.text(item.get(label.id()));
            points.add(new Insight.Point(text.isBlank() ? group.item() + " " + (i + 1) : text, xv, yv,
                    x.display(item.get(x.id())), y.display(item.get(y.id()))));
        }
        PlotAxis xAxis = PlotAxis.of(x, points.stream().mapToDouble(Insight.Point::x).toArray());
        PlotAxis yAxis = PlotAxis.of(y, points.stream().mapToDouble(Insight.Point::y).toArray());
        String noun = group.item().toLowerCase();
        String summary = points.isEmpty() ? "Nog niets om te tekenen: vul bij elke " + noun + " '" + x.label() + "' en '" + y.label() + "' in."
                : points.size() + " " + (points.size() == 1 ? noun : Dutch.pluralOf(noun)) + " op de kaart.";
        return new Insight.Plot(group.id(), x.label() + " tegen " + y.label().toLowerCase() + ": " + group.label(), x.label(), y.label(),
                xAxis.ticks(), yAxis.ticks(), xAxis.min(), xAxis.max(), yAxis.min(), yAxis.max(), List.copyOf(points),
                summary + missingText(missing, noun, x.label() + " of " + y.label()), missing);
    }

    static Insight.Curve curve(Group group, InsightSpec.Curve spec, List<JsonNode> items) {
        ScoreField feeling = (ScoreField) group.field(nl.cursusschrift.assignment.JourneyField.FEELING);
        TextField touchpoint = (TextField) group.field(nl.cursusschrift.assignment.JourneyField.TOUCHPOINT);
        ChoiceField mark = spec.mark() == null ? null : (ChoiceField) group.field(spec.mark());
        List<Insight.CurvePoint> points = new ArrayList<>();
        int missing = 0;
        int marked = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            Integer value = integer(feeling, item);
            if (value == null) missing++;
            boolean isMarked = mark != null && mark.raw(item.get(mark.id())).contains(spec.markValue());
            if (isMarked) marked++;
            String label = Leaf.text(item.get(touchpoint.id()));
            points.add(new Insight.CurvePoint(label.isBlank() ? group.item() + " " + (i + 1) : label, value, isMarked));
        }
        String markLabel = mark == null ? null : mark.option(spec.markValue()).map(ChoiceField.Option::label).orElse(spec.markValue());
        String summary;
        if (points.isEmpty()) {
            summary = "Nog geen contactmomenten om te tekenen.";
        } else {
            Insight.CurvePoint low = points.stream().filter(p -> p.feeling() != null).min(java.util.Comparator.comparingInt(Insight.CurvePoint::feeling)).orElse(null);
            Insight.CurvePoint high = points.stream().filter(p -> p.feeling() != null).max(java.util.Comparator.comparingInt(Insight.CurvePoint::feeling)).orElse(null);
            summary = points.size() + (points.size() == 1 ? " contactmoment" : " contactmomenten")
                    + (high == null ? "" : "; het hoogtepunt is '" + high.label() + "' (" + signed(high.feeling()) + "), het dal '" + low.label()
                    + "' (" + signed(low.feeling()) + ")") + (mark == null ? "" : "; " + marked + " keer '" + markLabel + "'") + ".";
        }
        return new Insight.Curve(group.id(), "Het verloop van " + group.label().toLowerCase(), feeling.min(), feeling.max(), List.copyOf(points),
                markLabel, summary + missingText(missing, group.item().toLowerCase(), feeling.label()), missing);
    }

    static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }

    private static Integer integer(ScoreField field, JsonNode item) {
        JsonNode value = item.get(field.id());
        if (value == null) return null;
        var read = field.read(List.of(Leaf.text(value).isBlank() ? "x" : Leaf.text(value)));
        return read.value() == null ? null : read.value().asInt();
    }

    /** A numeric reading of a number, score, or a choice whose option values are numbers. */
    private static Double number(Leaf field, JsonNode item) {
        JsonNode value = item.get(field.id());
        // A submitted number is stored typed; only a draft's text needs reading (where 4.000 is four thousand).
        if (value != null && value.isNumber()) return value.asDouble();
        String text = value == null ? "" : Leaf.text(value).strip();
        if (text.isEmpty()) return null;
        var read = field.read(List.of(text));
        if (read.value() == null) return null;
        return field instanceof ChoiceField ? Double.parseDouble(read.value().asText()) : read.value().asDouble();
    }

    private static String missingText(int missing, String noun, String what) {
        if (missing == 0) return "";
        return " Bij " + missing + " " + (missing == 1 ? noun : Dutch.pluralOf(noun)) + " ontbreekt nog '" + what + "'.";
    }
}
