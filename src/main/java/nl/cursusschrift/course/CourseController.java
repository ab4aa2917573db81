package nl.cursusschrift.course;

import gg.jte.Content;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Page;

/**
 * The course site: the index of steps and one page per lesson, opened by the weekly rhythm.
 * Visitors read the course as if they enrolled today; staff read everything. What features above
 * the course add to these pages comes in through {@link LessonSection} and {@link StepProgress}.
 */
public final class CourseController {
    private final CourseLibrary library;
    private final Function<Context, Optional<? extends Reader>> readers;
    private final Clock clock;
    private final StepProgress progress;
    private final List<LessonSection> sections;

    public CourseController(CourseLibrary library, Function<Context, Optional<? extends Reader>> readers, Clock clock,
                            StepProgress progress, List<LessonSection> sections) {
        this.library = library;
        this.readers = readers;
        this.clock = clock;
        this.progress = progress;
        this.sections = List.copyOf(sections);
    }

    public void home(Context ctx) {
        Course course = library.current();
        Optional<Reader> user = reader(ctx);
        LocalDate today = LocalDate.now(clock);
        Pace pace = pace(user, today);
        Map<Integer, StepProgress.State> work = user.filter(u -> !u.isStaff()).map(progress::of).orElse(Map.of());
        List<HomePage.StepCard> cards = new ArrayList<>();
        for (Lesson l : course.lessons()) {
            StepProgress.State state = work.get(l.step());
            cards.add(new HomePage.StepCard(l.step(), l.title(), l.summary(), locked(course, pace, l.step(), today, user.isEmpty()),
                    state == null ? null : state.label(), state == null ? null : state.cssClass()));
        }
        HomePage.Now now = null;
        String name = null;
        if (user.isPresent() && !user.get().isStaff()) {
            now = NextStep.of(course, cards, work, StepCalendar.currentWeek(course, pace, today));
            name = user.get().name();
        }
        Page.render(ctx, "course/home.jte", new HomePage(course, cards, now, name));
    }

    public void lesson(Context ctx) {
        show(ctx, library.current().lesson(step(ctx)).orElseThrow(NotFoundResponse::new), false);
    }

    /**
     * A lesson with everything below it for this reader; {@code refused}: a form in one of those sections was
     * refused (a reply too long), so the page's title says so.
     */
    public void show(Context ctx, Lesson lesson, boolean refused) {
        Course course = library.current();
        Optional<Reader> user = reader(ctx);
        LocalDate today = LocalDate.now(clock);
        String locked = locked(course, pace(user, today), lesson.step(), today, user.isEmpty());
        List<Content> below = new ArrayList<>();
        if (locked == null) {
            for (LessonSection section : sections) section.render(ctx, lesson, user).ifPresent(below::add);
        }
        Page.render(ctx, "course/lesson.jte", LessonPage.of(course, lesson, locked, user.isEmpty(), below).refusing(refused));
    }

    /**
     * The lesson page around one section made elsewhere: the assignment shown again after a refused
     * save, at the address it was posted to.
     */
    public void lessonWith(Context ctx, Lesson lesson, Content section, boolean refused) {
        Page.render(ctx, "course/lesson.jte", LessonPage.of(library.current(), lesson, null, false, List.of(section)).refusing(refused));
    }

    @SuppressWarnings("unchecked")
    private Optional<Reader> reader(Context ctx) {
        return (Optional<Reader>) readers.apply(ctx);
    }

    static Pace pace(Optional<Reader> user, LocalDate today) {
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
        return "Opent op " + Dutch.day(opens);
    }

    /** The step number from the URL; anything that is not a plain number is a page that does not exist. */
    public static int step(Context ctx) {
        String raw = ctx.pathParam("step");
        if (raw.isEmpty() || raw.length() > 3 || !raw.chars().allMatch(Character::isDigit)) throw new NotFoundResponse();
        return Integer.parseInt(raw);
    }
}
