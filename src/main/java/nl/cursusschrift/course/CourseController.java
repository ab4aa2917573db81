package nl.cursusschrift.course;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import nl.cursusschrift.web.Page;

/** The public course site: the index of steps and one page per lesson. */
public final class CourseController {
    private final CourseLibrary library;

    public CourseController(CourseLibrary library) {
        this.library = library;
    }

    public void home(Context ctx) {
        Course course = library.current();
        var cards = course.lessons().stream()
                .map(l -> new HomePage.StepCard(l.step(), l.title(), l.summary(), null, null, null))
                .toList();
        Page.render(ctx, "course/home.jte", new HomePage(course, cards));
    }

    public void lesson(Context ctx) {
        Course course = library.current();
        Lesson lesson = course.lesson(step(ctx)).orElseThrow(NotFoundResponse::new);
        Lesson previous = course.lesson(lesson.step() - 1).orElse(null);
        Lesson next = course.lesson(lesson.step() + 1).orElse(null);
        Page.render(ctx, "course/lesson.jte", new LessonPage(course, lesson, previous, next));
    }

    /** The step number from the URL; anything that is not a plain number is a page that does not exist. */
    public static int step(Context ctx) {
        String raw = ctx.pathParam("step");
        if (raw.isEmpty() || raw.length() > 3 || !raw.chars().allMatch(Character::isDigit)) throw new NotFoundResponse();
        return Integer.parseInt(raw);
    }
}
