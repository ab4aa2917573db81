package nl.cursusschrift.course;

import java.util.List;

/** The course index: every step with its title, summary and whether it is open to this visitor. */
public record HomePage(Course course, List<StepCard> steps) {

    /**
     * @param opensOn  null when open, else the Dutch date the step opens for this learner
     * @param state    the learner's work on it ("Concept", "Ingeleverd", ...), or null
     */
    public record StepCard(int step, String title, String summary, String opensOn, String state, String stateClass) {
        public boolean open() {
            return opensOn == null;
        }
    }
}
