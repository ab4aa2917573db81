package nl.cursusschrift.insight;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.Figure;
import nl.cursusschrift.assignment.Figures;

/** The insights of an answer as figures for the assignment pages: computed here, drawn by {@code insight/insight.jte}. */
public final class InsightFigures implements Figures {
    private final TemplateEngine templates;

    public InsightFigures(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public List<Figure> of(Assignment assignment, ObjectNode document) {
        return Insights.compute(assignment, document).stream()
                .map(insight -> new Figure(insight.field(), out -> templates.render("insight/insight.jte", Map.of("insight", insight), out)))
                .toList();
    }
}
