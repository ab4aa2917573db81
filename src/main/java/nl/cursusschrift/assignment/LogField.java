package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.yaml.YamlMap;

/**
 * A log the learner adds rows to one by one, each with its own date and time; with
 * {@code within: 24h} every row must lie in the 24 hours before submitting.
 */
public record LogField(FieldCommon common, List<Leaf> fields, int min, int max, String item, Duration within) implements Group {
    static final String TYPE = "log";
    private static final Pattern WITHIN = Pattern.compile("(\\d{1,4})\\s*([hd])");
    /** A phone's clock may run a little ahead of the server's. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    static Field parse(FieldCommon common, YamlMap yaml) {
        GroupParts parts = GroupParts.parse(common, yaml, 1, 200, List.of(MomentField.builtIn()), "Regel");
        if (parts.count() != null) yaml.problems().add(yaml.line(), "een log heeft geen vast aantal: gebruik 'min' en 'max'");
        if (parts.prefill() != null) yaml.problems().add(yaml.line(), "een log kan niet uit een eerdere stap beginnen ('prefill')");
        Duration within = null;
        String text = yaml.string("within", false);
        if (text != null) {
            Matcher m = WITHIN.matcher(text.strip());
            if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
                within = m.group(2).equals("h") ? Duration.ofHours(Long.parseLong(m.group(1))) : Duration.ofDays(Long.parseLong(m.group(1)));
            } else {
                yaml.problems().add(yaml.line(), "'within' moet een duur zijn als 24h of 7d, niet '" + text + "'");
            }
        }
        return new LogField(common, parts.fields(), parts.min(), parts.max(), parts.item(), within);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Integer count() {
        return null;
    }

    @Override
    public Prefill prefill() {
        return null;
    }

    /** "24 uur" or "7 dagen", for messages. */
    public String withinText() {
        if (within == null) return null;
        long hours = within.toHours();
        return hours % 24 == 0 && hours >= 48 ? hours / 24 + " dagen" : hours + " uur";
    }

    @Override
    public void checkItems(String name, List<ObjectNode> items, LocalDateTime submittedAt, Map<String, String> errors) {
        Group.super.checkItems(name, items, submittedAt, errors);
        if (within == null) return;
        for (int i = 0; i < items.size(); i++) {
            try {
                LocalDateTime at = MomentField.parse(items.get(i).path(MomentField.ID).asText());
                if (at.isBefore(submittedAt.minus(within)) || at.isAfter(submittedAt.plus(CLOCK_SLACK))) {
                    errors.putIfAbsent(name + "[" + i + "]." + MomentField.ID, "Deze tijd valt buiten de " + withinText()
                            + " voor het inleveren. Pas de tijd aan, of haal de regel weg.");
                }
            } catch (DateTimeParseException e) {
                // a missing or malformed time is reported by the field itself
            }
        }
    }
}
