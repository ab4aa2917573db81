package nl.cursusschrift.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping read key by key. Every key asked for is remembered, so
 * {@link #rejectUnknownKeys()} can report typos ("titel") with the keys that are allowed.
 */
public final class YamlMap {
    private final int line;
    private final Problems problems;
    private final Map<String, YamlNode> entries = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    YamlMap(MappingNode mapping, Problems problems) {
        this.line = mapping.getStartMark().getLine();
        this.problems = problems;
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = tuple.getKeyNode().getStartMark().getLine();
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(keyLine, "een sleutel moet een naam zijn");
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                problems.add(keyLine, "sleutel '" + key.getValue() + "' komt twee keer voor");
                continue;
            }
            entries.put(key.getValue(), new YamlNode(tuple.getValueNode(), problems));
            keyLines.put(key.getValue(), keyLine);
        }
    }

    public int line() {
        return line;
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        known.add(key);
        YamlNode node = entries.get(key);
        return node != null && !node.isNull();
    }

    /** The node under key, or null when absent or empty. */
    public YamlNode node(String key) {
        return has(key) ? entries.get(key) : null;
    }

    public String string(String key, boolean required) {
        YamlNode node = node(key);
        if (node == null) {
            if (required) missing(key);
            return null;
        }
        if (!node.isScalar()) {
            node.problem("'" + key + "' moet tekst zijn");
            return null;
        }
        String value = node.scalar().strip();
        if (required && value.isEmpty()) {
            node.problem("'" + key + "' mag niet leeg zijn");
            return null;
        }
        return value;
    }

    public Integer integer(String key, boolean required, int min, int max) {
        YamlNode node = node(key);
        if (node == null) {
            if (required) missing(key);
            return null;
        }
        try {
            int value = Integer.parseInt(node.isScalar() ? node.scalar().trim() : "");
            if (value < min || value > max) {
                node.problem("'" + key + "' moet tussen " + min + " en " + max + " liggen, niet " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            node.problem("'" + key + "' moet een geheel getal zijn, niet '" + shown(node) + "'");
            return null;
        }
    }

    public Double decimal(String key) {
        YamlNode node = node(key);
        if (node == null) return null;
        try {
            return Double.parseDouble(node.isScalar() ? node.scalar().trim() : "");
        } catch (NumberFormatException e) {
            node.problem("'" + key + "' moet een getal zijn, niet '" + shown(node) + "'");
            return null;
        }
    }

    public boolean bool(String key, boolean fallback) {
        YamlNode node = node(key);
        if (node == null) return fallback;
        String value = node.isScalar() ? node.scalar().trim().toLowerCase() : "";
        return switch (value) {
            case "true", "yes", "ja" -> true;
            case "false", "no", "nee" -> false;
            default -> {
                node.problem("'" + key + "' moet true of false zijn, niet '" + shown(node) + "'");
                yield fallback;
            }
        };
    }

    public LocalDate date(String key) {
        YamlNode node = node(key);
        if (node == null) return null;
        try {
            return LocalDate.parse(node.isScalar() ? node.scalar().trim() : "");
        } catch (DateTimeParseException e) {
            node.problem("'" + key + "' moet een datum zijn als 2026-01-12, niet '" + shown(node) + "'");
            return null;
        }
    }

    public List<YamlNode> list(String key, boolean required) {
        YamlNode node = node(key);
        if (node == null) {
            if (required) missing(key);
            return List.of();
        }
        return node.asList("'" + key + "'");
    }

    public YamlMap map(String key, boolean required) {
        YamlNode node = node(key);
        if (node == null) {
            if (required) missing(key);
            return null;
        }
        return node.asMap("'" + key + "'");
    }

    /** Reports every key that was never asked for: a typo or a key this version does not know. */
    public void rejectUnknownKeys() {
        List<String> unknown = new ArrayList<>();
        for (var entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) unknown.add(entry.getKey());
        }
        for (String key : unknown) {
            problems.add(keyLines.get(key), "onbekende sleutel '" + key + "' (toegestaan: " + String.join(", ", known) + ")");
        }
    }

    private void missing(String key) {
        problems.add(line, "'" + key + "' ontbreekt");
    }

    private static String shown(YamlNode node) {
        return node.isScalar() ? node.scalar() : "(geen enkele waarde)";
    }
}
