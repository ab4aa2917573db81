package nl.cursusschrift.review;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.insight.Insights;
import nl.cursusschrift.notebook.SearchIndex;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Page;

/**
 * /nakijken: the review queue and the review of one submission: feedback per field and item and
 * overall, kept as a draft or released with a decision. Every action checks that the instructor
 * may see the learner, and that the submission is still the one they read.
 */
public final class ReviewController {
    public static final int MAX_COMMENT = 5_000;
    public static final int MAX_OVERALL = 10_000;

    private final Database db;
    private final CourseLibrary courses;
    private final ReviewQueue queue;
    private final Reviews reviews;
    private final Answers answers;
    private final Learners learners;
    private final Cohorts cohorts;
    private final Flash flash;
    private final Clock clock;

    public ReviewController(Database db, CourseLibrary courses, ReviewQueue queue, Reviews reviews, Answers answers, Learners learners,
                            Cohorts cohorts, Flash flash, Clock clock) {
        this.db = db;
        this.courses = courses;
        this.queue = queue;
        this.reviews = reviews;
        this.answers = answers;
        this.learners = learners;
        this.cohorts = cohorts;
        this.flash = flash;
        this.clock = clock;
    }

    /** The queue page: filters, counts per step, one page of submissions. */
    public record QueuePage(QueueFilter filter, List<nl.cursusschrift.enrolment.Cohort> cohorts, Map<Integer, Integer> counts,
                            List<Row> rows, String nextPage, Course course) {
        /** A row with its link, which carries the filter so "volgende" walks the same list. */
        public record Row(ReviewQueue.Row row, String href, String submittedAt) {
        }
    }

    public void queue(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Scope scope = Scope.of(me);
        var visible = cohorts.visibleTo(me.id(), me.isAdmin());
        QueueFilter filter = QueueFilter.from(ctx, visible);
        List<ReviewQueue.Row> rows = queue.page(filter, scope);
        String nextPage = null;
        if (rows.size() > ReviewQueue.PAGE) {
            rows = rows.subList(0, ReviewQueue.PAGE);
            ReviewQueue.Row last = rows.get(rows.size() - 1);
            nextPage = "/nakijken" + filter.after(last.submittedAt(), last.answerId()).pageQuery();
        }
        var shown = rows.stream().map(r -> new QueuePage.Row(r, "/nakijken/" + r.answerId() + filter.first().query(), when(r.submittedAt()))).toList();
        Page.render(ctx, "review/queue.jte", new QueuePage(filter, visible, queue.countsPerStep(filter, scope), shown, nextPage, courses.current()));
    }

    public void show(Context ctx) {
        Target target = target(ctx);
        render(ctx, 200, target, null, null, null);
    }

    /** The submission a URL points at, if this instructor may see its learner. */
    private record Target(CurrentUser me, Answers.Answer answer, Learners.Row learner, Lesson lesson) {
    }

