package nl.cursusschrift.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.cursusschrift.yaml.YamlMap;
import nl.cursusschrift.yaml.YamlNode;

/** What every group declares: its sub-fields, item count rules, item caption and prefill. */
record GroupParts(List<Leaf> fields, Integer count, int min, int max, String item, Group.Prefill prefill) {
    static final int HARD_MAX = 500;

    static GroupParts parse(FieldCommon common, YamlMap yaml, int defaultMin, int defaultMax, List<Leaf> builtIns, String defaultItem) {
        Integer count = yaml.integer("count", false, 1, HARD_MAX);
        Integer min = yaml.integer("min", false, 0, HARD_MAX);
        Integer max = yaml.integer("max", false, 1, HARD_MAX);
        if (count != null && (min != null || max != null)) {
            yaml.problems().add(yaml.line(), "gebruik 'count' (precies zoveel) of 'min'/'max', niet allebei");
        }
        int effectiveMin = count != null ? count : min != null ? min : defaultMin;
        int effectiveMax = count != null ? count : max != null ? max : Math.max(defaultMax, effectiveMin);
        if (effectiveMin > effectiveMax) {
            yaml.problems().add(yaml.line(), "'min' (" + effectiveMin + ") is groter dan 'max' (" + effectiveMax + ")");
        }
        String item = yaml.string("item", false);
        Group.Prefill prefill = null;
        YamlMap from = yaml.map("prefill", false);
        if (from != null) {
            Integer step = from.integer("step", true, 1, 99);
            String field = from.string("field", true);
            from.rejectUnknownKeys();
            if (step != null && field != null) prefill = new Group.Prefill(step, field);
        }
        List<Leaf> fields = new ArrayList<>(builtIns);
        Set<String> ids = new HashSet<>();
        builtIns.forEach(b -> ids.add(b.id()));
        List<YamlNode> declared = yaml.list("fields", builtIns.isEmpty());
        for (YamlNode node : declared) {
            Field field = AssignmentParser.parseField(node, false);
            if (field == null) continue;
            if (!ids.add(field.id())) {
                node.problem("id '" + field.id() + "' komt twee keer voor in '" + common.id() + "'"
                        + (builtIns.stream().anyMatch(b -> b.id().equals(field.id())) ? " (deze naam is al ingebouwd)" : ""));
                continue;
            }
            fields.add((Leaf) field);
        }
        if (builtIns.isEmpty() && yaml.has("fields") && declared.isEmpty()) {
            yaml.problems().add(yaml.line(), "'" + common.id() + "' heeft ten minste één veld onder 'fields' nodig");
        }
        for (Leaf leaf : fields) {
            if (leaf instanceof ChoiceField choice) {
                for (String value : choice.maxCount().keySet()) {
                    if (choice.option(value).isEmpty()) yaml.problems().add(yaml.line(), "max_count noemt een onbekende optie '" + value + "'");
                }
            }
        }
        return new GroupParts(List.copyOf(fields), count, effectiveMin, effectiveMax, item == null ? defaultItem : item, prefill);
    }
}
