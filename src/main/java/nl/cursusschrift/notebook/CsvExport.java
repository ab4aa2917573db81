package nl.cursusschrift.notebook;

import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.Field;
import nl.cursusschrift.assignment.Group;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.review.Review;
import nl.cursusschrift.text.Iso;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV exports in two shapes (docs/export-format.md). Wide: one row per step and version (and the
 * draft, when included) with its status, feedback and answer, the answer in one column, or one column
 * per question when the export is of one step. Long: one row per value, comment or feedback, for
 * analysis. A cohort export puts the learner's name, e-mail address and group in front.
 */
final class CsvExport {
    enum Shape {
        WIDE, LONG;

        /** {@code ?vorm=breed} or {@code ?vorm=lang}; anything else is the default. */
        static Shape of(String asked, Shape fallback) {
            return "lang".equals(asked) ? LONG : "breed".equals(asked) ? WIDE : fallback;
        }
    }

    static final List<String> LEARNER = List.of("deelnemer", "e-mailadres", "groep");
    private static final List<String> VERSION = List.of("stap", "les", "status", "versie", "ingeleverd_op");
    private static final List<String> WIDE_FEEDBACK = List.of("docent", "feedback_op", "algemene_feedback", "opmerkingen");
    private static final List<String> LONG_VALUE = List.of("soort", "vraag", "veld", "nr", "onderdeel", "antwoord", "opmerking", "docent", "feedback_op");

    private final ZoneId zone;

    CsvExport(ZoneId zone) {
        this.zone = zone;
    }

    /** One learner's own CSV. */
    String of(ExportedWork work, Shape shape) {
        StringWriter out = new StringWriter();
        CSVPrinter csv = CsvCells.printer(out, header(shape, List.of(), null));
        for (WorkHistory.Step step : work.steps()) rows(shape, step, null).forEach(row -> CsvCells.print(csv, row));
        return out.toString();
    }

    /** The header; {@code only} is the lesson of a one-step export (its questions become columns in the wide shape), or null. */
    static List<String> header(Shape shape, List<String> leading, Lesson only) {
        List<String> header = new ArrayList<>(leading);
        header.addAll(VERSION);
        if (shape == Shape.LONG) {
            header.addAll(LONG_VALUE);
            return header;
        }
        header.addAll(WIDE_FEEDBACK);
        Assignment assignment = only == null ? null : Assignment.of(only);
        if (assignment == null) {
            header.add("antwoord");
        } else {
            assignment.fields().forEach(f -> header.add(f.label()));
            header.add("overige");
        }
        return header;
    }

    /** The rows of one step: per version in order, then the draft. */
    List<List<String>> rows(Shape shape, WorkHistory.Step step, Lesson only) {
        List<List<String>> rows = new ArrayList<>();
        for (WorkHistory.Version v : step.versions()) {
            List<String> base = List.of(String.valueOf(step.number()), step.lesson().title(), v.status(), String.valueOf(v.number()),
                    Iso.minute(v.submittedAt(), zone));
            add(rows, shape, base, CsvCells.values(v.spec(), v.document()), v.view(), v.feedback(), only);
        }
        if (step.draft() != null) {
            List<String> base = List.of(String.valueOf(step.number()), step.lesson().title(), AnswerState.DRAFT.label(), "concept", "");
            add(rows, shape, base, CsvCells.values(step.draft().spec(), step.draft().document()), step.draft().view(), null, only);
        }
        return rows;
    }

    private void add(List<List<String>> rows, Shape shape, List<String> base, List<CsvCells.Value> values, AnswerView view, Review feedback,
                     Lesson only) {
        if (shape == Shape.LONG) {
            for (List<String> value : longRows(values, view, feedback)) {
                List<String> row = new ArrayList<>(base);
                row.addAll(value);
                rows.add(row);
            }
            return;
        }
        List<String> row = new ArrayList<>(base);
        row.add(feedback == null ? "" : reviewer(feedback));
        row.add(feedback == null ? "" : Iso.minute(feedback.releasedAt(), zone));
        row.add(feedback == null ? "" : feedback.overall());
        List<String> comments = new ArrayList<>();
        if (feedback != null) feedback.comments().forEach((t, text) -> {
            if (!text.isBlank()) comments.add(JsonExport.about(view, t) + ": " + text);
        });
        row.add(String.join("\n", comments));
        Assignment columns = only == null ? null : Assignment.of(only);
        List<String> rest = new ArrayList<>();
        for (CsvCells.Value value : values) {
            boolean column = columns != null && columns.field(value.field().id()).isPresent();
            if (!column) rest.add(value.field().label() + (value.field() instanceof Group ? ":\n" : ": ") + CsvCells.lines(value));
        }
        for (AnswerView.Entry removed : view.removed()) {
            if (removed instanceof AnswerView.Value v) rest.add(v.label() + ": " + v.text());
        }
        if (columns != null) {
            for (Field field : columns.fields()) {
                row.add(values.stream().filter(v -> v.field().id().equals(field.id())).findFirst().map(CsvCells::lines).orElse(""));
            }
        }
        row.add(String.join("\n", rest));
        rows.add(row);
    }

    /** soort, vraag, veld, nr, onderdeel, antwoord, opmerking, docent, feedback_op. */
    private List<List<String>> longRows(List<CsvCells.Value> values, AnswerView view, Review feedback) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvCells.Value value : values) {
            Field field = value.field();
            if (!(field instanceof Group group)) {
                rows.add(List.of("antwoord", field.label(), field.id(), "", "", value.text(), "", "", ""));
                continue;
            }
            for (int i = 0; i < value.rows().size(); i++) {
                for (int c = 0; c < group.fields().size(); c++) {
                    String v = value.rows().get(i).get(c);
                    if (v.isEmpty()) continue;
                    var sub = group.fields().get(c);
                    rows.add(List.of("antwoord", field.label(), field.id() + "[" + i + "]." + sub.id(), String.valueOf(i + 1), sub.label(), v, "", "", ""));
                }
            }
        }
        for (AnswerView.Entry removed : view.removed()) {
            if (removed instanceof AnswerView.Value v) rows.add(List.of("antwoord", v.label(), v.id(), "", "", v.text(), "", "", ""));
        }
        if (feedback == null) return rows;
        String who = reviewer(feedback);
        String at = Iso.minute(feedback.releasedAt(), zone);
        for (Map.Entry<String, String> c : feedback.comments().entrySet()) {
            if (c.getValue().isBlank()) continue;
            String target = c.getKey();
            int bracket = target.indexOf('[');
            String field = bracket < 0 ? target : target.substring(0, bracket);
            String label = view.entries().stream().filter(e -> e.id().equals(field)).map(AnswerView.Entry::label).findFirst().orElse(field);
            rows.add(List.of("opmerking", label, target, itemNumber(target), "", "", c.getValue(), who, at));
        }
        rows.add(List.of("feedback", "", "", "", "", "", feedback.overall(), who, at));
        return rows;
    }

    /** "magisch[1]" is about item 2; a comment on a whole field has no number. */
    private static String itemNumber(String target) {
        int bracket = target.indexOf('[');
        if (bracket < 0 || !target.endsWith("]")) return "";
        try {
            return String.valueOf(Integer.parseInt(target.substring(bracket + 1, target.length() - 1)) + 1);
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static String reviewer(Review feedback) {
        return feedback.reviewerName() == null ? "" : feedback.reviewerName();
    }
}
