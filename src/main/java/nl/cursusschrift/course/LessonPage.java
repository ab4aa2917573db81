package nl.cursusschrift.course;

/** One lesson page; previous/next are null at the ends of the course. */
public record LessonPage(Course course, Lesson lesson, Lesson previous, Lesson next) {
}
