package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the {@link FieldView}s of an assignment form from a document, its messages and the learner's earlier work. */
public final class AssignmentForm {
    /** Marks the index in the hidden item template that script copies to add a row. */
    public static final String TEMPLATE_INDEX = "__i__";
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** What "shows" displays: an earlier step's answer with its title. */
    public record Earlier(int step, String title, AnswerView answer) {
    }

    /**
     * What goes into the form.
     *
     * @param document what is in the form now (draft, last revision, prefill, or what was just posted)
     * @param messages errors by form name
     * @param warnings type warnings of a draft by form name
     * @param extra    the group that gets one more empty item ("add a row" without script), or null
     * @param earlier  the learner's earlier answers by step, for {@code shows}
     * @param figures  the charts of this document, placed after their fields
     * @param comments the instructor's comments by field or item, when asked to revise
     */
    public record Input(ObjectNode document, Map<String, String> messages, Map<String, String> warnings, String extra,
                        Map<Integer, Earlier> earlier, List<Figure> figures, Map<String, String> comments) {
        static Input empty() {
            return new Input(Json.object(), Map.of(), Map.of(), null, Map.of(), List.of(), Map.of());
        }
    }

    private final TemplateEngine engine;

    public AssignmentForm(TemplateEngine engine) {
        this.engine = engine;
    }

    public List<FieldView> build(Assignment assignment, int step, Input input, LocalDateTime now) {
        ObjectNode document = input.document();
        Map<String, String> messages = input.messages();
        Map<String, String> warnings = input.warnings();
        Map<Integer, Earlier> earlier = input.earlier();
        Map<String, String> comments = input.comments();
        List<FieldView> views = new ArrayList<>();
        for (Field field : assignment.fields()) {
            Earlier shown = null;
            List<Earlier> all = List.of();
            if (field.common().shows() != null) {
                Shows shows = field.common().shows();
                if (shows.all()) {
                    all = earlier.values().stream().filter(e -> e.step() < step).sorted(java.util.Comparator.comparingInt(Earlier::step)).toList();
                } else if (earlier.containsKey(shows.step())) {
                    Earlier e = earlier.get(shows.step());
                    shown = new Earlier(e.step(), e.title(), shows.field() == null ? e.answer() : e.answer().only(shows.field()));
                }
            }
            List<Figure> own = input.figures().stream().filter(f -> f.field().equals(field.id())).toList();
            if (field instanceof Leaf leaf) {
                FieldView view = leaf(leaf, leaf.id(), document.get(leaf.id()), messages, warnings, step, comments.get(leaf.id()));
                views.add(withExtras(view, shown, all, own));
            } else if (field instanceof Group group) {
                JsonNode stored = document.get(group.id());
                int filled = stored != null && stored.isArray() ? stored.size() : 0;
                int slots = Math.max(filled, group.slots()) + (group.id().equals(input.extra()) ? 1 : 0);
                slots = Math.min(slots, Math.max(group.max(), filled));
                List<FieldView.ItemView> items = new ArrayList<>();
                boolean added = group.id().equals(input.extra());
                for (int i = 0; i < slots; i++) {
                    JsonNode item = i < filled ? stored.get(i) : null;
                    FieldView.ItemView view = item(group, String.valueOf(i), i + 1, item, messages, warnings, step, now, i == 0, i == slots - 1,
                            comments.get(group.id() + "[" + i + "]"));
                    items.add(added && i == slots - 1 && i >= filled ? focusFirst(view) : view);
                }
                FieldView view = new FieldView(engine, group, group.id(), List.of(), messages.get(group.id()), null, List.copyOf(items),
                        null, null, List.of(), step, comments.get(group.id()), false);
                views.add(withExtras(view, shown, all, own));
            }
        }
        return views;
    }

    /** The empty item that script copies when "add" is pressed; its index is {@link #TEMPLATE_INDEX}. */
    public FieldView.ItemView template(Group group, int step, LocalDateTime now) {
        return item(group, TEMPLATE_INDEX, 0, null, Map.of(), Map.of(), step, now, false, false, null);
    }

    private FieldView.ItemView item(Group group, String index, int number, JsonNode item, Map<String, String> messages,
                                    Map<String, String> warnings, int step, LocalDateTime now, boolean first, boolean last, String comment) {
        List<FieldView> subs = new ArrayList<>();
        for (Leaf sub : group.fields()) {
            String name = group.id() + "[" + index + "]." + sub.id();
            JsonNode value = item == null ? null : item.get(sub.id());
            if (value == null && sub instanceof MomentField) {
                value = com.fasterxml.jackson.databind.node.TextNode.valueOf(LOCAL_MINUTE.format(now));
                nl.cursusschrift.web.Freshness.thisMinuteOnly();
            }
            subs.add(leaf(sub, name, value, messages, warnings, step, null));
        }
        String title = group.item() + " " + (number == 0 ? "__n__" : String.valueOf(number));
        return new FieldView.ItemView(index, title, FieldView.domId(group.id() + "-" + index), List.copyOf(subs), first, last, comment);
    }

    /** The row just added by a round trip without script: its first field to type in (not the prefilled time) gets focus. */
    private static FieldView.ItemView focusFirst(FieldView.ItemView item) {
        List<FieldView> fields = new ArrayList<>(item.fields());
        for (int i = 0; i < fields.size(); i++) {
            if (!(fields.get(i).field() instanceof MomentField)) {
                fields.set(i, fields.get(i).focused());
                break;
            }
        }
        return new FieldView.ItemView(item.key(), item.title(), item.domId(), List.copyOf(fields), item.first(), item.last(), item.comment());
    }

    private FieldView leaf(Leaf leaf, String name, JsonNode stored, Map<String, String> messages, Map<String, String> warnings, int step,
                           String comment) {
        List<String> values = stored == null ? List.of() : leaf.raw(stored);
        return new FieldView(engine, leaf, name, values, messages.get(name), warnings.get(name), List.of(), null, null, List.of(), step, comment,
                false);
    }

    private FieldView withExtras(FieldView view, Earlier shown, List<Earlier> all, List<Figure> figures) {
        AnswerView answer = shown == null ? null : shown.answer();
        String title = shown == null ? null : "Stap " + shown.step() + ": " + shown.title();
        if (!all.isEmpty()) {
            List<AnswerView.Entry> entries = new ArrayList<>();
            for (Earlier e : all) {
                for (AnswerView.Entry entry : e.answer().entries()) {
                    entries.add(relabel(entry, "Stap " + e.step() + " · " + entry.label()));
                }
            }
            answer = new AnswerView(entries, List.of());
            title = "Al je eerdere antwoorden";
        }
        return new FieldView(engine, view.field(), view.name(), view.values(), view.error(), view.warning(), view.items(),
                answer, title, figures, view.step(), view.comment(), view.autofocus());
    }

    private static AnswerView.Entry relabel(AnswerView.Entry entry, String label) {
        if (entry instanceof AnswerView.Value v) return new AnswerView.Value(v.id(), label, v.text(), v.multiline());
        AnswerView.Items i = (AnswerView.Items) entry;
        return new AnswerView.Items(i.id(), label, i.type(), i.itemLabel(), i.columns(), i.rows());
    }
}
