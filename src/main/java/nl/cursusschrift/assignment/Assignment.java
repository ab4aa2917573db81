package nl.cursusschrift.assignment;

import java.util.List;
import java.util.Optional;
import nl.cursusschrift.insight.InsightSpec;

/**
 * A lesson's weekly assignment: its fields and insights as declared. {@code source} is the
 * declaration as JSON; each submission keeps it (by {@code hash}), so an answer is always read
 * with the fields it was written for, even after the lesson changes.
 */
public record Assignment(String introHtml, List<Field> fields, List<InsightSpec> insights, String source, String hash) {

    public Optional<Field> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
