package nl.cursusschrift.notebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Field;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.InsightText;
import nl.cursusschrift.review.Review;
import nl.cursusschrift.text.Iso;

/**
 * The complete export as JSON, the shape of docs/export-format.md ({@code "format": 1}): every
 * version with its answer as stored, the released feedback on it and the draft, timestamps in
 * ISO-8601 with the offset. Keys are only ever added within a format; a change of meaning gets a new number.
 */
final class JsonExport {
    static final int FORMAT = 1;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ZoneId zone;

    JsonExport(ZoneId zone) {
        this.zone = zone;
    }

    ObjectNode of(ExportedWork work) {
        ObjectNode root = F.objectNode();
        root.put("format", FORMAT);
        root.put("cursus", work.courseTitle());
        root.put("deelnemer", work.learnerName());
        root.put("geexporteerd_op", Iso.timestamp(work.exportedAt(), zone));
        ArrayNode steps = root.putArray("stappen");
        for (WorkHistory.Step step : work.steps()) {
            ObjectNode s = steps.addObject();
            s.put("stap", step.number());
            s.put("titel", step.lesson().title());
            s.put("status", step.state().label());
            s.put("status_code", step.state().stored());
            if (step.opensOn() != null) s.put("opent_op", step.opensOn().toString());
            s.set("concept", step.draft() == null ? F.nullNode() : step.draft().document());
            s.put("concept_bewaard_op", step.draft() == null ? null : Iso.timestamp(step.draft().savedAt(), zone));
            ArrayNode versions = s.putArray("versies");
            for (WorkHistory.Version v : step.versions()) versions.add(version(v));
            ArrayNode shared = s.putArray("gedeeld");
            for (WorkHistory.Shared share : step.shared()) {
                shared.addObject().put("onderdeel", share.target()).put("omschrijving", share.label())
                        .put("gedeeld_op", Iso.timestamp(share.sharedAt(), zone)).put("verborgen_door_docent", share.hidden());
            }
            ArrayNode insights = s.putArray("inzichten");
            for (Insight insight : step.insights()) insights.add(InsightText.sentence(insight));
        }
        return root;
    }

    private ObjectNode version(WorkHistory.Version v) {
        ObjectNode version = F.objectNode();
        version.put("versie", v.number());
        version.put("ingeleverd_op", Iso.timestamp(v.submittedAt(), zone));
        version.put("status", v.status());
        ObjectNode labels = version.putObject("vragen");
        for (Field field : v.spec().fields()) labels.put(field.id(), field.label());
        version.set("antwoord", v.document());
        version.set("feedback", v.feedback() == null ? F.nullNode() : feedback(v.feedback(), v.view()));
        return version;
    }

    private ObjectNode feedback(Review r, AnswerView view) {
        ObjectNode feedback = F.objectNode();
        feedback.put("beslissing", r.decision());
        feedback.put("beslissing_tekst", r.decisionLabel());
        feedback.put("docent", r.reviewerName());
        feedback.put("vrijgegeven_op", Iso.timestamp(r.releasedAt(), zone));
        feedback.put("gelezen_op", Iso.timestamp(r.readAt(), zone));
        feedback.put("algemeen", r.overall());
        ArrayNode comments = feedback.putArray("opmerkingen");
        r.comments().forEach((target, text) -> {
            if (!text.isBlank()) comments.addObject().put("onderdeel", target).put("bij", about(view, target)).put("tekst", text);
        });
        return feedback;
    }

    /** What a comment is about, as the learner reads it: "Je organisatie", "Magisch Moment 2". */
    static String about(AnswerView view, String target) {
        int bracket = target.indexOf('[');
        String field = bracket < 0 ? target : target.substring(0, bracket);
        for (AnswerView.Entry e : view.entries()) {
            if (!e.id().equals(field)) continue;
            if (bracket < 0 || !(e instanceof AnswerView.Items items)) return e.label();
            try {
                return items.itemLabel() + " " + (Integer.parseInt(target.substring(bracket + 1, target.length() - 1)) + 1);
            } catch (NumberFormatException ex) {
                return e.label();
            }
        }
        return target;
    }

    static String write(ObjectNode json) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
