package nl.cursusschrift.assignment;

import java.util.function.Function;
import nl.cursusschrift.yaml.YamlNode;

/**
 * Reads one extra key of the assignment block (the insight package reads {@code insights:}).
 * Problems go to the node's problems with their line, like every content problem.
 */
public interface ExtraParser {
    /** The key under {@code assignment:} this parser reads. */
    String key();

    /** One entry of the key's list, or null when it has problems. */
    AssignmentExtra parse(YamlNode node, Function<String, Field> fields);
}
