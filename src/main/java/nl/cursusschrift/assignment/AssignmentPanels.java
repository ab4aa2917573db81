package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.Insights;
import nl.cursusschrift.review.Feedback;
import nl.cursusschrift.review.Reviews;

/** Builds the {@link AssignmentPanel} of a learner's step from what is stored (or was just posted). */
public final class AssignmentPanels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM 'om' HH:mm", Locale.forLanguageTag("nl-NL"));

    private final Answers answers;
    private final AssignmentForm form;
    private final Reviews reviews;
    private final Clock clock;

    public AssignmentPanels(Answers answers, AssignmentForm form, Reviews reviews, Clock clock) {
        this.answers = answers;
        this.form = form;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** What was posted when it could not be stored or submitted: shown again, with its messages. */
    public record Posted(ObjectNode document, Map<String, String> errors) {
    }

    public AssignmentPanel forLearner(String userId, Course course, Lesson lesson, Posted posted, String extra, String notice, String returnTo) {
        Assignment assignment = lesson.assignment();
        int step = lesson.step();
        Optional<Answers.Answer> answer = answers.find(userId, step);
        AnswerState state = answer.map(Answers.Answer::state).orElse(AnswerState.NOT_STARTED);
        List<Answers.Revision> revisions = answer.isPresent() && answer.get().revisionCount() > 0 ? answers.revisions(userId, step) : List.of();
        List<AssignmentPanel.RevisionLink> links = revisions.stream()
                .map(r -> new AssignmentPanel.RevisionLink(r.number(), when(r.submittedAt()))).toList();
        List<Feedback> feedback = revisions.isEmpty() ? List.of()
                : Feedback.of(reviews.releasedFor(userId).getOrDefault(step, List.of()), clock);
        if (!state.editable()) {
            Answers.Revision latest = revisions.get(0);
            Assignment spec = answers.spec(latest.specHash());
            ObjectNode body = latest.document();
            return new AssignmentPanel(step, assignment, state, false, false, List.of(), Map.of(), 0, null, 0,
                    AnswerView.of(spec, body), Insights.compute(spec, body), links, notice, returnTo, Map.of(), userId, List.of(),
                    feedback, Feedback.commentsOn(feedback, latest.number()));
        }
        ObjectNode document;
        Map<String, String> errors = Map.of();
        Map<String, String> warnings = Map.of();
        if (posted != null) {
            document = posted.document();
            errors = posted.errors();
        } else if (answer.isPresent() && answer.get().draft() != null) {
            document = answer.get().draftDocument();
            warnings = AnswerCheck.draft(assignment, document).warnings();
        } else if (!revisions.isEmpty()) {
            document = revisions.get(0).document();
        } else {
            document = prefill(userId, course, assignment);
        }
        Map<Integer, AssignmentForm.Earlier> earlier = earlier(userId, course, step, assignment);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Insight> insights = Insights.compute(assignment, document);
        // Asked to revise: the comments on the version sent back stand next to the fields they are about.
        Map<String, String> comments = state == AnswerState.REVISION && !revisions.isEmpty()
                ? Feedback.commentsOn(feedback, revisions.get(0).number()) : Map.of();
        List<FieldView> fields = form.build(assignment, step, document, errors, warnings, extra, earlier, insights, now, comments);
        Map<String, String> all = new LinkedHashMap<>(errors);
        String savedAt = answer.map(Answers.Answer::draftSavedAt).filter(t -> posted == null).map(this::when).orElse(null);
        long savedAtMillis = answer.map(Answers.Answer::draftSavedAt).orElse(0L);
        return new AssignmentPanel(step, assignment, state, true, false, fields, all, answer.map(Answers.Answer::draftVersion).orElse(0),
                savedAt, savedAtMillis, null, insights, links, notice, returnTo, templates(assignment, step, now), userId,
                AnswerView.of(assignment, document).removed(), feedback, comments);
    }

    /** After the page is rendered: the feedback it showed counts as read. */
    public void shown(AssignmentPanel panel) {
        if (panel != null && panel.userId() != null && panel.feedback().stream().anyMatch(Feedback::unread)) {
            reviews.markRead(panel.userId(), List.of(panel.step()), clock.millis());
        }
    }

    /** The group named in {@code ?meer=}: one more empty item after "add" without script. */
    public static String extraItem(io.javalin.http.Context ctx, Lesson lesson) {
        String extra = ctx.queryParam("meer");
        return extra != null && lesson.assignment().field(extra).orElse(null) instanceof Group ? extra : null;
    }

    /** The form as learners get it, for staff reading the lesson. */
    public AssignmentPanel preview(Lesson lesson) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<FieldView> fields = form.build(lesson.assignment(), lesson.step(), Json.object(), Map.of(), Map.of(), null, Map.of(), List.of(), now,
                Map.of());
        return new AssignmentPanel(lesson.step(), lesson.assignment(), AnswerState.NOT_STARTED, true, true, fields, Map.of(), 0, null, 0,
                null, List.of(), List.of(), null, "les", Map.of(), null, List.of(), List.of(), Map.of());
    }

    private Map<String, FieldView.ItemView> templates(Assignment assignment, int step, LocalDateTime now) {
        Map<String, FieldView.ItemView> templates = new HashMap<>();
        for (Field field : assignment.fields()) {
            if (field instanceof Group group) templates.put(group.id(), form.template(group, step, now));
        }
        return templates;
    }

    /** "om 14:32" today, else "op 3 december om 14:32". */
    String when(long epochMillis) {
        LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), clock.getZone());
        return time.toLocalDate().equals(LocalDate.now(clock)) ? "om " + TIME.format(time) : "op " + DAY_TIME.format(time);
    }

    /** The learner's latest words per earlier step (submitted version, else draft), for {@code shows}. */
    private Map<Integer, AssignmentForm.Earlier> earlier(String userId, Course course, int step, Assignment assignment) {
        boolean needed = assignment.fields().stream().anyMatch(f -> f.common().shows() != null);
        if (!needed) return Map.of();
        Map<Integer, AssignmentForm.Earlier> result = new HashMap<>();
        Map<Integer, Answers.Revision> latest = answers.latestRevisions(userId);
        Map<Integer, Answers.Answer> all = answers.allOf(userId);
        for (Lesson lesson : course.lessons()) {
            if (lesson.step() >= step || lesson.assignment() == null) continue;
            Answers.Revision revision = latest.get(lesson.step());
            Answers.Answer answer = all.get(lesson.step());
            AnswerView view = null;
            if (answer != null && answer.draft() != null) {
                view = AnswerView.of(lesson.assignment(), answer.draftDocument());
            } else if (revision != null) {
                view = AnswerView.of(answers.spec(revision.specHash()), revision.document());
            }
            if (view != null) result.put(lesson.step(), new AssignmentForm.Earlier(lesson.step(), lesson.title(), view));
        }
        return result;
    }

    /** A fresh answer starts from the items of an earlier step, where the assignment says so. */
    private ObjectNode prefill(String userId, Course course, Assignment assignment) {
        ObjectNode document = Json.object();
        for (Field field : assignment.fields()) {
            if (!(field instanceof Group group) || group.prefill() == null) continue;
            ObjectNode source = latestDocument(userId, group.prefill().step());
            if (source == null || !source.path(group.prefill().field()).isArray()) continue;
            var items = document.putArray(group.id());
            for (var item : source.get(group.prefill().field())) {
                ObjectNode copy = Json.object();
                for (Leaf sub : group.fields()) {
                    if (item.has(sub.id())) copy.set(sub.id(), item.get(sub.id()));
                }
                if (FormInput.hasContent(copy)) items.add(copy);
            }
        }
        return document;
    }

    private ObjectNode latestDocument(String userId, int step) {
        Optional<Answers.Answer> answer = answers.find(userId, step);
        if (answer.isEmpty()) return null;
        if (answer.get().draft() != null) return answer.get().draftDocument();
        return answers.revisions(userId, step).stream().findFirst().map(Answers.Revision::document).orElse(null);
    }
}
