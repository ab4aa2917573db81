package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.text.Dutch;

/** Builds the {@link AssignmentPanel} of a learner's step from what is stored (or was just posted). */
public final class AssignmentPanels {
    private final Answers answers;
    private final AssignmentForm form;
    private final FeedbackSource feedbackSource;
    private final Figures figures;
    private final EarlierWork earlierWork;
    private final Clock clock;

    public AssignmentPanels(Answers answers, AssignmentForm form, FeedbackSource feedbackSource, Figures figures, Clock clock) {
        this.answers = answers;
        this.form = form;
        this.feedbackSource = feedbackSource;
        this.figures = figures;
        this.earlierWork = new EarlierWork(answers);
        this.clock = clock;
    }

    /**
     * What was posted when it could not be stored or submitted: shown again, with its messages.
     *
     * @param keptAsDraft the refused submission was stored as the draft (so the summary can say so)
     */
    public record Posted(ObjectNode document, Map<String, String> errors, boolean keptAsDraft) {
    }

    /** How the panel is asked for: what was posted (or null), the group that gets one more row, a notice, the page. */
    public record Request(Posted posted, String extra, String notice, String returnTo) {
        public static Request plain(String returnTo) {
            return new Request(null, null, null, returnTo);
        }
    }

    public AssignmentPanel forLearner(String userId, Course course, Lesson lesson, Request request) {
        Assignment assignment = Assignment.of(lesson);
        int step = lesson.step();
        Optional<Answers.Answer> answer = answers.find(userId, step);
        AnswerState state = answer.map(Answers.Answer::state).orElse(AnswerState.NOT_STARTED);
        List<Answers.Revision> revisions = answer.isPresent() && answer.get().revisionCount() > 0 ? answers.revisions(userId, step) : List.of();
        List<AssignmentPanel.RevisionLink> links = revisions.stream()
                .map(r -> new AssignmentPanel.RevisionLink(r.number(), Dutch.when(r.submittedAt(), clock))).toList();
        List<Feedback> feedback = revisions.isEmpty() ? List.of() : feedbackSource.released(userId, step);
        var head = new AssignmentPanel.Head(step, assignment, state, request.notice(), request.returnTo());
        if (!state.editable()) {
            Answers.Revision latest = revisions.get(0);
            Assignment spec = answers.spec(latest.specHash());
            ObjectNode body = latest.document();
            var submitted = new AssignmentPanel.Submitted(userId, answers.view(spec, latest.body()), figures.of(spec, body),
                    Feedback.commentsOn(feedback, latest.number()));
            return new AssignmentPanel(head, submitted, feedback, links, submitted.answer().targetLabels());
        }
        Posted posted = request.posted();
        ObjectNode document;
        Map<String, String> errors = Map.of();
        Map<String, String> warnings = Map.of();
        if (posted != null) {
            document = posted.document();
            errors = posted.errors();
            // A refused submit was stored as the draft: its type warnings (a number to be fixed) still show.
            if (posted.keptAsDraft()) warnings = AnswerCheck.draft(assignment, document).warnings();
        } else if (answer.isPresent() && answer.get().draft() != null) {
            document = answer.get().draftDocument();
            warnings = AnswerCheck.draft(assignment, document).warnings();
        } else if (!revisions.isEmpty()) {
            document = revisions.get(0).document();
        } else {
            document = earlierWork.prefill(userId, assignment);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // Asked to revise: the comments on the version sent back stand next to the fields they are about.
        Map<String, String> comments = state == AnswerState.REVISION && !revisions.isEmpty()
                ? Feedback.commentsOn(feedback, revisions.get(0).number()) : Map.of();
        var input = new AssignmentForm.Input(document, errors, warnings, request.extra(), earlierWork.shown(userId, course, step, assignment),
                figures.of(assignment, document), comments);
        List<FieldView> fields = form.build(assignment, step, input, now);
        Long savedAt = answer.map(Answers.Answer::draftSavedAt).orElse(null);
        var draft = new AssignmentPanel.Draft(answer.map(Answers.Answer::draftVersion).orElse(0),
                savedAt == null || posted != null ? null : Dutch.when(savedAt, clock), savedAt == null ? 0 : savedAt);
        var summary = ErrorSummary.of(assignment, errors, posted != null && posted.keptAsDraft());
        var editing = new AssignmentPanel.Editing(userId, fields, summary, draft, templates(assignment, step, now),
                AnswerView.of(assignment, document).removed());
        return new AssignmentPanel(head, editing, feedback, links, AnswerView.of(assignment, document).targetLabels());
    }

    /** The group named in {@code ?meer=}: one more empty item after "add" without script. */
    public static String extraItem(io.javalin.http.Context ctx, Lesson lesson) {
        String extra = ctx.queryParam("meer");
        return extra != null && Assignment.of(lesson).field(extra).orElse(null) instanceof Group ? extra : null;
    }

    /** The form as learners get it, for staff reading the lesson. */
    public AssignmentPanel preview(Lesson lesson) {
        Assignment assignment = Assignment.of(lesson);
        List<FieldView> fields = form.build(assignment, lesson.step(), AssignmentForm.Input.empty(), LocalDateTime.now(clock));
        var head = new AssignmentPanel.Head(lesson.step(), assignment, AnswerState.NOT_STARTED, null, "les");
        return new AssignmentPanel(head, new AssignmentPanel.Preview(fields), List.of(), List.of(), Map.of());
    }

    private List<AssignmentPanel.RowTemplate> templates(Assignment assignment, int step, LocalDateTime now) {
        List<AssignmentPanel.RowTemplate> templates = new ArrayList<>();
        for (Field field : assignment.fields()) {
            if (field instanceof Group group) templates.add(new AssignmentPanel.RowTemplate(group, form.template(group, step, now)));
        }
        return templates;
    }
}
