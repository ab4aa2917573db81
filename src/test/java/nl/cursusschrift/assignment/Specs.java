package nl.cursusschrift.assignment;

import java.util.List;
import nl.cursusschrift.yaml.ContentProblem;
import nl.cursusschrift.yaml.Problems;
import nl.cursusschrift.yaml.YamlNode;

/** Parses assignment YAML in unit tests, as the course loader does for a lesson (lines as in the file). */
final class Specs {
    private Specs() {
    }

    record Parsed(Assignment assignment, List<String> problems) {
    }

    /** {@code yaml} is the value of {@code assignment:}; its first line is file line 2. */
    static Parsed parse(String yaml) {
        Problems problems = new Problems("les.md", 2);
        YamlNode node = YamlNode.parse(yaml, problems);
        Assignment assignment = node == null ? null : nl.cursusschrift.Main.assignmentParser().parse(node);
        return new Parsed(assignment, problems.list().stream().map(ContentProblem::toString).toList());
    }

    static Assignment ok(String yaml) {
        Parsed parsed = parse(yaml);
        if (!parsed.problems().isEmpty()) throw new AssertionError(parsed.problems());
        return parsed.assignment();
    }

    static <T extends Field> T field(String fieldYaml, Class<T> type) {
        return type.cast(ok("fields:\n  - " + fieldYaml.replace("\n", "\n    ")).fields().get(0));
    }
}
