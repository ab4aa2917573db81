package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.cursusschrift.course.ExerciseReader;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.LessonMarkdown;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.yaml.ContentProblem;
import nl.cursusschrift.yaml.Problems;
import nl.cursusschrift.yaml.YamlMap;
import nl.cursusschrift.yaml.YamlNode;

/**
 * Reads the {@code assignment:} block of a lesson into an {@link Assignment}, reporting every problem
 * with its line. Keys other features declare (the insights) are read by their {@link ExtraParser}s.
 */
public final class AssignmentParser implements ExerciseReader {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final LessonMarkdown MARKDOWN = new LessonMarkdown();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ExtraParser> extras;

    public AssignmentParser(List<ExtraParser> extras) {
        this.extras = List.copyOf(extras);
    }

    @Override
    public Assignment read(YamlNode block) {
        return parse(block);
    }

    /** The assignment, or null when the block has problems (they are added to the block's problems). */
    public Assignment parse(YamlNode block) {
        Problems problems = block.problems();
        int before = problems.size();
        YamlMap yaml = block.asMap("'assignment'");
        if (yaml == null) return null;
        String intro = yaml.string("intro", false);
        List<Field> fields = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlNode> nodes = yaml.list("fields", true);
        if (yaml.has("fields") && nodes.isEmpty()) problems.add(yaml.line(), "'fields' heeft ten minste één veld nodig");
        for (YamlNode node : nodes) {
            Field field = parseField(node, true);
            if (field == null) continue;
            if (!ids.add(field.id())) {
                node.problem("id '" + field.id() + "' komt twee keer voor in deze opdracht");
                continue;
            }
            fields.add(field);
        }
        List<AssignmentExtra> found = new ArrayList<>();
        Map<String, Field> byId = fields.stream().collect(Collectors.toMap(Field::id, f -> f));
        for (ExtraParser extra : extras) {
            for (YamlNode node : yaml.list(extra.key(), false)) {
                AssignmentExtra parsed = extra.parse(node, byId::get);
                if (parsed != null) found.add(parsed);
            }
        }
        yaml.rejectUnknownKeys();
        if (problems.size() > before) return null;
        String source = block.toJson().toString();
        return new Assignment(intro == null ? "" : MARKDOWN.render(intro), List.copyOf(fields), List.copyOf(found), source, Ids.sha256(source));
    }

    /** Reads an assignment back from the snapshot kept with a submission. */
    public Assignment fromSnapshot(String source) {
        Problems problems = new Problems("snapshot", 1);
        YamlNode node = YamlNode.parse(source, problems);
        Assignment assignment = node == null ? null : parse(node);
        if (assignment == null) throw new IllegalStateException("bewaarde opdracht onleesbaar: " + problems.list());
        return assignment;
    }

    static Field parseField(YamlNode node, boolean topLevel) {
        YamlMap yaml = node.asMap("een veld");
        if (yaml == null) return null;
        int before = yaml.problems().size();
        String id = yaml.string("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            yaml.problems().add(yaml.line(), "id '" + id + "' mag alleen kleine letters, cijfers en _ bevatten en begint met een letter");
        }
        String type = yaml.string("type", true);
        String label = yaml.string("label", true);
        String hint = yaml.string("hint", false);
        boolean required = yaml.bool("required", true);
        Shows shows = topLevel ? shows(yaml) : null;
        if (type == null) return null;
        var parser = Field.TYPES.get(type);
        if (parser == null) {
            yaml.problems().add(yaml.line(), "onbekend type '" + type + "' (bekend: " + String.join(", ", Field.TYPES.keySet()) + ")");
            return null;
        }
        Field field = parser.apply(new FieldCommon(id, label, hint, required, shows, yaml.line()), yaml);
        if (!topLevel && field instanceof Group) {
            yaml.problems().add(yaml.line(), "een " + type + " kan niet binnen een lijst, log of klantreis staan");
            return null;
        }
        yaml.rejectUnknownKeys();
        return yaml.problems().size() > before || id == null || label == null ? null : field;
    }

    private static Shows shows(YamlMap yaml) {
        YamlNode node = yaml.node("shows");
        if (node == null) return null;
        if (node.isScalar() && node.scalar().strip().equals("all")) return Shows.everything();
        YamlMap map = node.asMap("'shows' (all, of {step: 2, field: naam})");
        if (map == null) return null;
        Integer step = map.integer("step", true, 1, 99);
        String field = map.string("field", false);
        map.rejectUnknownKeys();
        return step == null ? null : new Shows(step, field, false);
    }

    /** Checks what assignments say about other steps ({@code shows}, {@code prefill}) once every lesson is read. */
    @Override
    public void checkAcross(List<Lesson> lessons, List<ContentProblem> sink) {
        for (Lesson lesson : lessons) {
            Assignment assignment = Assignment.of(lesson);
            if (assignment == null) continue;
            Problems problems = new Problems(lesson.file(), 2, sink);
            for (Field field : assignment.fields()) {
                Shows shows = field.common().shows();
                if (shows != null && !shows.all()) {
                    String problem = reference(lessons, lesson.step(), shows.step(), shows.field(), false);
                    if (problem != null) problems.add(field.common().line(), "'shows' van '" + field.id() + "': " + problem);
                }
                if (field instanceof Group group && group.prefill() != null) {
                    String problem = reference(lessons, lesson.step(), group.prefill().step(), group.prefill().field(), true);
                    if (problem != null) problems.add(field.common().line(), "'prefill' van '" + field.id() + "': " + problem);
                }
            }
        }
    }

    private static String reference(List<Lesson> lessons, int from, int step, String fieldId, boolean mustBeGroup) {
        if (step >= from) return "stap " + step + " komt niet vóór stap " + from;
        Lesson target = lessons.stream().filter(l -> l.step() == step).findFirst().orElse(null);
        if (target == null) return "stap " + step + " bestaat niet";
        Assignment assignment = Assignment.of(target);
        if (assignment == null) return "stap " + step + " heeft geen opdracht";
        if (fieldId == null) return mustBeGroup ? "noem het veld van stap " + step + " met 'field'" : null;
        Field field = assignment.field(fieldId).orElse(null);
        if (field == null) return "stap " + step + " heeft geen veld '" + fieldId + "'";
        if (mustBeGroup && !(field instanceof Group)) return "veld '" + fieldId + "' van stap " + step + " is geen lijst of klantreis";
        return null;
    }
}
