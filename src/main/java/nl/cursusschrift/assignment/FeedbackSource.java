package nl.cursusschrift.assignment;

import java.util.List;
import java.util.Map;

/**
 * The released feedback of a learner, for the pages that show it next to the learner's answers.
 * The review package implements it; assignment stays below review.
 */
public interface FeedbackSource {
    /** Released feedback by step, each list newest first. */
    Map<Integer, List<Feedback>> released(String learnerId);

    /** Released feedback of one step, newest first. */
    default List<Feedback> released(String learnerId, int step) {
        return released(learnerId).getOrDefault(step, List.of());
    }

    /** How many released pieces of feedback the learner has not opened yet. */
    int unread(String learnerId);

    /** The feedback of these steps was shown to the learner. */
    void markRead(String learnerId, List<Integer> steps);
}