    private Target target(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Answers.Answer answer = answers.byId(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        Learners.Row learner = learners.visible(Scope.of(me), answer.userId()).orElseThrow(NotFoundResponse::new);
        Lesson lesson = courses.current().lesson(answer.step()).orElseThrow(NotFoundResponse::new);
        if (answer.revisionCount() == 0) throw new NotFoundResponse();
        return new Target(me, answer, learner, lesson);
    }

    private void render(Context ctx, int status, Target t, Map<String, String> typed, Map<String, String> errors, String notice) {
        CurrentUser me = t.me();
        List<Answers.Revision> revisions = answers.revisions(t.answer().userId(), t.answer().step());
        Answers.Revision latest = revisions.get(0);
        Assignment spec = answers.spec(latest.specHash());
        AnswerView view = AnswerView.of(spec, latest.document());
        List<Review> all = reviews.ofAnswer(t.answer().id());
        Review current = all.stream().filter(r -> r.revisionNumber() == latest.number()).findFirst().orElse(null);
        List<ReviewPage.Earlier> earlier = new ArrayList<>();
        for (Answers.Revision r : revisions.subList(1, revisions.size())) {
            earlier.add(new ReviewPage.Earlier(r.number(), when(r.submittedAt()), AnswerView.of(answers.spec(r.specHash()), r.document()),
                    all.stream().filter(x -> x.revisionNumber() == r.number()).findFirst().orElse(null)));
        }
        // What changed since the last version that got feedback.
        Optional<ReviewPage.Earlier> lastReviewed = earlier.stream().filter(e -> e.review() != null && e.review().released()).findFirst();
        List<AnswerDiff.Change> changes = lastReviewed.map(e -> AnswerDiff.between(e.view(), view)).orElse(null);
        Map<String, String> values = typed != null ? typed : values(current);
        QueueFilter filter = QueueFilter.from(ctx, cohorts.visibleTo(me.id(), me.isAdmin()));
        Scope scope = Scope.of(me);
        long at = t.answer().submittedAt() == null ? 0 : t.answer().submittedAt();
        String query = filter.first().query();
        String previous = queue.neighbour(filter, scope, at, t.answer().id(), false).map(id -> "/nakijken/" + id + query).orElse(null);
        String next = queue.neighbour(filter, scope, at, t.answer().id(), true).map(id -> "/nakijken/" + id + query).orElse(null);
        List<ReviewPage.OtherStep> others = answers.allOf(t.answer().userId()).values().stream()
                .filter(a -> a.step() != t.answer().step() && a.revisionCount() > 0)
                .sorted(java.util.Comparator.comparingInt(Answers.Answer::step))
                .map(a -> new ReviewPage.OtherStep(a.step(), a.state().label(), "/nakijken/" + a.id())).toList();
        List<ReviewPage.Snippet> snippets = reviews.snippets(me.id()).stream()
                .map(s -> new ReviewPage.Snippet(s.substring(0, s.indexOf(' ')), s.substring(s.indexOf(' ') + 1))).toList();
        boolean open = t.answer().state() == nl.cursusschrift.assignment.AnswerState.SUBMITTED;
        ctx.status(status);
        Page.render(ctx, "review/review.jte", new ReviewPage(t.learner(), t.lesson(), t.answer(), latest, view, Insights.compute(spec, latest.document()),
                current, earlier, changes, lastReviewed.map(ReviewPage.Earlier::number).orElse(0), values,
                errors == null ? Map.of() : errors, snippets, open, notice, previous, next, filter, others));
    }

    private static Map<String, String> values(Review review) {
        Map<String, String> values = new LinkedHashMap<>();
        if (review == null) return values;
        values.put("overall", review.overall());
        review.comments().forEach((target, text) -> values.put(ReviewPage.commentName(target), text));
        return values;
    }

    /** Save as draft, approve, or ask for changes. */
    public void decide(Context ctx) {
        Target t = target(ctx);
        String action = ctx.formParam("actie");
        if (action == null || !List.of("opslaan", "goedkeuren", "aanpassen").contains(action)) throw new BadRequestResponse("onbekende actie");
        Answers.Revision latest = answers.revisions(t.answer().userId(), t.answer().step()).get(0);
        AnswerView view = AnswerView.of(answers.spec(latest.specHash()), latest.document());
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("overall", text(ctx.formParam("overall")));
        Map<String, String> comments = new LinkedHashMap<>();
        for (var param : ctx.formParamMap().entrySet()) {
            if (!param.getKey().startsWith("c.")) continue;
            String target = param.getKey().substring(2);
            if (!targets(view).contains(target)) throw new BadRequestResponse("onbekend onderdeel " + target);
            String value = text(param.getValue().isEmpty() ? "" : param.getValue().get(0));
            typed.put(param.getKey(), value);
            comments.put(target, value);
        }
        String snippet = ctx.formParam("snippet");
        if (snippet != null && !snippet.isBlank()) {
            String body = reviews.snippets(t.me().id()).stream().filter(s -> s.startsWith(snippet + " ")).map(s -> s.substring(s.indexOf(' ') + 1))
                    .findFirst().orElse("");
            if (!body.isEmpty()) typed.put("overall", typed.get("overall").isBlank() ? body : typed.get("overall") + "\n\n" + body);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (typed.get("overall").length() > MAX_OVERALL) {
            errors.put("overall", "De algemene feedback mag hoogstens " + String.format("%,d", MAX_OVERALL).replace(',', '.') + " tekens hebben.");
        }
        for (var c : comments.entrySet()) {
            if (c.getValue().length() > MAX_COMMENT) {
                errors.put(ReviewPage.commentName(c.getKey()), "Een opmerking mag hoogstens " + String.format("%,d", MAX_COMMENT).replace(',', '.')
                        + " tekens hebben.");
            }
        }
        boolean anything = !typed.get("overall").isBlank() || comments.values().stream().anyMatch(v -> !v.isBlank());
        if (action.equals("aanpassen") && !anything) errors.put("overall", "Schrijf op wat de deelnemer moet aanpassen.");
        String seen = ctx.formParam("versie");
        int revision = seen != null && seen.matches("\\d{1,5}") ? Integer.parseInt(seen) : -1;
        String conflict = conflict(t, revision, latest.number());
        if (conflict != null) {
            render(ctx, 409, t, typed, errors, conflict);
            return;
        }
        if (!errors.isEmpty()) {
            render(ctx, 422, t, typed, errors, null);
            return;
        }
        long now = clock.millis();
        String overall = typed.get("overall");
        String decision = switch (action) {
            case "goedkeuren" -> "approved";
            case "aanpassen" -> "revise";
            default -> null;
        };
        String searchText = overall + "\n" + String.join("\n", comments.values());
        boolean stored = db.write(h -> {
            if (decision != null && !Answers.decide(h, t.answer().id(), revision, decision.equals("approved"), now)) return false;
            String reviewId = Reviews.save(h, t.answer().id(), revision, t.me().id(), overall, comments, decision, now);
            if (decision != null) SearchIndex.feedback(h, t.answer().userId(), t.answer().step(), reviewId, searchText);
            return true;
        });
        if (!stored) {
            Answers.Answer fresh = answers.byId(t.answer().id()).orElseThrow(NotFoundResponse::new);
            Target again = new Target(t.me(), fresh, t.learner(), t.lesson());
            render(ctx, 409, again, typed, errors, conflict(again, revision, answers.revisions(fresh.userId(), fresh.step()).get(0).number()));
            return;
        }
        QueueFilter filter = QueueFilter.from(ctx, cohorts.visibleTo(t.me().id(), t.me().isAdmin()));
        if (decision == null) {
            flash.set(ctx, "Feedback bewaard als concept. De deelnemer ziet hem pas als je goedkeurt of om aanpassing vraagt.");
            ctx.redirect("/nakijken/" + t.answer().id() + filter.first().query(), HttpStatus.SEE_OTHER);
            return;
        }
        flash.set(ctx, (decision.equals("approved") ? "Goedgekeurd: " : "Teruggestuurd om aan te passen: ") + "stap " + t.answer().step()
                + " van " + t.learner().name() + ".");
        long at = t.answer().submittedAt() == null ? 0 : t.answer().submittedAt();
        String next = queue.neighbour(filter, Scope.of(t.me()), at, t.answer().id(), true)
                .map(id -> "/nakijken/" + id + filter.first().query()).orElse("/nakijken" + filter.first().query());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /** Why the form cannot be stored as it is: the learner or a colleague changed the submission meanwhile. */
    private String conflict(Target t, int seen, int latest) {
        Answers.Answer answer = t.answer();
        if (seen != latest) {
            return "De deelnemer heeft intussen versie " + latest + " ingeleverd. Hieronder staat de nieuwe versie; je feedback staat nog in het formulier, "
                    + "maar is niet opgeslagen.";
        }
        switch (answer.state()) {
            case SUBMITTED:
                return null;
            case DRAFT:
                return "De deelnemer heeft deze inzending teruggetrokken om verder te schrijven. Je feedback staat nog in het formulier, maar is niet opgeslagen.";
            default:
                Review done = reviews.ofAnswer(answer.id()).stream().filter(r -> r.revisionNumber() == latest && r.released()).findFirst().orElse(null);
                String who = done == null || done.reviewerName() == null ? "een collega" : done.reviewerName();
                return "Deze versie is al nagekeken door " + who + " (" + (done == null ? "" : done.decisionLabel().toLowerCase())
                        + "). Je eigen feedback staat nog in het formulier, maar is niet opgeslagen.";
        }
    }

    /** Where feedback can go: each field, and each item of a list, log or journey. */
    static List<String> targets(AnswerView view) {
        List<String> targets = new ArrayList<>();
        for (AnswerView.Entry entry : view.entries()) {
            targets.add(entry.id());
            if (entry instanceof AnswerView.Items items) {
                for (int i = 0; i < items.rows().size(); i++) targets.add(entry.id() + "[" + i + "]");
            }
        }
        return targets;
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
    }

    public void addSnippet(Context ctx) {
        CurrentUser me = Access.current(ctx);
        String body = text(ctx.formParam("body"));
        if (!body.isEmpty() && body.length() <= 1000) {
            long now = clock.millis();
            db.write(h -> {
                Reviews.addSnippet(h, me.id(), body, now);
                return null;
            });
            flash.set(ctx, "Standaardopmerking bewaard.");
        } else {
            flash.set(ctx, "Een standaardopmerking heeft 1 tot 1.000 tekens; niets bewaard.");
        }
        String back = ctx.formParam("terug");
        ctx.redirect(back != null && back.startsWith("/nakijken") && !back.startsWith("//") ? back : "/nakijken", HttpStatus.SEE_OTHER);
    }

    public void deleteSnippet(Context ctx) {
        CurrentUser me = Access.current(ctx);
        db.write(h -> {
            Reviews.deleteSnippet(h, me.id(), ctx.pathParam("id"));
            return null;
        });
        String back = ctx.formParam("terug");
        ctx.redirect(back != null && back.startsWith("/nakijken") && !back.startsWith("//") ? back : "/nakijken", HttpStatus.SEE_OTHER);
    }

    String when(long epochMillis) {
        return nl.cursusschrift.notebook.Notebook.dutch(LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), clock.getZone()));
    }
}
