package nl.cursusschrift.course;

import java.util.List;
import nl.cursusschrift.yaml.ContentProblem;
import nl.cursusschrift.yaml.YamlNode;

/**
 * Reads the {@code assignment:} block of a lesson while the course loads, so a broken assignment is
 * reported with file and line like every other content problem. The assignment package implements
 * it; Main hands it to the {@link CourseLoader}.
 */
public interface ExerciseReader {
    /** The exercise, or null when the block has problems (added to the block's problems). */
    Exercise read(YamlNode block);

    /** Checks what exercises say about other steps, once every lesson is read. */
    void checkAcross(List<Lesson> lessons, List<ContentProblem> sink);
}
