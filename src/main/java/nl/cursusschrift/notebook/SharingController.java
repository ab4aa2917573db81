package nl.cursusschrift.notebook;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.course.CourseController;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;

/** Sharing a submitted answer (or one item of it) with the cohort, taking it back, replying under it, and staff hiding either. */
public final class SharingController {
    private final CourseLibrary courses;
    private final CourseController lessons;
    private final Notebook notebook;
    private final Shares shares;
    private final Sharing sharing;
    private final Replying replying;
    private final Flash flash;
    private final Clock clock;

    public SharingController(CourseLibrary courses, CourseController lessons, Notebook notebook, Shares shares, Sharing sharing,
                             Replying replying, Flash flash, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.notebook = notebook;
        this.shares = shares;
        this.sharing = sharing;
        this.replying = replying;
        this.flash = flash;
        this.clock = clock;
    }

    /** "Deel met je groep": a submitted answer, or one item of it. Drafts and others' answers cannot be shared. */
    public void share(Context ctx) {
        CurrentUser me = Access.current(ctx);
        String stepText = ctx.formParam("step");
        String target = ctx.formParam("target") == null ? "" : ctx.formParam("target");
        if (stepText == null || !stepText.matches("\\d{1,2}")) throw new NotFoundResponse();
        int step = Integer.parseInt(stepText);
        Notebook.Entry entry = notebook.entries(me, courses.current()).stream().filter(e -> e.step() == step).findFirst()
                .orElseThrow(NotFoundResponse::new);
        if (entry.revision() == null || !entry.shareTargets().containsKey(target)) throw new NotFoundResponse();
        sharing.share(me.id(), entry.revision().id(), step, target, me.cohortId());
        flash.set(ctx, "Gedeeld met je groep: " + entry.shareTargets().get(target) + ". Je kunt het altijd weer intrekken.");
        ctx.redirect(back(ctx, step), HttpStatus.SEE_OTHER);
    }

    /** Withdrawing a share removes its replies with it (the table cascades). */
    public void unshare(Context ctx) {
        CurrentUser me = Access.current(ctx);
        String id = ctx.pathParam("id");
        Shares.Share share = shares.byId(id).filter(s -> s.userId().equals(me.id())).orElseThrow(NotFoundResponse::new);
        if (!sharing.withdraw(id, me.id(), share.step())) throw new NotFoundResponse();
        flash.set(ctx, "Niet meer gedeeld.");
        ctx.redirect(back(ctx, share.step()), HttpStatus.SEE_OTHER);
    }

    /** Staff hide (or show again) a shared item of a learner in their cohorts. */
    public void hide(Context ctx) {
        CurrentUser me = Access.current(ctx);
        String id = ctx.pathParam("id");
        boolean hidden = !"0".equals(ctx.formParam("verberg"));
        Shares.Share share = shares.byId(id).orElseThrow(NotFoundResponse::new);
        if (!sharing.hide(id, Scope.of(me), me.id(), hidden)) throw new NotFoundResponse();
        flash.set(ctx, hidden ? "De reactie is verborgen voor de groep." : "De reactie is weer zichtbaar.");
        ctx.redirect("/les/" + share.step() + "#reacties", HttpStatus.SEE_OTHER);
    }

    /**
     * A reply under a shared answer, by a learner of the sharer's current cohort (for a step open to them) or by
     * staff of that cohort. A share they cannot see, withdrawn or hidden, is a 404; an empty or too long reply a 422
     * on the lesson page with the text kept.
     */
    public void reply(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Shares.Share share = visible(me, ctx.pathParam("id"));
        Lesson lesson = courses.current().lesson(share.step()).orElseThrow(NotFoundResponse::new);
        String text = nl.cursusschrift.assignment.FormInput.cleanText(ctx.formParam("tekst"));
        String problem = text.isEmpty() ? "Schrijf eerst je reactie."
                : text.length() > Replies.MAX_CHARS ? "Hier passen hoogstens " + Dutch.count(Replies.MAX_CHARS) + " tekens; nu zijn het er "
                + Dutch.count(text.length()) + ". Maak je reactie korter." : null;
        if (problem != null) {
            ctx.status(422);
            ctx.attribute(Reactions.POSTED, new Reactions.PostedReply(share.id(), text, problem));
            lessons.show(ctx, lesson, true);
            return;
        }
        String replyId = replying.reply(share, me.id(), text);
        if (replyId == null) throw new NotFoundResponse();
        flash.set(ctx, "Je reactie staat onder het antwoord van " + share.authorName() + ".");
        ctx.redirect("/les/" + share.step() + "#antwoord-" + replyId, HttpStatus.SEE_OTHER);
    }

    /** Staff hide (or show again) one reply under a share of their cohorts. */
    public void hideReply(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Shares.Share share = shares.forStaff(ctx.pathParam("id"), Scope.of(me)).orElseThrow(NotFoundResponse::new);
        boolean hidden = !"0".equals(ctx.formParam("verberg"));
        if (!replying.hide(ctx.pathParam("replyId"), share.id(), Scope.of(me), me.id(), hidden)) throw new NotFoundResponse();
        flash.set(ctx, hidden ? "De reactie is verborgen voor de groep." : "De reactie is weer zichtbaar.");
        ctx.redirect("/les/" + share.step() + "#reactie-" + share.id(), HttpStatus.SEE_OTHER);
    }

    /** The share as this person may see it under the lesson, else 404: the same rule as the list of reactions. */
    private Shares.Share visible(CurrentUser me, String id) {
        if (me.isStaff()) return shares.forStaff(id, Scope.of(me)).orElseThrow(NotFoundResponse::new);
        Shares.Share share = shares.byId(id).orElseThrow(NotFoundResponse::new);
        boolean open = StepCalendar.isOpen(courses.current(), me.pace(), share.step(), LocalDate.now(clock));
        if (share.hidden() || !open || !Objects.equals(share.cohortId(), me.cohortId())) throw new NotFoundResponse();
        return share;
    }

    private static String back(Context ctx, int step) {
        return "les".equals(ctx.formParam("return")) ? "/les/" + step + "#reacties" : "/schrift#stap-" + step;
    }
}
