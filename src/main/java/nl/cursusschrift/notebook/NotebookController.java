package nl.cursusschrift.notebook;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.review.Reviews;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Page;

/** /schrift: the learner's notebook, its search and exports, and sharing parts of it with the cohort. */
public final class NotebookController {
    private final Database db;
    private final CourseLibrary courses;
    private final Notebook notebook;
    private final NotebookSearch search;
    private final NotebookExport export;
    private final Shares shares;
    private final Users users;
    private final Reviews reviews;
    private final Flash flash;
    private final Clock clock;

    public NotebookController(Database db, CourseLibrary courses, Notebook notebook, NotebookSearch search, NotebookExport export,
                              Shares shares, Users users, Reviews reviews, Flash flash, Clock clock) {
        this.db = db;
        this.courses = courses;
        this.notebook = notebook;
        this.search = search;
        this.export = export;
        this.shares = shares;
        this.users = users;
        this.reviews = reviews;
        this.flash = flash;
        this.clock = clock;
    }

    public void show(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Course course = courses.current();
        List<Notebook.Entry> entries = notebook.entries(me, course);
        String query = ctx.queryParam("zoek");
        List<NotebookSearch.Hit> hits = query == null ? null : search.search(me.id(), query);
        int done = (int) entries.stream().filter(Notebook.Entry::done).count();
        Page.render(ctx, "notebook/notebook.jte", new NotebookPage(course, me.name(), entries, done, next(me, course, entries),
                query == null ? null : query.length() > 200 ? query.substring(0, 200) : query, hits));
        // Feedback shown on this page counts as read from now on; this page still marks it as new.
        reviews.markRead(me.id(), entries.stream().filter(Notebook.Entry::unread).map(Notebook.Entry::step).toList(), clock.millis());
    }

    /** The one thing to do next: what the instructor asked back, then this week's step, then what is unfinished. */
    NotebookPage.Next next(CurrentUser me, Course course, List<Notebook.Entry> entries) {
        for (Notebook.Entry e : entries) {
            if (e.unread()) {
                return new NotebookPage.Next("Je docent heeft je feedback gegeven bij stap " + e.step() + ". Lees hem hieronder.",
                        "#stap-" + e.step(), "Naar de feedback");
            }
        }
        for (Notebook.Entry e : entries) {
            if (e.state() == AnswerState.REVISION) {
                return new NotebookPage.Next("Je docent vraagt je stap " + e.step() + " aan te passen.", "/opdracht/" + e.step(), "Naar stap " + e.step());
            }
        }
        // First what this week asks (or earlier weeks left undone), then anything else that is open.
        int week = StepCalendar.currentWeek(course, me.pace(), LocalDate.now(clock));
        Notebook.Entry todo = entries.stream().filter(e -> e.locked() == null && !e.done() && e.lesson().assignment() != null)
                .min(java.util.Comparator.comparingInt((Notebook.Entry e) -> e.step() <= week ? 0 : 1).thenComparingInt(Notebook.Entry::step))
                .orElse(null);
        if (todo != null) {
            boolean started = todo.state() == AnswerState.DRAFT;
            return new NotebookPage.Next(started ? "Maak je concept van stap " + todo.step() + " af en lever het in."
                    : "Maak de opdracht van stap " + todo.step() + ": " + todo.lesson().title() + ".", "/les/" + todo.step(), "Naar stap " + todo.step());
        }
        for (Notebook.Entry e : entries) {
            if (e.locked() != null) {
                return new NotebookPage.Next("Alles ingeleverd wat open staat. Stap " + e.step() + " " + e.locked().toLowerCase()
                        + "; lees intussen terug wat je schreef.", null, null);
            }
        }
        return new NotebookPage.Next("Je hebt alle " + entries.size() + " stappen ingeleverd. Lees terug, print je schrift of neem het mee.", null, null);
    }

    private NotebookExport.Source source(CurrentUser me) {
        Course course = courses.current();
        return new NotebookExport.Source(course.title(), me.name(), Notebook.WHEN.format(ZonedDateTime.now(clock).toLocalDateTime()),
                me.id(), notebook.entries(me, course));
    }

    public void markdown(Context ctx) {
        download(ctx, "text/markdown; charset=utf-8", "mijn-schrift.md", export.markdown(source(Access.current(ctx))));
    }

