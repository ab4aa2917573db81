package nl.cursusschrift.notebook;

import gg.jte.Content;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.enrolment.LearnerSection;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.review.Review;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Page;

/**
 * On the staff page of one learner: every step with where it stands, its latest version and dates,
 * the feedback and whether the learner read it, the way to its review; what they shared; their exports.
 */
public final class LearnerWork implements LearnerSection {
    /**
     * One step as staff follow it.
     *
     * @param version  "versie 2", or empty before the first submission
     * @param feedback the latest released feedback in words, or empty
     * @param unread   released feedback the learner has not opened yet
     * @param review   the review page of this step, or null before anything was handed in
     */
    public record Row(int step, String title, String state, String css, String version, String submitted, String draft, String feedback,
                      boolean unread, String review) {
    }

    /** A shared part with the step it belongs to. */
    public record Share(int step, String label, String when, boolean hidden) {
    }

    /** The section's model; {@code exports} links to this learner's work as files, by label. */
    public record Model(String learnerName, List<Row> steps, List<Share> shares, Map<String, String> exports) {
    }

    private final CourseLibrary courses;
    private final WorkHistory history;
    private final Clock clock;

    public LearnerWork(CourseLibrary courses, WorkHistory history, Clock clock) {
        this.courses = courses;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public Content render(Context ctx, Learners.Row learner) {
        return Page.partial(ctx, "notebook/learner-work.jte", Map.of("work", model(learner)));
    }

    Model model(Learners.Row learner) {
        List<Row> rows = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        for (WorkHistory.Step step : history.of(learner.id(), learner.pace(), courses.current(), true)) {
            WorkHistory.Version latest = step.latest();
            Review feedback = step.versions().stream().map(WorkHistory.Version::feedback).filter(f -> f != null)
                    .reduce((first, second) -> second).orElse(null);
            boolean locked = step.opensOn() != null && step.empty();
            rows.add(new Row(step.number(), step.lesson().title(), locked ? "Opent op " + Dutch.date(step.opensOn()) : step.state().label(),
                    locked ? "locked" : step.state().cssClass(), latest == null ? "" : "versie " + latest.number(),
                    latest == null ? "" : Dutch.dateTime(latest.submittedAt(), clock),
                    step.draft() == null || step.draft().savedAt() == null ? "" : Dutch.dateTime(step.draft().savedAt(), clock),
                    feedback == null ? "" : feedbackLine(feedback), feedback != null && feedback.readAt() == null,
                    latest == null ? null : "/nakijken/" + step.answerId()));
            for (WorkHistory.Shared s : step.shared()) shares.add(new Share(step.number(), s.label(), Dutch.dateTime(s.sharedAt(), clock), s.hidden()));
        }
        String base = "/deelnemers/" + learner.id() + "/schrift";
        var exports = new java.util.LinkedHashMap<String, String>();
        exports.put("Markdown", base + ".md");
        exports.put("CSV (Excel)", base + ".csv");
        exports.put("CSV, één regel per antwoord", base + ".csv?vorm=lang");
        exports.put("JSON", base + ".json");
        exports.put("Markdown met concepten", base + ".md?status=alles");
        return new Model(learner.name(), rows, shares, exports);
    }

    private String feedbackLine(Review feedback) {
        return feedback.decisionLabel() + " op versie " + feedback.revisionNumber()
                + (feedback.reviewerName() == null ? "" : " door " + feedback.reviewerName()) + ", " + Dutch.dateTime(feedback.releasedAt(), clock)
                + (feedback.readAt() == null ? "" : "; gelezen op " + Dutch.dateTime(feedback.readAt(), clock));
    }
}
