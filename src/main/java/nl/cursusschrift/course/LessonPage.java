package nl.cursusschrift.course;

import java.util.List;
import nl.cursusschrift.assignment.AssignmentPanel;
import nl.cursusschrift.notebook.Reactions;

/**
 * One lesson page; previous/next are null at the ends of the course.
 *
 * @param locked null when the lesson may be read, else the Dutch reason it is still closed
 * @param panel  the assignment below the lesson, or null (visitors, locked steps, no assignment)
 * @param reactions what the viewer's cohort shared for this step, or null for visitors
 */
public record LessonPage(Course course, Lesson lesson, Lesson previous, Lesson next, String locked, boolean visitor,
                         AssignmentPanel panel, List<Reactions.Reaction> reactions) {

    public static LessonPage of(Course course, Lesson lesson, String locked, boolean visitor, AssignmentPanel panel,
                                List<Reactions.Reaction> reactions) {
        return new LessonPage(course, lesson, course.lesson(lesson.step() - 1).orElse(null),
                course.lesson(lesson.step() + 1).orElse(null), locked, visitor, panel, reactions);
    }
}
