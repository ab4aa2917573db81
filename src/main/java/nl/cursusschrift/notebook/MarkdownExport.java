package nl.cursusschrift.notebook;

import static nl.cursusschrift.notebook.MarkdownText.inline;
import static nl.cursusschrift.notebook.MarkdownText.paragraph;
import static nl.cursusschrift.notebook.MarkdownText.quote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.InsightText;
import nl.cursusschrift.review.Review;
import nl.cursusschrift.text.Dutch;

/**
 * One learner's notebook as a Markdown document: per step every version in order with the
 * instructor's comments beside their items and the overall feedback below, then the draft. Only the
 * export's own structure makes headings (steps, versions) and quotes (feedback, insights); everything
 * people wrote goes through {@link MarkdownText}.
 */
final class MarkdownExport {
    private final Clock clock;

    MarkdownExport(Clock clock) {
        this.clock = clock;
    }

    String of(ExportedWork work) {
        StringBuilder md = new StringBuilder();
        md.append("# Mijn schrift: ").append(inline(work.courseTitle())).append("\n\n");
        md.append(inline(work.learnerName())).append(", geëxporteerd op ").append(Dutch.dateTime(work.exportedAt(), clock)).append("\n");
        for (WorkHistory.Step step : work.steps()) {
            md.append("\n## Stap ").append(step.number()).append(": ").append(inline(step.lesson().title())).append("\n\n");
            md.append('*').append(status(step)).append("*\n");
            for (WorkHistory.Version version : step.versions()) {
                md.append("\n### Versie ").append(version.number()).append(", ingeleverd op ")
                        .append(Dutch.dateTime(version.submittedAt(), clock)).append("\n\n");
                Review feedback = version.feedback();
                answer(md, version.view(), feedback == null ? Map.of() : feedback.comments(), reviewer(feedback));
                if (feedback != null) feedback(md, feedback);
            }
            if (step.draft() != null) {
                md.append("\n### Concept, nog niet ingeleverd");
                if (step.draft().savedAt() != null) md.append(" (bewaard op ").append(Dutch.dateTime(step.draft().savedAt(), clock)).append(')');
                md.append("\n\n");
                answer(md, step.draft().view(), Map.of(), null);
            }
            for (Insight insight : step.insights()) md.append("> ").append(inline(InsightText.sentence(insight))).append("\n\n");
            if (!step.shared().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (WorkHistory.Shared s : step.shared()) parts.add(inline(s.label()) + (s.hidden() ? " (verborgen door je docent)" : ""));
                md.append("Gedeeld met je groep: ").append(String.join("; ", parts)).append("\n");
            }
        }
        return md.toString();
    }

    private static String status(WorkHistory.Step step) {
        if (step.opensOn() != null && step.empty()) return "Opent op " + Dutch.day(step.opensOn());
        if (step.empty()) return step.state() == AnswerState.DRAFT ? "Concept, nog niet ingeleverd" : "Nog niets geschreven.";
        return step.state().label();
    }

    private static String reviewer(Review feedback) {
        return feedback == null ? null : feedback.reviewerName() == null ? "je docent" : feedback.reviewerName();
    }

    private void feedback(StringBuilder md, Review feedback) {
        String head = "**Feedback van " + inline(reviewer(feedback)) + ": " + feedback.decisionLabel().toLowerCase() + "**, "
                + Dutch.dateTime(feedback.releasedAt(), clock);
        md.append(quote(feedback.overall().isBlank() ? head : head + "\n\n" + paragraph(feedback.overall()))).append("\n\n");
    }

    /** The answer, each comment right below what it is about. */
    private static void answer(StringBuilder md, AnswerView view, Map<String, String> comments, String reviewer) {
        for (AnswerView.Entry e : view.entries()) {
            md.append("**").append(inline(e.label())).append("**\n\n");
            comment(md, comments.get(e.id()), reviewer, null, "");
            if (e instanceof AnswerView.Value v) {
                md.append(v.text().isBlank() ? "_Niet ingevuld_" : paragraph(v.text())).append("\n\n");
            } else {
                items(md, (AnswerView.Items) e, comments, reviewer);
            }
        }
        if (!view.removed().isEmpty()) {
            md.append("**Uit een eerdere versie van de opdracht**\n\n");
            for (AnswerView.Entry e : view.removed()) {
                if (e instanceof AnswerView.Value v) md.append(inline(v.label())).append(": ").append(paragraph(v.text())).append("\n\n");
            }
        }
    }

    private static void items(StringBuilder md, AnswerView.Items items, Map<String, String> comments, String reviewer) {
        if (items.rows().isEmpty()) {
            md.append("_Niet ingevuld_\n\n");
        } else if (items.table()) {
            md.append("| ").append(String.join(" | ", items.columns().stream().map(MarkdownText::inline).toList())).append(" |\n");
            md.append("|").append("---|".repeat(items.columns().size())).append("\n");
            for (List<String> row : items.rows()) md.append("| ").append(String.join(" | ", row.stream().map(MarkdownText::inline).toList())).append(" |\n");
            md.append("\n");
            for (int i = 0; i < items.rows().size(); i++) {
                comment(md, comments.get(items.id() + "[" + i + "]"), reviewer, items.itemLabel() + " " + (i + 1), "");
            }
        } else {
            for (int i = 0; i < items.rows().size(); i++) {
                List<String> parts = new ArrayList<>();
                for (int c = 0; c < items.columns().size(); c++) {
                    String value = items.rows().get(i).get(c);
                    if (!value.isEmpty()) parts.add(items.columns().get(c) + ": " + value);
                }
                String marker = (i + 1) + ". ";
                md.append(marker).append(inline(String.join("; ", parts))).append("\n");
                String comment = comments.get(items.id() + "[" + i + "]");
                if (comment != null && !comment.isBlank()) {
                    md.append("\n");
                    comment(md, comment, reviewer, null, " ".repeat(marker.length()));
                }
            }
            md.append("\n");
        }
    }

    /** An instructor's comment as a quote, indented to stay inside a list item when it belongs to one. */
    private static void comment(StringBuilder md, String text, String reviewer, String about, String indent) {
        if (text == null || text.isBlank()) return;
        String head = "**Opmerking van " + inline(reviewer) + (about == null ? "" : " bij " + inline(about)) + ":** ";
        md.append(indent).append(quote(head + paragraph(text)).replace("\n", "\n" + indent)).append("\n\n");
    }
}
