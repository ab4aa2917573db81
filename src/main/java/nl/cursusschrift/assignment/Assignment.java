package nl.cursusschrift.assignment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.cursusschrift.course.Exercise;
import nl.cursusschrift.course.Lesson;

/**
 * A lesson's weekly assignment: its fields and, from other features, its extras (insights) as
 * declared. {@code source} is the declaration as JSON; each submission keeps it (by {@code hash}),
 * so an answer is always read with the fields it was written for, even after the lesson changes.
 */
public record Assignment(String introHtml, List<Field> fields, List<AssignmentExtra> extras, String source, String hash) implements Exercise {

    /** The assignment of a lesson, or null when it has none. */
    public static Assignment of(Lesson lesson) {
        return (Assignment) lesson.exercise();
    }

    public Optional<Field> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The extras of one kind, in the order declared. */
    public <T extends AssignmentExtra> List<T> extras(Class<T> type) {
        return extras.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public String outline() {
        return fields.stream().map(f -> f.id() + " (" + f.type() + ")").collect(Collectors.joining(", "));
    }
}
