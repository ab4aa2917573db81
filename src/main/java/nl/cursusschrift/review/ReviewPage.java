package nl.cursusschrift.review;

import java.util.List;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.CommentFields;
import nl.cursusschrift.assignment.Figure;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.enrolment.Learners;

/**
 * One submission under review, in named parts: whose answer to what, the answer itself, the
 * feedback form, the earlier versions, and the way to the neighbours in the queue.
 */
public record ReviewPage(Subject subject, Shown shown, Form form, History history, Navigation nav) {

    /** Whose answer, to which assignment, in which version. */
    public record Subject(Learners.Row learner, Lesson lesson, Assignment assignment, Answers.Answer answer, Answers.Revision revision) {
        public String cohortLine() {
            return learner.cohortName() == null ? "Geen groep" : "Groep " + learner.cohortName();
        }
    }

    /** The version under review as the learner wrote it, with its charts. */
    public record Shown(AnswerView view, List<Figure> figures) {
    }

    /**
     * The feedback form: what is stored or was just typed, its messages, and where it stands.
     *
     * @param open    the submission still waits for a decision
     * @param notice  a message about a conflict (changed meanwhile, reviewed by a colleague), or null
     * @param status  "Vrijgegeven: goedgekeurd, gelezen" and the like, or null before anything is kept
     * @param readLine "Gelezen door ... op ...", or null
     */
    public record Form(CommentFields fields, String overall, List<String> messages, List<Snippet> snippets, boolean open, String notice,
                       String status, String readLine) {
        public String overallError() {
            return fields.errors().get("overall");
        }
    }

    /** A standard comment of the instructor, with the short forms the page shows. */
    public record Snippet(String id, String body) {
        public String shortLabel() {
            return body.length() > 80 ? body.substring(0, 80) + "…" : body;
        }

        public String buttonLabel() {
            return body.length() > 40 ? body.substring(0, 40) + "…" : body;
        }
    }

    /**
     * Earlier versions with their feedback, and what changed.
     *
     * @param changes    changes since the last version that got feedback, or null when there is none
     */
    public record History(List<Earlier> earlier, List<AnswerDiff.Change> changes, int comparedTo) {
    }

    /** An earlier version with the feedback it got; {@code summary} is its line in the list. */
    public record Earlier(int number, String submittedAt, AnswerView view, Review review, String summary) {
    }

    /**
     * @param previous the review page of the previous submission in the filter, or null
     * @param others   the learner's other steps, one click away
     */
    public record Navigation(String previous, String next, QueueFilter filter, List<OtherStep> others) {
        public String query() {
            return filter.query();
        }
    }

    /** The learner's other steps. */
    public record OtherStep(int step, String state, String href) {
    }

    /** The form's address: this submission, keeping the queue's filter. */
    public String action() {
        return "/nakijken/" + subject.answer().id() + nav.query();
    }
}
