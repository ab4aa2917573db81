package nl.cursusschrift.notebook;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.web.Flash;

/** Sharing a submitted answer (or one item of it) with the cohort, taking it back, and staff hiding it. */
public final class SharingController {
    private final CourseLibrary courses;
    private final Notebook notebook;
    private final Shares shares;
    private final Sharing sharing;
    private final Flash flash;

    public SharingController(CourseLibrary courses, Notebook notebook, Shares shares, Sharing sharing, Flash flash) {
        this.courses = courses;
        this.notebook = notebook;
        this.shares = shares;
        this.sharing = sharing;
        this.flash = flash;
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

    private static String back(Context ctx, int step) {
        return "les".equals(ctx.formParam("return")) ? "/les/" + step + "#reacties" : "/schrift#stap-" + step;
    }
}