    public void json(Context ctx) {
        download(ctx, "application/json; charset=utf-8", "mijn-schrift.json", NotebookExport.write(export.json(source(Access.current(ctx)))));
    }

    public void csv(Context ctx) {
        download(ctx, "text/csv; charset=utf-8", "mijn-schrift.csv", export.csv(source(Access.current(ctx)), courses.current()));
    }

    static void download(Context ctx, String type, String filename, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(type);
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }

    /** "Download al mijn gegevens": the complete JSON export plus what the account holds about the learner. */
    public void myData(Context ctx) {
        CurrentUser me = Access.current(ctx);
        var root = export.json(source(me));
        var account = root.putObject("account");
        var user = users.byId(me.id()).orElseThrow(NotFoundResponse::new);
        account.put("naam", user.name());
        account.put("e-mailadres", user.email());
        account.put("rol", user.role().stored());
        account.put("ingeschreven_op", user.enrolledOn().toString());
        account.put("cursus_gestart_op", StepCalendar.start(courses.current(), me.pace()).toString());
        account.put("aangemaakt_op", java.time.Instant.ofEpochMilli(user.createdAt()).toString());
        var sessions = root.putArray("sessies");
        for (var session : users.sessions(me.id())) {
            sessions.addObject().put("begonnen_op", java.time.Instant.ofEpochMilli(session[0]).toString())
                    .put("laatst_actief", java.time.Instant.ofEpochMilli(session[1]).toString());
        }
        download(ctx, "application/json; charset=utf-8", "mijn-gegevens.json", NotebookExport.write(root));
    }

    /** "Deel met je groep": a submitted answer, or one item of it. Drafts and others' answers cannot be shared. */
    public void share(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Course course = courses.current();
        String stepText = ctx.formParam("step");
        String target = ctx.formParam("target") == null ? "" : ctx.formParam("target");
        if (stepText == null || !stepText.matches("\\d{1,2}")) throw new NotFoundResponse();
        int step = Integer.parseInt(stepText);
        Notebook.Entry entry = notebook.entries(me, course).stream().filter(e -> e.step() == step).findFirst().orElseThrow(NotFoundResponse::new);
        if (entry.revision() == null || !entry.shareTargets().containsKey(target)) throw new NotFoundResponse();
        long now = clock.millis();
        db.write(h -> {
            Shares.insert(h, Ids.random(), me.id(), entry.revision().id(), step, target, me.cohortId(), now);
            return null;
        });
        flash.set(ctx, "Gedeeld met je groep: " + entry.shareTargets().get(target) + ". Je kunt het altijd weer intrekken.");
        ctx.redirect(back(ctx, step), HttpStatus.SEE_OTHER);
    }

    public void unshare(Context ctx) {
        CurrentUser me = Access.current(ctx);
        String id = ctx.pathParam("id");
        Shares.Share share = shares.byId(id).filter(s -> s.userId().equals(me.id())).orElseThrow(NotFoundResponse::new);
        if (!db.write(h -> Shares.withdraw(h, id, me.id()))) throw new NotFoundResponse();
        flash.set(ctx, "Niet meer gedeeld.");
        ctx.redirect(back(ctx, share.step()), HttpStatus.SEE_OTHER);
    }

    /** Staff hide (or show again) a shared item of a learner in their cohorts. */
    public void hide(Context ctx) {
        CurrentUser me = Access.current(ctx);
        String id = ctx.pathParam("id");
        boolean hidden = !"0".equals(ctx.formParam("verberg"));
        long now = clock.millis();
        Shares.Share share = shares.byId(id).orElseThrow(NotFoundResponse::new);
        if (!db.write(h -> Shares.hide(h, id, Scope.of(me), me.id(), hidden, now))) throw new NotFoundResponse();
        flash.set(ctx, hidden ? "De reactie is verborgen voor de groep." : "De reactie is weer zichtbaar.");
        ctx.redirect("/les/" + share.step() + "#reacties", HttpStatus.SEE_OTHER);
    }

    private static String back(Context ctx, int step) {
        return "les".equals(ctx.formParam("return")) ? "/les/" + step + "#reacties" : "/schrift#stap-" + step;
    }
}
