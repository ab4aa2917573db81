package nl.cursusschrift.review;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.CommentFields;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Page;

/**
 * /nakijken/{id}: the review of one submission: feedback per field and item and overall, kept as a
 * draft or released with a decision. Every action checks that the instructor may see the learner,
 * and that the submission is still the one they read.
 */
public final class ReviewController {
    public static final int MAX_COMMENT = 5_000;
    public static final int MAX_OVERALL = 10_000;

    private final CourseLibrary courses;
    private final ReviewQueue queue;
    private final Reviews reviews;
    private final Reviewing reviewing;
    private final ReviewPages pages;
    private final Answers answers;
    private final Learners learners;
    private final Cohorts cohorts;
    private final Flash flash;

    public ReviewController(CourseLibrary courses, ReviewQueue queue, Reviews reviews, Reviewing reviewing, Answers answers,
                            nl.cursusschrift.assignment.Figures figures, Learners learners, Cohorts cohorts, Flash flash, java.time.Clock clock) {
        this.courses = courses;
        this.queue = queue;
        this.reviews = reviews;
        this.reviewing = reviewing;
        this.pages = new ReviewPages(answers, reviews, queue, figures, clock);
        this.answers = answers;
        this.learners = learners;
        this.cohorts = cohorts;
        this.flash = flash;
    }

    public void show(Context ctx) {
        render(ctx, 200, target(ctx), ReviewPages.Typed.STORED);
    }

    private ReviewPages.Target target(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Answers.Answer answer = answers.byId(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        Learners.Row learner = learners.visible(Scope.of(me), answer.userId()).orElseThrow(NotFoundResponse::new);
        Lesson lesson = courses.current().lesson(answer.step()).orElseThrow(NotFoundResponse::new);
        if (answer.revisionCount() == 0) throw new NotFoundResponse();
        return new ReviewPages.Target(me, answer, learner, lesson);
    }

    private QueueFilter filter(Context ctx, CurrentUser me) {
        return QueueFilter.from(ctx, cohorts.visibleTo(me.id(), me.isAdmin()));
    }

    private void render(Context ctx, int status, ReviewPages.Target t, ReviewPages.Typed typed) {
        ctx.status(status);
        Page.render(ctx, "review/review.jte", pages.build(t, filter(ctx, t.me()), typed));
    }

    /** Save as draft, approve, or ask for changes. */
    public void decide(Context ctx) {
        ReviewPages.Target t = target(ctx);
        Reviewing.Decision decision = switch (String.valueOf(ctx.formParam("actie"))) {
            case "opslaan" -> Reviewing.Decision.DRAFT;
            case "goedkeuren" -> Reviewing.Decision.APPROVE;
            case "aanpassen" -> Reviewing.Decision.REVISE;
            default -> throw new BadRequestResponse("onbekende actie");
        };
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
            errors.put("overall", "De algemene feedback mag hoogstens " + Dutch.count(MAX_OVERALL) + " tekens hebben.");
        }
        for (var c : comments.entrySet()) {
            if (c.getValue().length() > MAX_COMMENT) {
                errors.put(CommentFields.name(c.getKey()), "Een opmerking mag hoogstens " + Dutch.count(MAX_COMMENT) + " tekens hebben.");
            }
        }
        boolean anything = !typed.get("overall").isBlank() || comments.values().stream().anyMatch(v -> !v.isBlank());
        if (decision == Reviewing.Decision.REVISE && !anything) errors.put("overall", "Schrijf op wat de deelnemer moet aanpassen.");
        String seen = ctx.formParam("versie");
        int revision = seen != null && seen.matches("\\d{1,5}") ? Integer.parseInt(seen) : -1;
        String conflict = conflict(t, revision, latest.number());
        if (conflict != null) {
            render(ctx, 409, t, new ReviewPages.Typed(typed, errors, conflict));
            return;
        }
        if (!errors.isEmpty()) {
            render(ctx, 422, t, new ReviewPages.Typed(typed, errors, null));
            return;
        }
        var feedback = new Reviewing.Feedback(t.answer().id(), t.answer().userId(), t.answer().step(), revision, t.me().id(),
                typed.get("overall"), comments);
        if (!reviewing.decide(feedback, decision)) {
            Answers.Answer fresh = answers.byId(t.answer().id()).orElseThrow(NotFoundResponse::new);
            var again = new ReviewPages.Target(t.me(), fresh, t.learner(), t.lesson());
            render(ctx, 409, again, new ReviewPages.Typed(typed, errors,
                    conflict(again, revision, answers.revisions(fresh.userId(), fresh.step()).get(0).number())));
            return;
        }
        QueueFilter filter = filter(ctx, t.me());
        if (decision == Reviewing.Decision.DRAFT) {
            flash.set(ctx, "Feedback bewaard als concept. De deelnemer ziet hem pas als je goedkeurt of om aanpassing vraagt.");
            ctx.redirect("/nakijken/" + t.answer().id() + filter.first().query(), HttpStatus.SEE_OTHER);
            return;
        }
        flash.set(ctx, (decision == Reviewing.Decision.APPROVE ? "Goedgekeurd: " : "Teruggestuurd om aan te passen: ") + "stap " + t.answer().step()
                + " van " + t.learner().name() + ".");
        long at = t.answer().submittedAt() == null ? 0 : t.answer().submittedAt();
        String next = queue.neighbour(filter, Scope.of(t.me()), at, t.answer().id(), true)
                .map(id -> "/nakijken/" + id + filter.first().query()).orElse("/nakijken" + filter.first().query());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /** Why the form cannot be stored as it is: the learner or a colleague changed the submission meanwhile. */
    private String conflict(ReviewPages.Target t, int seen, int latest) {
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
            reviewing.addSnippet(me.id(), body);
            flash.set(ctx, "Standaardopmerking bewaard.");
        } else {
            flash.set(ctx, "Een standaardopmerking heeft 1 tot 1.000 tekens; niets bewaard.");
        }
        ctx.redirect(back(ctx), HttpStatus.SEE_OTHER);
    }

    public void deleteSnippet(Context ctx) {
        reviewing.deleteSnippet(Access.current(ctx).id(), ctx.pathParam("id"));
        ctx.redirect(back(ctx), HttpStatus.SEE_OTHER);
    }

    private static String back(Context ctx) {
        String back = ctx.formParam("terug");
        return back != null && back.startsWith("/nakijken") && !back.startsWith("//") ? back : "/nakijken";
    }
}
