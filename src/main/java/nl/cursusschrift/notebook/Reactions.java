package nl.cursusschrift.notebook;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.enrolment.Scope;

/** "Reacties van deelnemers" under a lesson: what learners of the viewer's cohort chose to share. */
public final class Reactions {
    /** One shared answer or item; {@code canHide} for staff of that cohort. */
    public record Reaction(String id, String author, String when, AnswerView answer, boolean hidden, boolean canHide) {
    }

    private final Shares shares;
    private final Answers answers;
    private final java.time.Clock clock;

    public Reactions(Shares shares, Answers answers, java.time.Clock clock) {
        this.shares = shares;
        this.answers = answers;
        this.clock = clock;
    }

    public List<Reaction> forViewer(CurrentUser viewer, int step) {
        List<Shares.Share> found = viewer.isStaff() ? shares.forStaff(step, Scope.of(viewer)) : shares.forCohort(step, viewer.cohortId());
        return found.stream().map(s -> new Reaction(s.id(), s.authorName(),
                Notebook.WHEN.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(s.createdAt()), clock.getZone())),
                AnswerView.of(answers.spec(s.specHash()), Json.parse(s.revisionBody())).select(s.target()), s.hidden(), viewer.isStaff()))
                .filter(r -> !r.answer().entries().isEmpty())
                .toList();
    }
}
