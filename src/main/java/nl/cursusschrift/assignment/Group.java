package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A repeatable group of sub-fields: a list of items, a timestamped log, or a journey of touchpoints. */
public sealed interface Group extends Field permits ListField, LogField, JourneyField {

    /** Every sub-field of an item, built-in ones included, in the order shown. */
    List<Leaf> fields();

    /** Fewest items on submit (when the field is required). */
    int min();

    /** Most items. */
    int max();

    /** The exact number of items, or null when a range is allowed. */
    Integer count();

    /** The caption of one item, numbered: "Magisch Moment 1". */
    String item();

    /** Where a fresh answer copies its items from, or null. */
    Prefill prefill();

    /** An earlier step's field to start from. */
    record Prefill(int step, String field) {
    }

    default Leaf field(String id) {
        return fields().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** How many item slots a form shows before anything is typed. */
    default int slots() {
        return count() != null ? count() : Math.max(1, Math.min(min(), 10));
    }

    /** The Dutch reason a number of items is not allowed on submit, or null. */
    default String countProblem(int items) {
        if (!required() && items == 0) return null;
        if (count() != null && items != count()) return "Vul er precies " + count() + " in; " + filled(items);
        if (items < min()) return "Vul er minstens " + min() + " in; " + filled(items);
        if (items > max()) return "Vul er hoogstens " + max() + " in; " + filled(items);
        return null;
    }

    /** "je hebt er 2 ingevuld.", said after the rule so the learner sees what is missing. */
    private static String filled(int items) {
        return items == 0 ? "je hebt er nog geen ingevuld." : "je hebt er " + items + " ingevuld.";
    }

    /** Rules across items, checked on submit; errors keyed by form name. Includes max_count of choices. */
    default void checkItems(String name, List<ObjectNode> items, LocalDateTime submittedAt, Map<String, String> errors) {
        for (Leaf sub : fields()) {
            if (!(sub instanceof ChoiceField choice)) continue;
            for (var limit : choice.maxCount().entrySet()) {
                long chosen = items.stream().filter(i -> choice.raw(i.get(choice.id())).contains(limit.getKey())).count();
                if (chosen > limit.getValue()) {
                    errors.putIfAbsent(name, "Kies hoogstens " + limit.getValue() + " keer '"
                            + choice.option(limit.getKey()).map(ChoiceField.Option::label).orElse(limit.getKey()) + "'; nu " + chosen + " keer.");
                }
            }
        }
    }
}
