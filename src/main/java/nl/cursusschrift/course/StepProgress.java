package nl.cursusschrift.course;

import java.util.Map;

/** Where a learner is with each step, for the course index; the assignment package knows. */
public interface StepProgress {
    /** The state in words and its style class, by step; steps without work are absent. */
    Map<Integer, State> of(Reader learner);

    record State(String label, String cssClass) {
    }
}
