package nl.cursusschrift.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.CommentFields;
import nl.cursusschrift.assignment.Figures;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.text.Dutch;

/** Builds the {@link ReviewPage} of one submission from what is stored, and what was just typed. */
final class ReviewPages {
    /** The submission a URL points at, if this instructor may see its learner. */
    record Target(CurrentUser me, Answers.Answer answer, Learners.Row learner, nl.cursusschrift.course.Lesson lesson) {
    }

    /** What the instructor typed (the form as posted), with its messages; null values mean "as stored". */
    record Typed(Map<String, String> values, Map<String, String> errors, String notice) {
        static final Typed STORED = new Typed(null, Map.of(), null);
    }

    private final Answers answers;
    private final Reviews reviews;
    private final ReviewQueue queue;
    private final Figures figures;
    private final Clock clock;

    ReviewPages(Answers answers, Reviews reviews, ReviewQueue queue, Figures figures, Clock clock) {
        this.answers = answers;
        this.reviews = reviews;
        this.queue = queue;
        this.figures = figures;
        this.clock = clock;
    }

    ReviewPage build(Target t, QueueFilter filter, Typed typed) {
        List<Answers.Revision> revisions = answers.revisions(t.answer().userId(), t.answer().step());
        Answers.Revision latest = revisions.get(0);
        Assignment spec = answers.spec(latest.specHash());
        AnswerView view = AnswerView.of(spec, latest.document());
        List<Review> all = reviews.ofAnswer(t.answer().id());
        Review current = all.stream().filter(r -> r.revisionNumber() == latest.number()).findFirst().orElse(null);
        List<ReviewPage.Earlier> earlier = new ArrayList<>();
        for (Answers.Revision r : revisions.subList(1, revisions.size())) {
            Review review = all.stream().filter(x -> x.revisionNumber() == r.number()).findFirst().orElse(null);
            earlier.add(new ReviewPage.Earlier(r.number(), Dutch.dateTime(r.submittedAt(), clock), AnswerView.of(answers.spec(r.specHash()),
                    r.document()), review, earlierSummary(r.number(), Dutch.dateTime(r.submittedAt(), clock), review)));
        }
        // What changed since the last version that got feedback.
        Optional<ReviewPage.Earlier> lastReviewed = earlier.stream().filter(e -> e.review() != null && e.review().released()).findFirst();
        var history = new ReviewPage.History(earlier, lastReviewed.map(e -> AnswerDiff.between(e.view(), view)).orElse(null),
                lastReviewed.map(ReviewPage.Earlier::number).orElse(0));
        Map<String, String> values = typed.values() != null ? typed.values() : stored(current);
        List<ReviewPage.Snippet> snippets = reviews.snippets(t.me().id()).stream()
                .map(s -> new ReviewPage.Snippet(s.substring(0, s.indexOf(' ')), s.substring(s.indexOf(' ') + 1))).toList();
        var form = new ReviewPage.Form(new CommentFields(values, typed.errors()), values.getOrDefault("overall", ""),
                List.copyOf(typed.errors().values()), snippets, t.answer().state() == AnswerState.SUBMITTED, typed.notice(), status(current),
                current == null || current.readAt() == null ? null
                        : "Gelezen door " + t.learner().name() + " op " + Dutch.dateTime(current.readAt(), clock) + ".");
        return new ReviewPage(new ReviewPage.Subject(t.learner(), t.lesson(), Assignment.of(t.lesson()), t.answer(), latest),
                new ReviewPage.Shown(view, figures.of(spec, latest.document())), form, history, navigation(t, filter));
    }

    private ReviewPage.Navigation navigation(Target t, QueueFilter filter) {
        Scope scope = Scope.of(t.me());
        long at = t.answer().submittedAt() == null ? 0 : t.answer().submittedAt();
        String query = filter.first().query();
        String previous = queue.neighbour(filter, scope, at, t.answer().id(), false).map(id -> "/nakijken/" + id + query).orElse(null);
        String next = queue.neighbour(filter, scope, at, t.answer().id(), true).map(id -> "/nakijken/" + id + query).orElse(null);
        List<ReviewPage.OtherStep> others = answers.allOf(t.answer().userId()).values().stream()
                .filter(a -> a.step() != t.answer().step() && a.revisionCount() > 0)
                .sorted(Comparator.comparingInt(Answers.Answer::step))
                .map(a -> new ReviewPage.OtherStep(a.step(), a.state().label(), "/nakijken/" + a.id())).toList();
        return new ReviewPage.Navigation(previous, next, filter, others);
    }

    private static Map<String, String> stored(Review review) {
        Map<String, String> values = new LinkedHashMap<>();
        if (review == null) return values;
        values.put("overall", review.overall());
        review.comments().forEach((target, text) -> values.put(CommentFields.name(target), text));
        return values;
    }

    private static String status(Review current) {
        if (current == null) return null;
        if (!current.released()) return "Concept bewaard, nog niet zichtbaar voor de deelnemer";
        return "Vrijgegeven: " + current.decisionLabel().toLowerCase() + (current.readAt() != null ? ", gelezen" : ", nog niet gelezen");
    }

    private static String earlierSummary(int number, String submittedAt, Review review) {
        String line = "Versie " + number + ", ingeleverd " + submittedAt;
        if (review == null || !review.released()) return line;
        return line + " · " + review.decisionLabel() + (review.readAt() != null ? ", gelezen" : "");
    }
}
