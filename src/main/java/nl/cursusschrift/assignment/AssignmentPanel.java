package nl.cursusschrift.assignment;

import java.util.List;
import java.util.Map;

/**
 * Everything the assignment section of a page shows, in named parts: what it is ({@link Head}),
 * what the learner sees of their answer ({@link Body}: the form, the submitted answer, or a staff
 * preview), the feedback on it, and its earlier versions.
 *
 * @param feedback released feedback on this step, newest first
 * @param history  earlier submissions, newest first
 * @param labels   what each comment target is called ("Magisch Moment 2"), for earlier feedback shown apart from the answer
 */
public record AssignmentPanel(Head head, Body body, List<Feedback> feedback, List<RevisionLink> history, Map<String, String> labels) {

    /**
     * @param notice   a message above the form (a conflict, storage trouble), or null
     * @param returnTo "les" or "opdracht": which page the section is on, and the form posts back to
     */
    public record Head(int step, Assignment assignment, AnswerState state, String notice, String returnTo) {
    }

    /** What the section shows of the answer. */
    public sealed interface Body permits Editing, Submitted, Preview {
    }

    /**
     * The form, while the learner may change the answer.
     *
     * @param summary   every message with its subject, for the summary at the top of the section; null when none
     * @param templates per group, the empty item that script copies to add a row
     * @param removed   values of fields the lesson no longer asks for, shown read-only beside the form
     */
    public record Editing(String userId, List<FieldView> fields, ErrorSummary summary, Draft draft,
                          List<RowTemplate> templates, List<AnswerView.Entry> removed) implements Body {
    }

    /** The empty item of a group that script copies when "add" is pressed. */
    public record RowTemplate(Group group, FieldView.ItemView item) {
        public boolean ordered() {
            return group.type().equals(JourneyField.TYPE);
        }
    }

    /**
     * How the stored draft stands.
     *
     * @param savedAt       "om 14:32", or null when nothing is stored or the form shows what was just posted
     * @param savedAtMillis when the server last stored the draft (0: never), so script can tell a newer local copy
     */
    public record Draft(int version, String savedAt, long savedAtMillis) {
        static final Draft NONE = new Draft(0, null, 0);
    }

    /**
     * The latest submitted answer, read-only.
     *
     * @param comments the instructor's comments on this version, by field or item
     */
    public record Submitted(String userId, AnswerView answer, List<Figure> figures, Map<String, String> comments) implements Body {
    }

    /** The form as learners get it, for staff, without buttons. */
    public record Preview(List<FieldView> fields) implements Body {
    }

    /** An earlier submission in the list of versions. */
    public record RevisionLink(int number, String submittedAt) {
    }

    public int step() {
        return head.step();
    }

    public AnswerState state() {
        return head.state();
    }

    public String action(String verb) {
        return "/opdracht/" + head.step() + "/" + verb;
    }

    /** The line above a submitted answer. */
    public String submittedLead() {
        return head.state() == AnswerState.REVIEWED ? "Je docent heeft dit antwoord goedgekeurd." : "Je hebt dit antwoord ingeleverd. Je docent kijkt ernaar.";
    }

    public boolean withdrawable() {
        return head.state() == AnswerState.SUBMITTED;
    }

    public String returnTo() {
        return head.returnTo();
    }

    /** The error summary of a refused save or submit, or null. */
    public ErrorSummary summary() {
        return body instanceof Editing editing ? editing.summary() : null;
    }

    /** Feedback on this step the learner has not read: the page posts that it showed it (never marked on a GET). */
    public boolean unread() {
        return feedback.stream().anyMatch(Feedback::unread);
    }

    /** Where the page posts "read" from, and returns to without script. */
    public String page() {
        return (head.returnTo().equals("les") ? "/les/" : "/opdracht/") + head.step();
    }

    /** The page shows a refusal (messages or a notice): its title then starts with "Fout:". */
    public boolean refused() {
        return summary() != null || head.notice() != null;
    }

    /** Versions older than the one shown: a submitted answer is itself the newest version, so it is not listed. */
    public List<RevisionLink> earlier() {
        return body instanceof Submitted && !history.isEmpty() ? history.subList(1, history.size()) : history;
    }
}
