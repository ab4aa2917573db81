package nl.cursusschrift.assignment;

import java.util.List;
import java.util.Map;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.review.Feedback;

/**
 * Everything the assignment section of a page shows: the form while the learner may change the
 * answer, or the submitted answer read-only; insights, earlier versions, and the save status.
 *
 * @param preview   staff see the form as learners get it, without buttons
 * @param answer    the latest submitted answer, shown when the form is not
 * @param errors    every message, for the summary at the top of the form
 * @param savedAt   "om 14:32", or null
 * @param savedAtMillis when the server last stored the draft (0: never), so script can tell a newer local copy
 * @param templates per group id, the empty item that script copies to add a row
 * @param returnTo  "les" or "opdracht": which page the form posts back to
 * @param removed   values of fields the lesson no longer asks for, shown read-only beside the form
 * @param feedback  released feedback on this step, newest first
 * @param comments  the instructor's comments on the version shown, by field or item
 */
public record AssignmentPanel(
        int step,
        Assignment assignment,
        AnswerState state,
        boolean editable,
        boolean preview,
        List<FieldView> fields,
        Map<String, String> errors,
        int version,
        String savedAt,
        long savedAtMillis,
        AnswerView answer,
        List<Insight> insights,
        List<RevisionLink> revisions,
        String notice,
        String returnTo,
        Map<String, FieldView.ItemView> templates,
        String userId,
        List<AnswerView.Entry> removed,
        List<Feedback> feedback,
        Map<String, String> comments) {

    /** An earlier submission in the list of versions. */
    public record RevisionLink(int number, String submittedAt) {
    }

    public String action(String verb) {
        return "/opdracht/" + step + "/" + verb;
    }

    /** Insights that belong to no field are shown after the form. */
    public List<Insight> loose() {
        return insights.stream().filter(i -> assignment.field(i.field()).isEmpty()).toList();
    }

    public boolean withdrawable() {
        return state == AnswerState.SUBMITTED;
    }
}
