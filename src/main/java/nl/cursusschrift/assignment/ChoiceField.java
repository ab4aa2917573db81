package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.yaml.YamlMap;
import nl.cursusschrift.yaml.YamlNode;

/**
 * One of a list of options, or several with {@code multiple: true}. Inside a list, {@code max_count}
 * limits how many items may pick an option ("at most 3 Messi moments").
 */
public record ChoiceField(FieldCommon common, List<Option> options, boolean multiple, Map<String, Integer> maxCount) implements Leaf {
    static final String TYPE = "choice";

    /** An option: the value stored and the label shown (the same unless declared apart). */
    public record Option(String value, String label) {
    }

    static Field parse(FieldCommon common, YamlMap yaml) {
        List<Option> options = new ArrayList<>();
        for (YamlNode node : yaml.list("options", true)) {
            if (node.isScalar()) {
                options.add(new Option(node.scalar().strip(), node.scalar().strip()));
            } else if (node.isMap()) {
                YamlMap option = node.asMap("een optie");
                String value = option.string("value", true);
                String label = option.string("label", false);
                option.rejectUnknownKeys();
                if (value != null) options.add(new Option(value, label == null ? value : label));
            } else {
                node.problem("een optie is tekst, of een blok met 'value' en 'label'");
            }
        }
        if (yaml.has("options") && options.size() < 2) yaml.problems().add(yaml.line(), "een keuzeveld heeft minstens twee opties nodig");
        if (options.stream().map(Option::value).distinct().count() < options.size()) {
            yaml.problems().add(yaml.line(), "twee opties hebben dezelfde waarde");
        }
        boolean multiple = yaml.bool("multiple", false);
        Map<String, Integer> maxCount = new LinkedHashMap<>();
        YamlMap limits = yaml.map("max_count", false);
        if (limits != null) {
            for (Option option : options) {
                Integer max = limits.integer(option.value(), false, 0, 1000);
                if (max != null) maxCount.put(option.value(), max);
            }
            limits.rejectUnknownKeys();
        }
        return new ChoiceField(common, List.copyOf(options), multiple, Map.copyOf(maxCount));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int maxChars() {
        return 200;
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** Few options read best as buttons; many as a drop-down. */
    public boolean asButtons() {
        return multiple || options.size() <= 4;
    }

    @Override
    public Read read(List<String> raw) {
        for (String value : raw) {
            if (option(value).isEmpty()) return Read.error("Kies een van de opties.");
        }
        if (!multiple) {
            if (raw.size() > 1) return Read.error("Kies één optie.");
            return Read.ok(TextNode.valueOf(raw.get(0)));
        }
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        raw.stream().distinct().forEach(values::add);
        return Read.ok(values);
    }

    @Override
    public List<String> raw(JsonNode stored) {
        if (stored == null || stored.isNull() || stored.isMissingNode()) return List.of();
        if (stored.isArray()) {
            List<String> values = new ArrayList<>();
            stored.forEach(v -> values.add(v.asText()));
            return values;
        }
        return List.of(stored.asText());
    }

    @Override
    public String display(JsonNode stored) {
        return String.join(", ", raw(stored).stream().map(v -> option(v).map(Option::label).orElse(v)).toList());
    }
}
