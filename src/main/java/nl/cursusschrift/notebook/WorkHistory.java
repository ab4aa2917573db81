package nl.cursusschrift.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.Pace;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.Insights;
import nl.cursusschrift.review.Review;
import nl.cursusschrift.review.Reviews;

/**
 * A learner's whole conversation with the course, step by step: every submitted version with the
 * feedback released on it, the draft in progress, and what was shared. What every export is made
 * from, and what the instructor's page of one learner lists. Read in a few queries per learner
 * (answers, released reviews, shares, and the versions of the steps that have any).
 */
public final class WorkHistory {
    /**
     * One step. {@code opensOn} is set while the step is still closed; {@code draft} is null when
     * there is none or drafts were left out; {@code insights} belong to the newest text included.
     */
    public record Step(Lesson lesson, AnswerState state, String answerId, LocalDate opensOn, Draft draft, List<Version> versions,
                       List<Shared> shared, List<Insight> insights) {
        public int number() {
            return lesson.step();
        }

        /** The newest version, or null before the first submission. */
        public Version latest() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }

        public boolean empty() {
            return versions.isEmpty() && draft == null;
        }
    }

    /** A handed-in version, oldest first in {@link Step#versions}; {@code feedback} is the released review, or null. */
    public record Version(int number, long submittedAt, Assignment spec, ObjectNode document, AnswerView view, Review feedback) {
        /** What this version stands at: the decision on it, or handed in. */
        public String status() {
            return feedback == null ? AnswerState.SUBMITTED.label() : feedback.decisionLabel();
        }
    }

    /** Work not handed in yet. */
    public record Draft(Assignment spec, ObjectNode document, AnswerView view, Long savedAt) {
    }

    /** A part the learner shared with their group; {@code label} says which ("Mijn hele antwoord", "Contact 2: ..."). */
    public record Shared(String target, String label, boolean hidden, long sharedAt) {
    }

    private final Answers answers;
    private final Reviews reviews;
    private final Shares shares;
    private final Clock clock;

    public WorkHistory(Answers answers, Reviews reviews, Shares shares, Clock clock) {
        this.answers = answers;
        this.reviews = reviews;
        this.shares = shares;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** Every step of the course for this learner; drafts only when asked (staff exports leave them out by default). */
    public List<Step> of(String learnerId, Pace pace, Course course, boolean drafts) {
        Map<Integer, Answers.Answer> all = answers.allOf(learnerId);
        Map<Integer, List<Review>> released = reviews.releasedReviews(learnerId);
        List<Shares.Share> mine = shares.ofLearner(learnerId);
        LocalDate today = LocalDate.now(clock);
        List<Step> steps = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            Answers.Answer answer = all.get(lesson.step());
            AnswerState state = answer == null ? AnswerState.NOT_STARTED : answer.state();
            List<Version> versions = versions(learnerId, answer, released.getOrDefault(lesson.step(), List.of()));
            Draft draft = drafts ? draft(answer, lesson) : null;
            List<Insight> insights = draft != null ? Insights.compute(draft.spec(), draft.document())
                    : versions.isEmpty() ? List.of() : Insights.compute(versions.get(versions.size() - 1).spec(), versions.get(versions.size() - 1).document());
            AnswerView shareable = versions.isEmpty() ? null : versions.get(versions.size() - 1).view();
            List<Shared> shared = new ArrayList<>();
            for (Shares.Share s : mine) {
                if (s.step() != lesson.step()) continue;
                String label = shareable == null ? s.target() : shareable.shareTargets().getOrDefault(s.target(), s.target());
                shared.add(new Shared(s.target(), label, s.hidden(), s.createdAt()));
            }
            steps.add(new Step(lesson, state, answer == null ? null : answer.id(), StepCalendar.opensOn(course, pace, lesson.step(), today),
                    draft, versions, shared, insights));
        }
        return steps;
    }

    private List<Version> versions(String learnerId, Answers.Answer answer, List<Review> released) {
        if (answer == null || answer.revisionCount() == 0) return List.of();
        List<Answers.Revision> revisions = new ArrayList<>(answers.revisions(learnerId, answer.step()));
        Collections.reverse(revisions);
        List<Version> versions = new ArrayList<>();
        for (Answers.Revision r : revisions) {
            Assignment spec = answers.spec(r.specHash());
            ObjectNode document = r.document();
            Review feedback = released.stream().filter(f -> f.revisionNumber() == r.number() && f.released()).findFirst().orElse(null);
            versions.add(new Version(r.number(), r.submittedAt(), spec, document, AnswerView.of(spec, document), feedback));
        }
        return versions;
    }

    /** A draft counts while the learner may still change the answer; a submitted answer has none to show. */
    private static Draft draft(Answers.Answer answer, Lesson lesson) {
        Assignment spec = Assignment.of(lesson);
        if (answer == null || answer.draft() == null || !answer.state().editable() || spec == null) return null;
        ObjectNode document = answer.draftDocument();
        return new Draft(spec, document, AnswerView.of(spec, document), answer.draftSavedAt());
    }
}
