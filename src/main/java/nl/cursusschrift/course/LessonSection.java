package nl.cursusschrift.course;

import gg.jte.Content;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * A part that a feature above the course adds below an open lesson: the reader's assignment, what
 * the reader's cohort shared. Main lists them in page order.
 */
public interface LessonSection {
    /** What to show for this reader (empty for visitors), or nothing. */
    Optional<Content> render(Context ctx, Lesson lesson, Optional<Reader> reader);
}
