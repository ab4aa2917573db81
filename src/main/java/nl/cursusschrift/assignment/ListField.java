package nl.cursusschrift.assignment;

import java.util.List;
import nl.cursusschrift.yaml.YamlMap;

/** A list of items with the same sub-fields: exactly {@code count}, or {@code min}..{@code max}. */
public record ListField(FieldCommon common, List<Leaf> fields, Integer count, int min, int max, String item, Prefill prefill)
        implements Group {
    static final String TYPE = "list";

    static Field parse(FieldCommon common, YamlMap yaml) {
        GroupParts parts = GroupParts.parse(common, yaml, 1, 50, List.of(), "Onderdeel");
        return new ListField(common, parts.fields(), parts.count(), parts.min(), parts.max(), parts.item(), parts.prefill());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
