package nl.cursusschrift.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.Field;
import nl.cursusschrift.assignment.Group;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.InsightText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A learner's work to take home: one readable Markdown document, complete JSON (every version,
 * feedback, shares), and CSV with one row per answer, list item or log row.
 */
public final class NotebookExport {
    private final Answers answers;

    public NotebookExport(Answers answers) {
        this.answers = answers;
    }

    /** Everything the learner wrote, with its history. */
    public record Source(String courseTitle, String learnerName, String exportedAt, String learnerId, List<Notebook.Entry> entries) {
    }

    public String markdown(Source source) {
        StringBuilder md = new StringBuilder();
        md.append("# Mijn schrift: ").append(source.courseTitle()).append("\n\n");
        md.append(source.learnerName()).append(", geëxporteerd op ").append(source.exportedAt()).append("\n");
        for (Notebook.Entry entry : source.entries()) {
            md.append("\n## Stap ").append(entry.step()).append(": ").append(entry.lesson().title()).append("\n\n");
            if (entry.answer() == null || entry.answer().isEmpty()) {
                md.append("*").append(entry.locked() != null ? entry.locked() : "Nog niets geschreven.").append("*\n");
                continue;
            }
            md.append("*").append(entry.state().label());
            if (entry.revision() != null) md.append(", versie ").append(entry.revision().number()).append(" ingeleverd op ").append(entry.submittedAt());
            if (entry.fromDraft()) md.append(" (concept)");
            md.append("*\n\n");
            for (AnswerView.Entry e : entry.answer().entries()) {
                md.append("**").append(e.label()).append("**\n\n");
                if (e instanceof AnswerView.Value v) {
                    md.append(v.text().isEmpty() ? "_Niet ingevuld_" : v.text()).append("\n\n");
                } else {
                    AnswerView.Items items = (AnswerView.Items) e;
                    if (items.rows().isEmpty()) {
                        md.append("_Niet ingevuld_\n\n");
                    } else if (items.table()) {
                        md.append("| ").append(String.join(" | ", items.columns().stream().map(NotebookExport::cell).toList())).append(" |\n");
                        md.append("|").append("---|".repeat(items.columns().size())).append("\n");
                        for (List<String> row : items.rows()) md.append("| ").append(String.join(" | ", row.stream().map(NotebookExport::cell).toList())).append(" |\n");
                        md.append("\n");
                    } else {
                        for (int i = 0; i < items.rows().size(); i++) {
                            md.append(i + 1).append(". ");
                            List<String> parts = new ArrayList<>();
                            for (int c = 0; c < items.columns().size(); c++) {
                                String value = items.rows().get(i).get(c);
                                if (!value.isEmpty()) parts.add(items.columns().get(c) + ": " + value.replace("\n", " "));
                            }
                            md.append(String.join("; ", parts)).append("\n");
                        }
                        md.append("\n");
                    }
                }
            }
            for (Insight insight : entry.insights()) md.append("> ").append(InsightText.sentence(insight)).append("\n\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    public ObjectNode json(Source source) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("cursus", source.courseTitle());
        root.put("deelnemer", source.learnerName());
        root.put("geexporteerd_op", source.exportedAt());
        ArrayNode steps = root.putArray("stappen");
        for (Notebook.Entry entry : source.entries()) {
            ObjectNode step = steps.addObject();
            step.put("stap", entry.step());
            step.put("titel", entry.lesson().title());
            step.put("status", entry.state().label());
            if (entry.locked() != null) step.put("opent", entry.locked());
            var answer = answers.find(source.learnerId(), entry.step());
            step.set("concept", answer.map(Answers.Answer::draftDocument).map(d -> (com.fasterxml.jackson.databind.JsonNode) d).orElse(f.nullNode()));
            ArrayNode versions = step.putArray("versies");
            List<Answers.Revision> revisions = new ArrayList<>(answers.revisions(source.learnerId(), entry.step()));
            java.util.Collections.reverse(revisions);
            for (Answers.Revision revision : revisions) {
                ObjectNode version = versions.addObject();
                version.put("versie", revision.number());
                version.put("ingeleverd_op", java.time.Instant.ofEpochMilli(revision.submittedAt()).toString());
                version.set("antwoord", revision.document());
                ObjectNode labels = version.putObject("vragen");
                for (Field field : answers.spec(revision.specHash()).fields()) labels.put(field.id(), field.label());
            }
            ArrayNode shared = step.putArray("gedeeld");
            for (Notebook.Shared s : entry.shared()) shared.addObject().put("onderdeel", s.label()).put("verborgen_door_docent", s.hidden());
            ArrayNode insights = step.putArray("inzichten");
            for (Insight insight : entry.insights()) insights.add(InsightText.sentence(insight));
        }
        return root;
    }

    /** UTF-8 with a byte order mark and semicolons, which is what Excel with Dutch settings opens cleanly. */
    public String csv(Source source, Course course) {
        List<String> columns = csvColumns(course);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, csvFormat(List.of(), columns))) {
            for (Notebook.Entry entry : source.entries()) {
                for (List<String> row : csvRows(entry, columns)) csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Semicolon-separated with the fixed columns first and then one column per sub-question of the course. */
    public static CSVFormat csvFormat(List<String> leading, List<String> subColumns) {
        List<String> header = new ArrayList<>(leading);
        header.addAll(List.of("stap", "les", "status", "versie", "ingeleverd_op", "vraag", "nr", "antwoord"));
        header.addAll(subColumns);
        return CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).get();
    }

    /** The sub-questions of every list, log and journey in the course, in course order. */
    public static List<String> csvColumns(Course course) {
        Set<String> columns = new LinkedHashSet<>();
        for (var lesson : course.lessons()) {
            Assignment assignment = Assignment.of(lesson);
            if (assignment == null) continue;
            for (Field field : assignment.fields()) {
                if (field instanceof Group group) group.fields().forEach(sub -> columns.add(sub.label()));
            }
        }
        return List.copyOf(columns);
    }

    /**
     * One row per answer to a single question, and one per list item or log row. A sub-question
     * the course no longer has goes into the answer column as "label: value": nothing is dropped.
     */
    public static List<List<String>> csvRows(Notebook.Entry entry, List<String> subColumns) {
        List<List<String>> rows = new ArrayList<>();
        if (entry.answer() == null) return rows;
        String version = entry.fromDraft() ? "concept" : String.valueOf(entry.revision().number());
        String submitted = entry.fromDraft() || entry.submittedAt() == null ? "" : entry.submittedAt();
        for (AnswerView.Entry e : entry.answer().entries()) {
            List<String> base = List.of(String.valueOf(entry.step()), entry.lesson().title(), entry.state().label(), version, submitted, e.label());
            if (e instanceof AnswerView.Value v) {
                List<String> row = new ArrayList<>(base);
                row.add("");
                row.add(v.text());
                subColumns.forEach(c -> row.add(""));
                rows.add(row);
            } else {
                AnswerView.Items items = (AnswerView.Items) e;
                for (int i = 0; i < items.rows().size(); i++) {
                    List<String> row = new ArrayList<>(base);
                    row.add(String.valueOf(i + 1));
                    List<String> unknown = new ArrayList<>();
                    for (int c = 0; c < items.columns().size(); c++) {
                        String value = items.rows().get(i).get(c);
                        if (!value.isEmpty() && !subColumns.contains(items.columns().get(c))) unknown.add(items.columns().get(c) + ": " + value);
                    }
                    row.add(String.join("; ", unknown));
                    for (String column : subColumns) {
                        int c = items.columns().indexOf(column);
                        row.add(c < 0 ? "" : items.rows().get(i).get(c));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static String write(ObjectNode json) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
