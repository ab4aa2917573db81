package nl.cursusschrift.course;

/**
 * One lesson page; previous/next are null at the ends of the course.
 *
 * @param locked null when the lesson may be read, else the Dutch reason it is still closed
 */
public record LessonPage(Course course, Lesson lesson, Lesson previous, Lesson next, String locked, boolean visitor) {
}
