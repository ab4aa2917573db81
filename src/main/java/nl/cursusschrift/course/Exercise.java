package nl.cursusschrift.course;

/**
 * What a lesson declares under {@code assignment:} in its front matter, as read by an
 * {@link ExerciseReader}. The course carries it without knowing it; the assignment package owns it.
 */
public interface Exercise {
    /** One line for {@code content check}: the fields and their types. */
    String outline();
}
