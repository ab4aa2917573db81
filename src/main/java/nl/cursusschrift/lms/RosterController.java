package nl.cursusschrift.lms;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.enrolment.Cohort;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Page;

/** /lti/cursussen: the platform courses an instructor follows, each with a button to fetch its members (NRPS). */
public final class RosterController {
    private final Rosters rosters;
    private final Cohorts cohorts;
    private final Flash flash;

    public RosterController(Rosters rosters, Cohorts cohorts, Flash flash) {
        this.rosters = rosters;
        this.cohorts = cohorts;
        this.flash = flash;
    }

    public void show(Context ctx) {
        Page.render(ctx, "lms/courses.jte", new LtiPages.Courses(visible(Access.current(ctx))));
    }

    public void sync(Context ctx) {
        CurrentUser user = Access.current(ctx);
        String cohortId = ctx.pathParam("id");
        Rosters.Course course = visible(user).stream().filter(c -> c.cohortId().equals(cohortId)).findFirst().orElseThrow(NotFoundResponse::new);
        try {
            int added = rosters.sync(course);
            flash.set(ctx, added == 0 ? "De deelnemerslijst van '" + course.title() + "' is opgehaald; er was niemand nieuw."
                    : added == 1 ? "Eén nieuwe deelnemer uit '" + course.title() + "' toegevoegd."
                    : added + " nieuwe deelnemers uit '" + course.title() + "' toegevoegd.");
        } catch (IOException e) {
            flash.set(ctx, "De deelnemerslijst ophalen lukte niet (" + e.getMessage() + "). Probeer het later opnieuw.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ctx.redirect("/lti/cursussen", HttpStatus.SEE_OTHER);
    }

    private List<Rosters.Course> visible(CurrentUser user) {
        Set<String> mine = cohorts.visibleTo(user.id(), user.role() == Role.ADMIN).stream().map(Cohort::id).collect(Collectors.toSet());
        return rosters.courses().stream().filter(c -> mine.contains(c.cohortId())).toList();
    }
}
