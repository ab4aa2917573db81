package nl.cursusschrift.assignment;

import java.util.HashMap;
import java.util.Map;
import nl.cursusschrift.course.Reader;
import nl.cursusschrift.course.StepProgress;

/** The learner's state per step for the course index, from their answers. */
public final class AnswerProgress implements StepProgress {
    private final Answers answers;

    public AnswerProgress(Answers answers) {
        this.answers = answers;
    }

    @Override
    public Map<Integer, State> of(Reader learner) {
        Map<Integer, State> states = new HashMap<>();
        answers.states(learner.id()).forEach((step, state) -> states.put(step, new State(state.label(), state.cssClass())));
        return states;
    }
}
