package nl.cursusschrift.review;

import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.insight.Insight;

/**
 * One submission under review: the assignment beside the learner's answer, the feedback form
 * (what is stored, or what was just typed), earlier versions with their feedback, what changed.
 *
 * @param changes    changes since the last version that got feedback, or null when there is none
 * @param values     the form: "overall" and "c.target" to their text
 * @param open       the submission still waits for a decision
 * @param notice     a message about a conflict (changed meanwhile, reviewed by a colleague), or null
 * @param previous   the review page of the previous submission in the filter, or null
 */
public record ReviewPage(
        Learners.Row learner,
        Lesson lesson,
        Answers.Answer answer,
        Answers.Revision revision,
        AnswerView view,
        List<Insight> insights,
        Review current,
        List<Earlier> earlier,
        List<AnswerDiff.Change> changes,
        int comparedTo,
        Map<String, String> values,
        Map<String, String> errors,
        List<Snippet> snippets,
        boolean open,
        String notice,
        String previous,
        String next,
        QueueFilter filter,
        List<OtherStep> otherSteps) {

    /** An earlier version with the feedback it got. */
    public record Earlier(int number, String submittedAt, AnswerView view, Review review) {
    }

    /** A standard comment of the instructor. */
    public record Snippet(String id, String body) {
    }

    /** The learner's other steps, one click away. */
    public record OtherStep(int step, String state, String href) {
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    /** Form name of the comment on a field or item. */
    public static String commentName(String target) {
        return "c." + target;
    }

    /** An id for the comment field, safe in HTML. */
    public static String commentId(String target) {
        return "c-" + target.replaceAll("[^a-z0-9_]+", "-").replaceAll("-+$", "");
    }
}
