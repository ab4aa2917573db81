package nl.cursusschrift.course;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.AssignmentPanel;
import nl.cursusschrift.assignment.AssignmentPanels;
import nl.cursusschrift.notebook.Reactions;
import nl.cursusschrift.web.Page;

/**
 * The course site: the index of steps and one page per lesson, opened by the weekly rhythm.
 * Visitors read the course as if they enrolled today; staff read everything.
 */
public final class CourseController {
    private final CourseLibrary library;
    private final Access access;
    private final Clock clock;
    private final Answers answers;
    private final AssignmentPanels panels;
    private final Reactions reactions;

    public CourseController(CourseLibrary library, Access access, Clock clock, Answers answers, AssignmentPanels panels, Reactions reactions) {
        this.library = library;
        this.access = access;
        this.clock = clock;
        this.answers = answers;
        this.panels = panels;
        this.reactions = reactions;
    }

    public void home(Context ctx) {
        Course course = library.current();
        Optional<CurrentUser> user = access.user(ctx);
        LocalDate today = LocalDate.now(clock);
        Pace pace = pace(user, today);
        Map<Integer, AnswerState> work = user.filter(u -> !u.isStaff()).map(u -> answers.states(u.id())).orElse(Map.of());
        List<HomePage.StepCard> cards = new ArrayList<>();
        for (Lesson l : course.lessons()) {
            AnswerState state = work.get(l.step());
            cards.add(new HomePage.StepCard(l.step(), l.title(), l.summary(), locked(course, pace, l.step(), today, user.isEmpty()),
                    state == null ? null : state.label(), state == null ? null : state.cssClass()));
        }
        HomePage.StepCard current = null;
        String name = null;
        if (user.isPresent() && !user.get().isStaff()) {
            current = cards.get(StepCalendar.currentWeek(course, pace, today) - 1);
            name = user.get().name();
        }
        Page.render(ctx, "course/home.jte", new HomePage(course, cards, current, name));
    }

    public void lesson(Context ctx) {
        Course course = library.current();
        Lesson lesson = course.lesson(step(ctx)).orElseThrow(NotFoundResponse::new);
        Optional<CurrentUser> user = access.user(ctx);
        LocalDate today = LocalDate.now(clock);
        String locked = locked(course, pace(user, today), lesson.step(), today, user.isEmpty());
        AssignmentPanel panel = null;
        if (locked == null && lesson.assignment() != null && user.isPresent()) {
            panel = user.get().isStaff() ? panels.preview(lesson)
                    : panels.forLearner(user.get().id(), course, lesson, null, AssignmentPanels.extraItem(ctx, lesson), null, "les");
        }
        var shared = user.isEmpty() || locked != null ? null : reactions.forViewer(user.get(), lesson.step());
        Page.render(ctx, "course/lesson.jte", LessonPage.of(course, lesson, locked, user.isEmpty(), panel, shared));
        panels.shown(panel);
    }

    static Pace pace(Optional<CurrentUser> user, LocalDate today) {
        if (user.isEmpty()) return Pace.visitor(today);
        if (user.get().isStaff()) return Pace.everything(today);
        return user.get().pace();
    }

    /** Null when the step is open, else the Dutch sentence that says when it opens. */
    static String locked(Course course, Pace pace, int step, LocalDate today, boolean visitor) {
        LocalDate opens = StepCalendar.opensOn(course, pace, step, today);
        if (opens == null) return null;
        if (visitor && course.startDate() == null) {
            int weeks = step - 1;
            return "Opent " + (weeks == 1 ? "een week" : weeks + " weken") + " na je aanmelding";
        }
        return "Opent op " + StepCalendar.dutch(opens);
    }

    /** The step number from the URL; anything that is not a plain number is a page that does not exist. */
    public static int step(Context ctx) {
        String raw = ctx.pathParam("step");
        if (raw.isEmpty() || raw.length() > 3 || !raw.chars().allMatch(Character::isDigit)) throw new NotFoundResponse();
        return Integer.parseInt(raw);
    }
}
