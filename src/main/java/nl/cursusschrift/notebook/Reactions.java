package nl.cursusschrift.notebook;

import gg.jte.Content;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.LessonSection;
import nl.cursusschrift.course.Reader;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Page;

/** "Reacties van deelnemers" under a lesson: what learners of the viewer's cohort chose to share. */
public final class Reactions implements LessonSection {
    /** One shared answer or item; {@code canHide} for staff of that cohort. */
    public record Reaction(String id, String author, String when, AnswerView answer, boolean hidden, boolean canHide) {
    }

    private final Shares shares;
    private final Answers answers;
    private final Clock clock;

    public Reactions(Shares shares, Answers answers, Clock clock) {
        this.shares = shares;
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public Optional<Content> render(Context ctx, Lesson lesson, Optional<Reader> reader) {
        if (reader.isEmpty() || !(reader.get() instanceof CurrentUser viewer)) return Optional.empty();
        return Optional.of(Page.partial(ctx, "notebook/reactions.jte", Map.of("reactions", forViewer(viewer, lesson.step()))));
    }

    public List<Reaction> forViewer(CurrentUser viewer, int step) {
        List<Shares.Share> found = viewer.isStaff() ? shares.forStaff(step, Scope.of(viewer)) : shares.forCohort(step, viewer.cohortId());
        return found.stream().map(s -> new Reaction(s.id(), s.authorName(), Dutch.dateTime(s.createdAt(), clock),
                AnswerView.of(answers.spec(s.specHash()), Json.parse(s.revisionBody())).select(s.target()), s.hidden(), viewer.isStaff()))
                .filter(r -> !r.answer().entries().isEmpty())
                .toList();
    }
}
