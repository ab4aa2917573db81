package nl.cursusschrift.course;

import gg.jte.Content;
import java.util.List;

/**
 * One lesson page; previous/next are null at the ends of the course.
 *
 * @param locked   null when the lesson may be read, else the Dutch reason it is still closed
 * @param sections what features add below the lesson for this reader (the assignment, reactions)
 * @param refused  the page shows a refused save or submit: its title starts with "Fout:"
 */
public record LessonPage(Course course, Lesson lesson, Lesson previous, Lesson next, String locked, boolean visitor,
                         List<Content> sections, boolean refused) {

    public static LessonPage of(Course course, Lesson lesson, String locked, boolean visitor, List<Content> sections) {
        return new LessonPage(course, lesson, course.lesson(lesson.step() - 1).orElse(null),
                course.lesson(lesson.step() + 1).orElse(null), locked, visitor, List.copyOf(sections), false);
    }

    LessonPage refusing(boolean refused) {
        return new LessonPage(course, lesson, previous, next, locked, visitor, sections, refused);
    }

    /** A visitor reads an open lesson that has an assignment: say how to take part. */
    public boolean invitesVisitor() {
        return visitor && locked == null && lesson.exercise() != null;
    }

    /** An open lesson with an assignment below it: the page offers a jump to it from the top. */
    public boolean hasAssignment() {
        return locked == null && lesson.exercise() != null;
    }

    public String title() {
        return (refused ? "Fout: " : "") + lesson.title();
    }
}
