package nl.cursusschrift.assignment;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import java.util.List;
import java.util.Map;

/**
 * One field of the assignment form, ready to render: its form name, what is in it now, and its
 * message. It renders itself with its type's partial, {@code component/field/<type>.jte}, so
 * templates just write {@code ${view}}.
 *
 * @param items   the items of a group (empty for a single field)
 * @param earlier the learner's earlier answer this field shows, or null
 * @param comment the instructor's comment on this field when asked to revise, or null
 * @param autofocus the field takes focus when the page loads: the first field of a row just added without script
 */
public record FieldView(TemplateEngine engine, Field field, String name, List<String> values, String error, String warning,
                        List<ItemView> items, AnswerView earlier, String earlierTitle, List<Figure> figures, int step, String comment,
                        boolean autofocus)
        implements Content {

    /** One item of a list, log or journey; {@code key} is its index in the form names. */
    public record ItemView(String key, String title, String domId, List<FieldView> fields, boolean first, boolean last, String comment) {
    }

    FieldView focused() {
        return new FieldView(engine, field, name, values, error, warning, items, earlier, earlierTitle, figures, step, comment, true);
    }

    @Override
    public void writeTo(TemplateOutput output) {
        engine.render("component/field/" + field.type() + ".jte", Map.of("view", this), output);
    }

    /** An HTML id derived from the form name: magisch[0].wat becomes a-magisch-0-wat. */
    public String domId() {
        return domId(name);
    }

    /** Where an error message links to: the field's element, or the form for form-wide messages. */
    public static String anchor(String errorKey) {
        return errorKey.startsWith("_") ? "opdracht" : domId(errorKey);
    }

    static String domId(String name) {
        return "a-" + name.replaceAll("[^a-z0-9_]+", "-").replaceAll("-+$", "");
    }

    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean has(String value) {
        return values.contains(value);
    }

    public String message() {
        return error != null ? error : warning;
    }

    public String describedBy() {
        String ids = (field.hint() != null ? domId() + "-hint " : "") + (message() != null ? domId() + "-msg" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    public String invalid() {
        return error != null ? "true" : null;
    }

    public Group group() {
        return (Group) field;
    }

    public boolean canAdd() {
        return field instanceof Group g && items.size() < g.max();
    }

    /** The rule for the number of items, in Dutch, or null. */
    public String countRule() {
        if (!(field instanceof Group g)) return null;
        if (g.count() != null) return "Precies " + g.count() + ".";
        if (g instanceof LogField log && log.within() != null) return "Uit de afgelopen " + log.withinText() + "; minstens " + g.min() + ".";
        return g.min() > 1 ? "Minstens " + g.min() + "." : null;
    }
}
