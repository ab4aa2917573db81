package nl.cursusschrift.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.ChoiceField;
import nl.cursusschrift.assignment.Group;

/** Computes the insights an assignment declares from one answer document. */
public final class Insights {
    private Insights() {
    }

    public static List<Insight> compute(Assignment assignment, ObjectNode document) {
        List<Insight> results = new ArrayList<>();
        for (InsightSpec spec : assignment.insights()) {
            Group group = (Group) assignment.field(spec.field()).orElseThrow();
            JsonNode items = document.get(spec.field());
            if (spec instanceof InsightSpec.Share share) results.add(share(group, share, items));
        }
        return results;
    }

    static Insight.Share share(Group group, InsightSpec.Share spec, JsonNode items) {
        ChoiceField by = (ChoiceField) group.field(spec.by());
        int[] counts = new int[by.options().size()];
        int total = 0;
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                List<String> chosen = by.raw(item.get(by.id()));
                if (chosen.isEmpty()) continue;
                total++;
                for (int i = 0; i < counts.length; i++) {
                    if (chosen.contains(by.options().get(i).value())) counts[i]++;
                }
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
            summary = highlight.count() + " van je " + total + " " + (total == 1 ? noun : plural(noun)) + " (" + highlight.percent()
                    + "%) " + (highlight.count() == 1 ? "was" : "waren") + " '" + highlight.label() + "'.";
        } else {
            summary = total + " " + (total == 1 ? noun : plural(noun)) + " geteld.";
        }
        return new Insight.Share(group.id(), by.label() + ": " + group.label(), List.copyOf(slices), total, highlight, summary);
    }

    /** Dutch plural of the common item nouns; others get -en or -s. */
    static String plural(String noun) {
        if (noun.endsWith("contact")) return noun + "en";
        if (noun.endsWith("e") || noun.endsWith("el") || noun.endsWith("er") || noun.endsWith("en")) return noun + "s";
        if (noun.endsWith("moment")) return noun + "en";
        return noun + "en";
    }
}
