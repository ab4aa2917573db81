package nl.cursusschrift.course;

import java.util.Map;

/** Where a learner is with each step, for the course index; the assignment package knows. */
public interface StepProgress {
    /** The state in words and its style class, by step; steps without work are absent. */
    Map<Integer, State> of(Reader learner);

    /**
     * @param done   handed in or approved: nothing left to do for now
     * @param revise the instructor asked for changes
     * @param unread released feedback the learner has not read yet
     */
    record State(String label, String cssClass, boolean done, boolean revise, boolean unread) {
    }
}
