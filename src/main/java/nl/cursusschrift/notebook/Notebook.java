package nl.cursusschrift.notebook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.Feedback;
import nl.cursusschrift.assignment.FeedbackSource;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.Pace;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.Insights;
import nl.cursusschrift.text.Dutch;

/** A learner's notebook: every step with its latest words, in course order, read in a handful of queries. */
public final class Notebook {
    /**
     * One step of the notebook.
     *
     * @param locked    why the step is not open yet, or null
     * @param answer    the latest submitted answer, else the draft, else null
     * @param fromDraft the answer shown is a draft
     * @param revision  the latest revision (what can be shared), or null
     */
    public record Entry(Lesson lesson, AnswerState state, String locked, AnswerView answer, boolean fromDraft, List<Insight> insights,
                        Answers.Revision revision, String submittedAt, Map<String, String> shareTargets, List<Shared> shared,
                        List<Feedback> feedback, Map<String, String> comments, Map<String, String> labels) {
        public boolean unread() {
            return feedback.stream().anyMatch(Feedback::unread);
        }

        /** The feedback's landmark name: one per step, so a screen reader's list of regions tells them apart. */
        public String feedbackName() {
            return "Feedback van je docent bij stap " + lesson.step();
        }

        /** Nothing written yet: one line on screen, left out of the print. */
        public boolean empty() {
            return answer == null || answer.isEmpty();
        }

        /** The assignment can be opened from the notebook: open, with an assignment. */
        public boolean editable() {
            return locked == null && lesson.exercise() != null;
        }

        /** Replies by others under this step's shares that the learner has not seen yet. */
        public List<String> unreadReplies() {
            return shared.stream().flatMap(s -> s.replies().stream()).filter(Replies.Shown::unread).map(Replies.Shown::id).toList();
        }

        public int step() {
            return lesson.step();
        }

        public boolean done() {
            return state == AnswerState.SUBMITTED || state == AnswerState.REVIEWED;
        }
    }

    /** A part of this answer the learner shared, with the replies under it. */
    public record Shared(String id, String label, boolean hidden, List<Replies.Shown> replies) {
    }

    private final Answers answers;
    /**
     * The charts of an answer by what they are computed from (the declaration's hash and the stored
     * JSON): never stale, on any instance, since a change is a new key; bounded like the answer views.
     */
    private final Cache<Stored, List<Insight>> insights = Caffeine.newBuilder().maximumWeight(4L * 1024 * 1024)
            .weigher((Stored k, List<Insight> v) -> 64 + 2 * k.body().length()).build();

    private record Stored(String specHash, String body) {
    }
    private final Shares shares;
    private final Replies replies;
    private final FeedbackSource feedbackSource;
    private final Clock clock;

    public Notebook(Answers answers, Shares shares, Replies replies, FeedbackSource feedbackSource, Clock clock) {
        this.answers = answers;
        this.shares = shares;
        this.replies = replies;
        this.feedbackSource = feedbackSource;
        this.clock = clock;
    }

    private List<Insight> insights(Assignment spec, String body) {
        if (Insights.specs(spec).isEmpty()) return List.of();
        return insights.get(new Stored(spec.hash(), body), k -> List.copyOf(Insights.compute(spec, Json.parse(body))));
    }

    public List<Entry> entries(CurrentUser learner, Course course) {
        return entries(learner.id(), learner.pace(), course);
    }

    public List<Entry> entries(String learnerId, Pace pace, Course course) {
        Map<Integer, Answers.Answer> all = answers.allOf(learnerId);
        Map<Integer, Answers.Revision> latest = answers.latestRevisions(learnerId);
        List<Shares.Share> mine = shares.ofLearner(learnerId);
        Map<String, List<Replies.Shown>> threads = replies.threads(mine, learnerId, false);
        Map<Integer, List<Feedback>> released = feedbackSource.released(learnerId);
        LocalDate today = LocalDate.now(clock);
        List<Entry> entries = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            Answers.Answer answer = all.get(lesson.step());
            Answers.Revision revision = latest.get(lesson.step());
            AnswerState state = answer == null ? AnswerState.NOT_STARTED : answer.state();
            LocalDate opens = StepCalendar.opensOn(course, pace, lesson.step(), today);
            String locked = opens == null ? null : "Opent op " + Dutch.day(opens);
            AnswerView view = null;
            List<Insight> insights = List.of();
            boolean fromDraft = false;
            if (revision != null && (answer.draft() == null || !state.editable())) {
                Assignment spec = answers.spec(revision.specHash());
                view = answers.view(spec, revision.body());
                insights = insights(spec, revision.body());
            } else if (answer != null && answer.draft() != null && Assignment.of(lesson) != null) {
                view = answers.view(Assignment.of(lesson), answer.draft());
                insights = insights(Assignment.of(lesson), answer.draft());
                fromDraft = true;
            }
            AnswerView shareable = revision == null ? null : fromDraft ? answers.view(revision) : view;
            List<Shared> shared = new ArrayList<>();
            for (Shares.Share s : mine) {
                if (s.step() != lesson.step()) continue;
                String label = shareable == null ? s.target() : shareable.shareTargets().getOrDefault(s.target(), s.target());
                shared.add(new Shared(s.id(), label, s.hidden(), threads.getOrDefault(s.id(), List.of())));
            }
            List<Feedback> feedback = released.getOrDefault(lesson.step(), List.of());
            // A draft written after "please revise" still shows the comments on the version sent back, beside the items.
            Map<String, String> comments = revision == null || (fromDraft && state != AnswerState.REVISION) ? Map.of()
                    : Feedback.commentsOn(feedback, revision.number());
            entries.add(new Entry(lesson, state, locked, view, fromDraft, insights, revision,
                    revision == null ? null : Dutch.dateTime(revision.submittedAt(), clock), shareable == null ? Map.of() : shareable.shareTargets(), shared,
                    feedback, comments, view == null ? Map.of() : view.targetLabels()));
        }
        return entries;
    }
}
