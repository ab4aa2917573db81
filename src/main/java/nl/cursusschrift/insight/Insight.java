package nl.cursusschrift.insight;

import java.util.List;

/** A computed insight: the numbers behind a chart, with a caption and a sentence that says what they mean. */
public sealed interface Insight {

    /** The group field the numbers come from (the insight is shown after it). */
    String field();

    String caption();

    /** Share of items per option of a choice. */
    record Share(String field, String caption, List<Slice> slices, int total, Slice highlight, String summary) implements Insight {
    }

    /** One option: how many items chose it and which share that is. */
    record Slice(String value, String label, int count, int percent) {
    }
}
