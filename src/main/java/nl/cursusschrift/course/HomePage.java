package nl.cursusschrift.course;

import java.util.List;

/**
 * The course index: every step with its title, summary and whether it is open to this visitor.
 *
 * @param now the one step to go to next for a learner (the "Deze week" card), or null for visitors and staff
 */
public record HomePage(Course course, List<StepCard> steps, Now now, String learnerName) {

    /**
     * @param locked     null when open, else why not ("Opent op maandag 14 december 2026")
     * @param state      the learner's work on it ("Concept", "Ingeleverd", ...), or null
     */
    public record StepCard(int step, String title, String summary, String locked, String state, String stateClass) {
        public boolean open() {
            return locked == null;
        }
    }

    /** The card at the top: which step, why this one, and where its button goes (null: no button). */
    public record Now(String eyebrow, StepCard card, String text, String href, String button) {
    }
}
