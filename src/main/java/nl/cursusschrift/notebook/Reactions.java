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
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.LessonSection;
import nl.cursusschrift.course.Reader;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Page;

/** "Reacties van deelnemers" under a lesson: what learners of the viewer's cohort chose to share, each with its replies. */
public final class Reactions implements LessonSection {
    /** The request attribute holding a refused reply, shown again under its share with the message. */
    static final String POSTED = "notebook.reply";

    /** A reply that was refused: its text kept in the form, the message next to it. */
    record PostedReply(String shareId, String text, String error) {
    }

    /**
     * One shared answer or item; {@code canHide} for staff of that cohort.
     *
     * @param draft the text of a refused reply to this share, else ""
     * @param error why that reply was refused, or null
     */
    public record Reaction(String id, String author, String when, AnswerView answer, boolean hidden, boolean canHide,
                           List<Replies.Shown> replies, String draft, String error) {
        public String formId() {
            return "reageer-" + id;
        }
    }

    private final Shares shares;
    private final Replies replies;
    private final Answers answers;
    private final Clock clock;

    public Reactions(Shares shares, Replies replies, Answers answers, Clock clock) {
        this.shares = shares;
        this.replies = replies;
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public Optional<Content> render(Context ctx, Lesson lesson, Optional<Reader> reader) {
        if (reader.isEmpty() || !(reader.get() instanceof CurrentUser viewer)) return Optional.empty();
        PostedReply posted = ctx.attribute(POSTED);
        return Optional.of(Page.partial(ctx, "notebook/reactions.jte", Map.of("reactions", forViewer(viewer, lesson.step(), posted))));
    }

    public List<Reaction> forViewer(CurrentUser viewer, int step, PostedReply posted) {
        List<Shares.Share> found = viewer.isStaff() ? shares.forStaff(step, Scope.of(viewer)) : shares.forCohort(step, viewer.cohortId());
        Map<String, List<Replies.Shown>> threads = replies.threads(found, viewer.id(), viewer.isStaff());
        return found.stream().map(s -> {
            boolean refused = posted != null && posted.shareId().equals(s.id());
            return new Reaction(s.id(), s.authorName(), Dutch.dateTime(s.createdAt(), clock),
                    answers.view(answers.spec(s.specHash()), s.revisionBody()).select(s.target()), s.hidden(), viewer.isStaff(),
                    threads.getOrDefault(s.id(), List.of()), refused ? posted.text() : "", refused ? posted.error() : null);
        }).filter(r -> !r.answer().entries().isEmpty()).toList();
    }
}
