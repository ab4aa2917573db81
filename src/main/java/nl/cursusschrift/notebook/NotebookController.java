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
import nl.cursusschrift.web.Page;

/** /schrift: the learner's notebook with the one next thing to do, and search through it. */
public final class NotebookController {
    private final CourseLibrary courses;
    private final Notebook notebook;
    private final Search search;
    private final FeedbackSource feedback;
    private final Clock clock;

    public NotebookController(CourseLibrary courses, Notebook notebook, Search search, FeedbackSource feedback, Clock clock) {
        this.courses = courses;
        this.notebook = notebook;
        this.search = search;
        this.feedback = feedback;
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
                query == null ? null : query.length() > 200 ? query.substring(0, 200) : query, hits));
        // Feedback shown on this page counts as read from now on; this page still marks it as new.
        feedback.markRead(me.id(), entries.stream().filter(Notebook.Entry::unread).map(Notebook.Entry::step).toList());
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
