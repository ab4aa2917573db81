package nl.cursusschrift.course;

import nl.cursusschrift.assignment.AssignmentPanel;

/**
 * One lesson page; previous/next are null at the ends of the course.
 *
 * @param locked null when the lesson may be read, else the Dutch reason it is still closed
 * @param panel  the assignment below the lesson, or null (visitors, locked steps, no assignment)
 */
public record LessonPage(Course course, Lesson lesson, Lesson previous, Lesson next, String locked, boolean visitor,
                         AssignmentPanel panel) {

    public static LessonPage of(Course course, Lesson lesson, String locked, boolean visitor, AssignmentPanel panel) {
        return new LessonPage(course, lesson, course.lesson(lesson.step() - 1).orElse(null),
                course.lesson(lesson.step() + 1).orElse(null), locked, visitor, panel);
    }
}
