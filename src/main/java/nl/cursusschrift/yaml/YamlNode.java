package nl.cursusschrift.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node that remembers its line, so every content problem can name file and line.
 * We compose nodes instead of constructing Java objects: nothing in a content file can
 * instantiate classes, and line numbers survive.
 */
public final class YamlNode {
    private final Node node;
    private final Problems problems;

    YamlNode(Node node, Problems problems) {
        this.node = node;
        this.problems = problems;
    }

    /** Parses text; on a syntax error adds a problem with the line and returns null. */
    public static YamlNode parse(String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            return root == null ? null : new YamlNode(root, problems);
        } catch (MarkedYAMLException e) {
            YamlError error = YamlError.of(e);
            problems.add(error.line(), "ongeldige YAML: " + error.message());
            return null;
        } catch (YAMLException e) {
            problems.add(0, "ongeldige YAML: " + YamlError.TOO_DEEP);
            return null;
        }
    }

    /** 0-based line within the YAML text; {@link Problems} turns it into a file line. */
    public int line() {
        return node.getStartMark().getLine();
    }

    public Problems problems() {
        return problems;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    public String scalar() {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** The node as a mapping, or null with a problem "{what} moet ... zijn". */
    public YamlMap asMap(String what) {
        if (node instanceof MappingNode m) return new YamlMap(m, problems);
        problems.add(line(), what + " moet een blok met sleutels zijn (sleutel: waarde)");
        return null;
    }

    /** The node as a list, or an empty list with a problem. */
    public List<YamlNode> asList(String what) {
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node child : seq.getValue()) items.add(new YamlNode(child, problems));
            return items;
        }
        problems.add(line(), what + " moet een lijst zijn (regels die met - beginnen)");
        return List.of();
    }

    public void problem(String message) {
        problems.add(line(), message);
    }

    /** The node as JSON (scalars as strings), e.g. to keep a snapshot of an assignment declaration. */
    public com.fasterxml.jackson.databind.JsonNode toJson() {
        return toJson(node);
    }

    private static com.fasterxml.jackson.databind.JsonNode toJson(Node node) {
        var factory = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (node instanceof MappingNode map) {
            var object = factory.objectNode();
            for (var tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) object.set(key.getValue(), toJson(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode seq) {
            var array = factory.arrayNode();
            seq.getValue().forEach(child -> array.add(toJson(child)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.getTag().equals(Tag.NULL) ? factory.nullNode() : factory.textNode(scalar.getValue());
    }
}
