package nl.cursusschrift.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Pace;

/**
 * A learner's work to take away, in every shape: a readable Markdown document, complete JSON, and CSV
 * (wide or long). All three hold the whole conversation: every version, the comments and overall
 * feedback released on it, the decision, who gave it and when. The shapes: docs/export-format.md.
 */
public final class NotebookExport {
    private final WorkHistory history;
    private final MarkdownExport markdown;
    private final JsonExport json;
    private final CsvExport csv;

    public NotebookExport(WorkHistory history) {
        this.history = history;
        this.markdown = new MarkdownExport(history.clock());
        this.json = new JsonExport(history.clock().getZone());
        this.csv = new CsvExport(history.clock().getZone());
    }

    /** One learner's work now; {@code step} limits it to one step (null: all), drafts only when asked. */
    ExportedWork work(Course course, String learnerId, String learnerName, Pace pace, boolean drafts, Integer step) {
        List<WorkHistory.Step> steps = history.of(learnerId, pace, course, drafts);
        if (step != null) steps = steps.stream().filter(s -> s.number() == step).toList();
        return new ExportedWork(course.title(), learnerName, history.clock().millis(), steps);
    }

    String markdown(ExportedWork work) {
        return markdown.of(work);
    }

    ObjectNode json(ExportedWork work) {
        return json.of(work);
    }

    String jsonText(ExportedWork work) {
        return JsonExport.write(json.of(work));
    }

    String csv(ExportedWork work, CsvExport.Shape shape) {
        return csv.of(work, shape);
    }

    CsvExport csv() {
        return csv;
    }
}
