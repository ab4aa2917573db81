package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseController;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.db.WriteFailedException;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Page;

/**
 * The learner's weekly assignment: the form, saving drafts (from the form or by autosave),
 * submitting, taking a submission back, and earlier versions. Every action names the signed-in
 * learner; a step that is not open yet takes no answers.
 */
public final class AssignmentController {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AssignmentController.class);
    private final CourseLibrary courses;
    private final CourseController lessons;
    private final AssignmentPanels panels;
    private final Answers answers;
    private final Submissions submissions;
    private final Figures figures;
    private final Flash flash;
    private final Clock clock;

    public AssignmentController(CourseLibrary courses, CourseController lessons, AssignmentPanels panels, Answers answers,
                                Submissions submissions, Figures figures, Flash flash, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.panels = panels;
        this.answers = answers;
        this.submissions = submissions;
        this.figures = figures;
        this.flash = flash;
        this.clock = clock;
    }

    /** The page of one assignment on its own. */
    public record Page(Course course, Lesson lesson, AssignmentPanel panel) {
    }

    public void show(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = openLesson(ctx, me);
        AssignmentPanel panel = panels.forLearner(me.id(), courses.current(), lesson,
                new AssignmentPanels.Request(null, AssignmentPanels.extraItem(ctx, lesson), null, "opdracht"));
        render(ctx, lesson, panel);
    }

    private void render(Context ctx, Lesson lesson, AssignmentPanel panel) {
        if (panel.returnTo().equals("les")) {
            lessons.lessonWith(ctx, lesson, nl.cursusschrift.web.Page.partial(ctx, "assignment/panel.jte", Map.of("panel", panel)), panel.refused());
        } else {
            nl.cursusschrift.web.Page.render(ctx, "assignment/assignment.jte", new Page(courses.current(), lesson, panel));
        }
    }

    public void saveDraft(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = openLesson(ctx, me);
        Assignment assignment = Assignment.of(lesson);
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.formParamMap());
        String extra = FormActions.apply(assignment, params);
        ObjectNode raw = FormActions.read(assignment, params);
        AnswerCheck.Outcome outcome = AnswerCheck.draft(assignment, raw);
        if (!outcome.ok()) {
            refuse(ctx, me, lesson, raw, outcome.errors(), 422, null, false);
            return;
        }
        Submissions.Saved saved;
        try {
            saved = submissions.saveDraft(me.id(), lesson.step(), assignment, raw, FormActions.baseVersion(ctx));
        } catch (WriteFailedException e) {
            notStored(ctx, me, lesson, raw, e);
            return;
        }
        if (!saved.ok()) {
            refuse(ctx, me, lesson, raw, Map.of(), 409, "Deze opdracht is al ingeleverd, dus dit concept is niet opgeslagen. "
                    + "Wil je iets veranderen? Trek je inzending dan eerst terug.", false);
            return;
        }
        String time = Dutch.when(saved.at(), clock);
        if (FormActions.wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", true);
            body.put("version", saved.version());
            body.put("savedAt", "Opgeslagen " + time);
            body.put("stale", saved.stale());
            body.put("warnings", outcome.warnings());
            body.put("insights", figureHtml(assignment, raw));
            ctx.json(body);
            return;
        }
        String staleNote = saved.stale() ? " Let op: in een ander venster of op een ander apparaat was intussen een andere versie "
                + "opgeslagen; deze versie is nu de laatste." : "";
        flash.set(ctx, "Concept opgeslagen " + time + "." + staleNote);
        ctx.redirect(FormActions.back(ctx, lesson.step(), extra), HttpStatus.SEE_OTHER);
    }

    public void submit(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = openLesson(ctx, me);
        Assignment assignment = Assignment.of(lesson);
        ObjectNode raw = FormActions.read(assignment, new LinkedHashMap<>(ctx.formParamMap()));
        AnswerCheck.Outcome outcome = AnswerCheck.submission(assignment, raw, LocalDateTime.now(clock));
        Submissions.Submitted submitted;
        try {
            if (!outcome.ok()) {
                // Not ready to hand in, but nothing typed may be lost: keep it as the draft.
                boolean kept = AnswerCheck.draft(assignment, raw).ok()
                        && submissions.saveDraft(me.id(), lesson.step(), assignment, raw, FormActions.baseVersion(ctx)).ok();
                refuse(ctx, me, lesson, raw, outcome.errors(), 422, null, kept);
                return;
            }
            submitted = submissions.submit(me.id(), lesson.step(), assignment, outcome.typed());
        } catch (WriteFailedException e) {
            notStored(ctx, me, lesson, raw, e);
            return;
        }
        if (!submitted.ok()) {
            refuse(ctx, me, lesson, raw, Map.of(), 409, "Deze opdracht is al ingeleverd. Wil je iets veranderen? Trek je inzending dan eerst terug.", false);
            return;
        }
        flash.set(ctx, submitted.number() == 1 ? "Ingeleverd! Je docent kan je antwoord nu lezen."
                : "Versie " + submitted.number() + " is ingeleverd. Je docent ziet wat er veranderd is.");
        ctx.redirect("/opdracht/" + lesson.step(), HttpStatus.SEE_OTHER);
    }

    /**
     * A GET of an address the form posts to (a reload after a refused submit, a link from history): back to
     * the form, so the address never posts again and the learner lands on their answer.
     */
    public void backToForm(Context ctx) {
        if (!java.util.Set.of("concept", "inleveren", "terugtrekken").contains(ctx.pathParam("action"))) throw new NotFoundResponse();
        ctx.redirect("/opdracht/" + lesson(ctx).step(), HttpStatus.SEE_OTHER);
    }

    public void withdraw(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = openLesson(ctx, me);
        String text = answers.revisions(me.id(), lesson.step()).stream().findFirst()
                .map(r -> AnswerView.of(answers.spec(r.specHash()), r.document()).text()).orElse("");
        if (!submissions.withdraw(me.id(), lesson.step(), text)) {
            ctx.status(409);
            AssignmentPanel panel = panels.forLearner(me.id(), courses.current(), lesson, new AssignmentPanels.Request(null, null,
                    "Er is niets om terug te trekken: je antwoord is al nagekeken of nog niet ingeleverd.", "opdracht"));
            render(ctx, lesson, panel);
            return;
        }
        flash.set(ctx, "Je inzending is teruggetrokken. Je kunt verder schrijven en opnieuw inleveren.");
        ctx.redirect("/opdracht/" + lesson.step(), HttpStatus.SEE_OTHER);
    }

    /**
     * The database did not take the write (disk full, read-only, too busy): say so in Dutch and
     * give the learner's text back in the form (or leave it in the browser, for autosave).
     */
    private void notStored(Context ctx, CurrentUser me, Lesson lesson, ObjectNode raw, WriteFailedException e) {
        log.error("Opslaan mislukt bij {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        refuse(ctx, me, lesson, raw, Map.of(), 503, "Opslaan lukte niet: de cursus kan je antwoord nu niet bewaren. "
                + "Je tekst staat nog hieronder; kopieer hem voor de zekerheid en probeer het over een minuut opnieuw.", false);
    }

    private void refuse(Context ctx, CurrentUser me, Lesson lesson, ObjectNode raw, Map<String, String> errors, int status, String notice,
                        boolean keptAsDraft) {
        if (FormActions.wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", false);
            body.put("errors", errors);
            body.put("message", notice != null ? notice : "Niet opgeslagen: " + errors.values().iterator().next());
            ctx.status(status).json(body);
            return;
        }
        ctx.status(status);
        AssignmentPanel panel = panels.forLearner(me.id(), courses.current(), lesson,
                new AssignmentPanels.Request(new AssignmentPanels.Posted(raw, errors, keptAsDraft), null, notice, FormActions.returnTo(ctx)));
        render(ctx, lesson, panel);
    }

    /** The charts of the saved draft by field, so autosave can swap them in without a reload. */
    private Map<String, String> figureHtml(Assignment assignment, ObjectNode raw) {
        Map<String, String> html = new LinkedHashMap<>();
        for (Figure figure : figures.of(assignment, raw)) html.merge(figure.field(), figure.htmlText(), String::concat);
        return html;
    }

    /** One earlier version, read-only, with the fields it was written for. */
    public record VersionPage(Course course, Lesson lesson, Answers.Revision revision, String submittedAt, AnswerView answer,
                              List<Figure> figures, List<AssignmentPanel.RevisionLink> all) {
    }

    public void showVersion(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = lesson(ctx);
        String raw = ctx.pathParam("number");
        if (!raw.matches("\\d{1,4}")) throw new NotFoundResponse();
        Answers.Revision revision = answers.revision(me.id(), lesson.step(), Integer.parseInt(raw)).orElseThrow(NotFoundResponse::new);
        Assignment spec = answers.spec(revision.specHash());
        var all = answers.revisions(me.id(), lesson.step()).stream()
                .map(r -> new AssignmentPanel.RevisionLink(r.number(), Dutch.when(r.submittedAt(), clock))).toList();
        nl.cursusschrift.web.Page.render(ctx, "assignment/version.jte", new VersionPage(courses.current(), lesson, revision,
                Dutch.when(revision.submittedAt(), clock), AnswerView.of(spec, revision.document()), figures.of(spec, revision.document()), all));
    }

    private Lesson lesson(Context ctx) {
        Lesson lesson = courses.current().lesson(CourseController.step(ctx)).orElseThrow(NotFoundResponse::new);
        if (Assignment.of(lesson) == null) throw new NotFoundResponse();
        return lesson;
    }

    /** The lesson, if its assignment exists and is open for this learner; a closed step takes no answers. */
    private Lesson openLesson(Context ctx, CurrentUser me) {
        Lesson lesson = lesson(ctx);
        if (!StepCalendar.isOpen(courses.current(), me.pace(), lesson.step(), LocalDate.now(clock))) throw new ForbiddenResponse();
        return lesson;
    }
}
