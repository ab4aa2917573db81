package nl.cursusschrift.assignment;

import java.util.HashMap;
import java.util.Map;
import nl.cursusschrift.course.Reader;
import nl.cursusschrift.course.StepProgress;

/** The learner's state per step for the course index, from their answers and the feedback on them. */
public final class AnswerProgress implements StepProgress {
    private final Answers answers;
    private final FeedbackSource feedback;

    public AnswerProgress(Answers answers, FeedbackSource feedback) {
        this.answers = answers;
        this.feedback = feedback;
    }

    @Override
    public Map<Integer, State> of(Reader learner) {
        Map<Integer, State> states = new HashMap<>();
        Map<Integer, java.util.List<Feedback>> released = feedback.released(learner.id());
        answers.states(learner.id()).forEach((step, state) -> states.put(step, new State(state.label(), state.cssClass(),
                state == AnswerState.SUBMITTED || state == AnswerState.REVIEWED, state == AnswerState.REVISION,
                released.getOrDefault(step, java.util.List.of()).stream().anyMatch(Feedback::unread))));
        return states;
    }
}
