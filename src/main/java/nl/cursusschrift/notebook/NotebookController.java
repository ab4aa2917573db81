package nl.cursusschrift.notebook;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.assignment.FeedbackSource;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.search.Search;
import io.javalin.http.HttpStatus;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.LocalPath;
import nl.cursusschrift.web.Page;

/**
 * /schrift: the learner's notebook with the one next thing to do, and search through it; and the POST with which a
 * page says it showed feedback or replies (a GET never marks anything read, so a link from elsewhere cannot).
 */
public final class NotebookController {
    private final CourseLibrary courses;
    private final Notebook notebook;
    private final Search search;
    private final FeedbackSource feedback;
    private final Replying replying;
    private final Clock clock;

    public NotebookController(CourseLibrary courses, Notebook notebook, Search search, FeedbackSource feedback, Replying replying, Clock clock) {
        this.courses = courses;
        this.notebook = notebook;
        this.search = search;
        this.feedback = feedback;
        this.replying = replying;
        this.clock = clock;
    }

    public void show(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Course course = courses.current();
        List<Notebook.Entry> entries = notebook.entries(me, course);
        String query = ctx.queryParam("zoek");
        List<Search.Hit> hits = query == null ? null : search.search(me.id(), query);
        int done = (int) entries.stream().filter(Notebook.Entry::done).count();
        Page.render(ctx, "notebook/notebook.jte", new NotebookPage(course, me.name(), entries, done, next(me, course, entries),
                query == null ? null : query.length() > 200 ? query.substring(0, 200) : query, hits, Dutch.date(LocalDate.now(clock))));
    }

    /**
     * "Gelezen": the page showed the feedback of these steps and these replies (script posts it on load; without
     * script it is a button). Only the learner's own feedback and replies under their own shares change.
     */
    public void markRead(Context ctx) {
        CurrentUser me = Access.current(ctx);
        List<Integer> steps = ctx.formParams("stap").stream().filter(s -> s.matches("\\d{1,2}")).map(Integer::parseInt).distinct().limit(50).toList();
        List<String> replies = ctx.formParams("reactie").stream().filter(r -> r.matches("[A-Za-z0-9_-]{1,40}")).distinct().limit(500).toList();
        feedback.markRead(me.id(), steps);
        replying.markRead(me.id(), replies);
        if (ctx.header("Accept") != null && ctx.header("Accept").contains("application/json")) {
            ctx.status(204);
            return;
        }
        ctx.redirect(LocalPath.orHome(ctx.formParam("terug")), HttpStatus.SEE_OTHER);
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
            if (!e.unreadReplies().isEmpty()) {
                return new NotebookPage.Next("Er is gereageerd op wat je deelde bij stap " + e.step() + ". Lees het hieronder.",
                        "#stap-" + e.step(), "Naar de reacties");
            }
        }
        for (Notebook.Entry e : entries) {
            if (e.state() == AnswerState.REVISION) {
                return new NotebookPage.Next("Je docent vraagt je stap " + e.step() + " aan te passen.", "/opdracht/" + e.step(), "Naar stap " + e.step());
            }
        }
        // First what this week asks (or earlier weeks left undone), then anything else that is open.
        int week = StepCalendar.currentWeek(course, me.pace(), LocalDate.now(clock));
        Notebook.Entry todo = entries.stream().filter(e -> e.locked() == null && !e.done() && e.lesson().exercise() != null)
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
}
