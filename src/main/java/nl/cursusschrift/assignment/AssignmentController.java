package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.BadRequestResponse;
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
import nl.cursusschrift.course.LessonPage;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.WriteFailedException;
import nl.cursusschrift.insight.Insights;
import nl.cursusschrift.notebook.SearchIndex;
import nl.cursusschrift.web.Flash;

/**
 * The learner's weekly assignment: the form, saving drafts (from the form or by autosave),
 * submitting, taking a submission back, and earlier versions. Every action names the signed-in
 * learner; a step that is not open yet takes no answers.
 */
public final class AssignmentController {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AssignmentController.class);
    private final Database db;
    private final CourseLibrary courses;
    private final AssignmentPanels panels;
    private final Answers answers;
    private final TemplateEngine engine;
    private final Flash flash;
    private final Clock clock;

    public AssignmentController(Database db, CourseLibrary courses, AssignmentPanels panels, Answers answers, TemplateEngine engine,
                                Flash flash, Clock clock) {
        this.db = db;
        this.courses = courses;
        this.panels = panels;
        this.answers = answers;
        this.engine = engine;
        this.flash = flash;
        this.clock = clock;
    }

    /** The page of one assignment on its own. */
    public record Page(Course course, Lesson lesson, AssignmentPanel panel) {
    }

    public void show(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = openLesson(ctx, me);
        AssignmentPanel panel = panels.forLearner(me.id(), courses.current(), lesson, null, AssignmentPanels.extraItem(ctx, lesson), null, "opdracht");
        render(ctx, lesson, panel);
        panels.shown(panel);
    }

    private void render(Context ctx, Lesson lesson, AssignmentPanel panel) {
        if (panel.returnTo().equals("les")) {
            nl.cursusschrift.web.Page.render(ctx, "course/lesson.jte", LessonPage.of(courses.current(), lesson, null, false, panel, null));
        } else {
            nl.cursusschrift.web.Page.render(ctx, "assignment/assignment.jte", new Page(courses.current(), lesson, panel));
        }
    }

    public void saveDraft(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = openLesson(ctx, me);
        Assignment assignment = lesson.assignment();
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.formParamMap());
        String extra = applyAction(assignment, params);
        ObjectNode raw = read(assignment, params);
        AnswerCheck.Outcome outcome = AnswerCheck.draft(assignment, raw);
        if (!outcome.ok()) {
            refuse(ctx, me, lesson, raw, outcome.errors(), 422, null);
            return;
        }
        long now = clock.millis();
        Answers.Saved saved;
        try {
            saved = storeDraft(me, lesson, raw, baseVersion(ctx), now);
        } catch (WriteFailedException e) {
            notStored(ctx, me, lesson, raw, e);
            return;
        }
        if (!saved.ok()) {
            refuse(ctx, me, lesson, raw, Map.of(), 409, "Deze opdracht is al ingeleverd, dus dit concept is niet opgeslagen. "
                    + "Wil je iets veranderen? Trek je inzending dan eerst terug.");
            return;
        }
        String time = panels.when(now);
        String staleNote = saved.stale() ? " Let op: in een ander venster of op een ander apparaat was intussen een andere versie "
                + "opgeslagen; deze versie is nu de laatste." : "";
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", true);
            body.put("version", saved.version());
            body.put("savedAt", "Opgeslagen " + time);
            body.put("stale", saved.stale());
            body.put("warnings", outcome.warnings());
            body.put("insights", insightHtml(assignment, raw));
            ctx.json(body);
            return;
        }
        flash.set(ctx, "Concept opgeslagen " + time + "." + staleNote);
        ctx.redirect(back(ctx, lesson, extra), HttpStatus.SEE_OTHER);
    }

    /** The draft and its search text, in one durable write. */
    private Answers.Saved storeDraft(CurrentUser me, Lesson lesson, ObjectNode raw, int baseVersion, long now) {
        String json = Json.write(raw);
        String text = AnswerView.of(lesson.assignment(), raw).text();
        return db.write(h -> {
            Answers.Saved result = Answers.saveDraft(h, me.id(), lesson.step(), json, baseVersion, now);
            if (result.ok()) SearchIndex.draft(h, me.id(), lesson.step(), text);
            return result;
        });
    }

    public void submit(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = openLesson(ctx, me);
        Assignment assignment = lesson.assignment();
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.formParamMap());
        ObjectNode raw = read(assignment, params);
        AnswerCheck.Outcome outcome = AnswerCheck.submission(assignment, raw, LocalDateTime.now(clock));
        long now = clock.millis();
        if (!outcome.ok()) {
            // Not ready to hand in, but nothing typed may be lost: keep it as the draft.
            try {
                if (AnswerCheck.draft(assignment, raw).ok()) storeDraft(me, lesson, raw, baseVersion(ctx), now);
            } catch (WriteFailedException e) {
                notStored(ctx, me, lesson, raw, e);
                return;
            }
            refuse(ctx, me, lesson, raw, outcome.errors(), 422, null);
            return;
        }
        String typed = Json.write(outcome.typed());
        String text = AnswerView.of(assignment, outcome.typed()).text();
        Answers.Submitted submitted;
        try {
            submitted = db.write(h -> {
                Answers.Submitted result = Answers.submit(h, me.id(), lesson.step(), typed, assignment, now);
                if (result.ok()) SearchIndex.revision(h, me.id(), lesson.step(), result.number(), text);
                return result;
            });
        } catch (WriteFailedException e) {
            notStored(ctx, me, lesson, raw, e);
            return;
        }
        if (!submitted.ok()) {
            refuse(ctx, me, lesson, raw, Map.of(), 409, "Deze opdracht is al ingeleverd. Wil je iets veranderen? Trek je inzending dan eerst terug.");
            return;
        }
        flash.set(ctx, submitted.number() == 1 ? "Ingeleverd! Je docent kan je antwoord nu lezen."
                : "Versie " + submitted.number() + " is ingeleverd. Je docent ziet wat er veranderd is.");
        ctx.redirect("/opdracht/" + lesson.step(), HttpStatus.SEE_OTHER);
    }

    public void withdraw(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = openLesson(ctx, me);
        long now = clock.millis();
        String text = answers.revisions(me.id(), lesson.step()).stream().findFirst()
                .map(r -> AnswerView.of(answers.spec(r.specHash()), r.document()).text()).orElse("");
        boolean withdrawn = db.write(h -> {
            boolean done = Answers.withdraw(h, me.id(), lesson.step(), now);
            if (done) SearchIndex.draft(h, me.id(), lesson.step(), text);
            return done;
        });
        if (!withdrawn) {
            ctx.status(409);
            AssignmentPanel panel = panels.forLearner(me.id(), courses.current(), lesson, null, null,
                    "Er is niets om terug te trekken: je antwoord is al nagekeken of nog niet ingeleverd.", "opdracht");
            render(ctx, lesson, panel);
            return;
        }
        flash.set(ctx, "Je inzending is teruggetrokken. Je kunt verder schrijven en opnieuw inleveren.");
        ctx.redirect("/opdracht/" + lesson.step(), HttpStatus.SEE_OTHER);
    }

    /** One earlier version, read-only, with the fields it was written for. */
    public record VersionPage(Course course, Lesson lesson, Answers.Revision revision, String submittedAt, AnswerView answer,
                              List<nl.cursusschrift.insight.Insight> insights, List<AssignmentPanel.RevisionLink> all) {
    }

    public void showVersion(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Lesson lesson = lesson(ctx);
        String raw = ctx.pathParam("number");
        if (!raw.matches("\\d{1,4}")) throw new NotFoundResponse();
        Answers.Revision revision = answers.revision(me.id(), lesson.step(), Integer.parseInt(raw)).orElseThrow(NotFoundResponse::new);
        Assignment spec = answers.spec(revision.specHash());
        var all = answers.revisions(me.id(), lesson.step()).stream()
                .map(r -> new AssignmentPanel.RevisionLink(r.number(), panels.when(r.submittedAt()))).toList();
        nl.cursusschrift.web.Page.render(ctx, "assignment/version.jte", new VersionPage(courses.current(), lesson, revision,
                panels.when(revision.submittedAt()), AnswerView.of(spec, revision.document()), Insights.compute(spec, revision.document()), all));
    }

    /**
     * The database did not take the write (disk full, read-only, too busy): say so in Dutch and
     * give the learner's text back in the form (or leave it in the browser, for autosave).
     */
    private void notStored(Context ctx, CurrentUser me, Lesson lesson, ObjectNode raw, WriteFailedException e) {
        log.error("Opslaan mislukt bij {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        refuse(ctx, me, lesson, raw, Map.of(), 503, "Opslaan lukte niet: de cursus kan je antwoord nu niet bewaren. "
                + "Je tekst staat nog hieronder; kopieer hem voor de zekerheid en probeer het over een minuut opnieuw.");
    }

    private void refuse(Context ctx, CurrentUser me, Lesson lesson, ObjectNode raw, Map<String, String> errors, int status, String notice) {
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", false);
            body.put("errors", errors);
            body.put("message", notice != null ? notice : "Niet opgeslagen: " + errors.values().iterator().next());
            ctx.status(status).json(body);
            return;
        }
        ctx.status(status);
        AssignmentPanel panel = panels.forLearner(me.id(), courses.current(), lesson,
                new AssignmentPanels.Posted(raw, errors), null, notice, returnTo(ctx));
        render(ctx, lesson, panel);
    }

    private Map<String, String> insightHtml(Assignment assignment, ObjectNode raw) {
        Map<String, String> html = new LinkedHashMap<>();
        for (var insight : Insights.compute(assignment, raw)) {
            StringOutput out = new StringOutput();
            engine.render("insight/insight.jte", Map.of("insight", insight), out);
            html.merge(insight.field(), out.toString(), String::concat);
        }
        return html;
    }

    private ObjectNode read(Assignment assignment, Map<String, List<String>> params) {
        FormInput.Result input = FormInput.read(assignment, params);
        if (input.tampered() != null) throw new BadRequestResponse(input.tampered());
        return input.raw();
    }

    /**
     * The buttons that change the shape of a group without script: add an item, remove one,
     * move a touchpoint up or down. Returns the group that gets an extra empty item, if any.
     */
    static String applyAction(Assignment assignment, Map<String, List<String>> params) {
        List<String> values = params.remove("_action");
        if (values == null || values.isEmpty()) return null;
        String[] parts = values.get(0).split(":");
        Group group = parts.length >= 2 && assignment.field(parts[1]).orElse(null) instanceof Group g ? g : null;
        if (group == null) throw new BadRequestResponse("onbekende actie");
        if (parts[0].equals("add") && parts.length == 2) return group.id();
        if (parts.length != 3 || !parts[2].matches("\\d{1,3}")) throw new BadRequestResponse("onbekende actie");
        int index = Integer.parseInt(parts[2]);
        String prefix = group.id() + "[";
        switch (parts[0]) {
            case "remove" -> params.keySet().removeIf(name -> name.startsWith(prefix + index + "]."));
            case "up", "down" -> {
                int other = parts[0].equals("up") ? index - 1 : index + 1;
                if (other < 0) return null;
                Map<String, List<String>> swapped = new LinkedHashMap<>();
                for (var entry : params.entrySet()) {
                    String name = entry.getKey();
                    if (name.startsWith(prefix + index + "].")) name = prefix + other + name.substring((prefix + index).length());
                    else if (name.startsWith(prefix + other + "].")) name = prefix + index + name.substring((prefix + other).length());
                    swapped.put(name, entry.getValue());
                }
                params.clear();
                params.putAll(swapped);
            }
            default -> throw new BadRequestResponse("onbekende actie");
        }
        return null;
    }

    private String back(Context ctx, Lesson lesson, String extra) {
        String base = returnTo(ctx).equals("les") ? "/les/" + lesson.step() : "/opdracht/" + lesson.step();
        return base + (extra == null ? "" : "?meer=" + extra) + (extra == null ? "#opdracht" : "#" + FieldView.domId(extra));
    }

    private static String returnTo(Context ctx) {
        return "les".equals(ctx.formParam("return")) ? "les" : "opdracht";
    }

    private static int baseVersion(Context ctx) {
        String raw = ctx.formParam("version");
        return raw != null && raw.matches("\\d{1,9}") ? Integer.parseInt(raw) : 0;
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json");
    }

    private Lesson lesson(Context ctx) {
        Lesson lesson = courses.current().lesson(CourseController.step(ctx)).orElseThrow(NotFoundResponse::new);
        if (lesson.assignment() == null) throw new NotFoundResponse();
        return lesson;
    }

    /** The lesson, if its assignment exists and is open for this learner; a closed step takes no answers. */
    private Lesson openLesson(Context ctx, CurrentUser me) {
        Lesson lesson = lesson(ctx);
        if (!StepCalendar.isOpen(courses.current(), me.pace(), lesson.step(), LocalDate.now(clock))) throw new ForbiddenResponse();
        return lesson;
    }
}
