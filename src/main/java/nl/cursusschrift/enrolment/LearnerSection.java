package nl.cursusschrift.enrolment;

import gg.jte.Content;
import io.javalin.http.Context;

/**
 * A part that a feature above enrolment adds to the staff page of one learner ({@code /deelnemers/{id}}):
 * their work step by step, what they shared. Main lists them in page order.
 */
public interface LearnerSection {
    /** What to show about this learner, whom the viewer is allowed to see. */
    Content render(Context ctx, Learners.Row learner);
}
