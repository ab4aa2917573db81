package nl.cursusschrift.enrolment;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.cursusschrift.Config;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.AccountController;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.account.ResetLinks;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;

/**
 * /deelnemers: staff see their learners, shift a learner's weeks (holidays), open every step for
 * a learner or a whole cohort, and hand out reset links. Instructors only reach their own cohorts.
 */
public final class LearnersController {
    private final Database db;
    private final Learners learners;
    private final Cohorts cohorts;
    private final ResetLinks resetLinks;
    private final CourseLibrary courses;
    private final Flash flash;
    private final Clock clock;
    private final Config config;
    private final AdminController admin;

    public LearnersController(Database db, Learners learners, Cohorts cohorts, ResetLinks resetLinks, CourseLibrary courses,
                              Flash flash, Clock clock, Config config, AdminController admin) {
        this.db = db;
        this.learners = learners;
        this.cohorts = cohorts;
        this.resetLinks = resetLinks;
        this.courses = courses;
        this.flash = flash;
        this.clock = clock;
        this.config = config;
        this.admin = admin;
    }

    public void list(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Scope scope = Scope.of(me);
        List<Cohort> visible = cohorts.visibleTo(me.id(), me.isAdmin());
        String asked = ctx.queryParam("groep");
        String cohortId = asked != null && visible.stream().anyMatch(c -> c.id().equals(asked)) ? asked : null;
        String search = ctx.queryParam("zoek");
        search = search == null || search.isBlank() ? null : search.strip().substring(0, Math.min(100, search.strip().length()));
        String afterName = null;
        String afterId = null;
        String after = ctx.queryParam("na");
        if (after != null && after.contains("|") && after.length() < 200) {
            afterId = after.substring(after.lastIndexOf('|') + 1);
            afterName = after.substring(0, after.lastIndexOf('|'));
        }
        List<Learners.Row> rows = learners.page(scope, cohortId, search, afterName, afterId);
        String nextUrl = null;
        if (rows.size() > Learners.PAGE_SIZE) {
            rows = rows.subList(0, Learners.PAGE_SIZE);
            Learners.Row last = rows.get(rows.size() - 1);
            nextUrl = "/deelnemers?na=" + encode(last.name() + "|" + last.id())
                    + (cohortId == null ? "" : "&groep=" + encode(cohortId)) + (search == null ? "" : "&zoek=" + encode(search));
        }
        var course = courses.current();
        LocalDate today = LocalDate.now(clock);
        var listed = rows.stream().map(r -> new EnrolmentPages.LearnerRow(r,
                StepCalendar.dutch(StepCalendar.start(course, r.pace())), StepCalendar.currentWeek(course, r.pace(), today))).toList();
        Page.render(ctx, "enrolment/learners.jte",
                new EnrolmentPages.LearnerList(listed, visible, cohortId, search, nextUrl, me.isAdmin()));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public void show(Context ctx) {
        Learners.Row learner = visibleLearner(ctx);
        detail(ctx, 200, learner, Form.empty().with("start", learner.startDate() == null ? "" : learner.startDate().toString()));
    }

    private void detail(Context ctx, int status, Learners.Row learner, Form startForm) {
        CurrentUser me = Access.current(ctx);
        var course = courses.current();
        String week = "stap " + StepCalendar.currentWeek(course, learner.pace(), LocalDate.now(clock)) + " van " + course.stepCount();
        ctx.status(status);
        Page.render(ctx, "enrolment/learner.jte", new EnrolmentPages.LearnerDetail(learner,
                StepCalendar.dutch(StepCalendar.start(course, learner.pace())), week,
                me.isAdmin() ? cohorts.all() : List.of(), me.isAdmin(), startForm));
    }

    private Learners.Row visibleLearner(Context ctx) {
        return learners.visible(Scope.of(Access.current(ctx)), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }

    public void shiftStart(Context ctx) {
        Learners.Row learner = visibleLearner(ctx);
        Form form = Form.from(ctx, "start");
        LocalDate start = AdminController.date(form, "start");
        if (form.hasErrors()) {
            detail(ctx, 422, learner, form);
            return;
        }
        db.write(h -> {
            Users.updateStartDate(h, learner.id(), start);
            return null;
        });
        flash.set(ctx, start == null
                ? "De weken van " + learner.name() + " tellen weer vanaf de gewone startdatum."
                : "De weken van " + learner.name() + " tellen nu vanaf " + StepCalendar.dutch(start) + ".");
        ctx.redirect("/deelnemers/" + learner.id(), HttpStatus.SEE_OTHER);
    }

    public void openAll(Context ctx) {
        Learners.Row learner = visibleLearner(ctx);
        boolean open = "1".equals(ctx.formParam("open"));
        db.write(h -> {
            Users.updateAllOpen(h, learner.id(), open);
            return null;
        });
        flash.set(ctx, open ? "Alle stappen staan open voor " + learner.name() + "."
                : "De stappen van " + learner.name() + " openen weer per week.");
        ctx.redirect("/deelnemers/" + learner.id(), HttpStatus.SEE_OTHER);
    }

    public void resetLink(Context ctx) {
        Learners.Row learner = visibleLearner(ctx);
        String token = resetLinks.create(learner.id());
        Page.render(ctx, "enrolment/reset-link.jte", new EnrolmentPages.ResetLink(learner.name(),
                AccountController.resetUrl(config.baseUrl(ctx), token), admin.validUntil(), "/deelnemers/" + learner.id()));
    }

    public void moveToCohort(Context ctx) {
        Learners.Row learner = visibleLearner(ctx);
        String cohortId = ctx.formParam("groep");
        Cohort cohort = cohortId == null || cohortId.isEmpty() ? null : cohorts.byId(cohortId).orElseThrow(NotFoundResponse::new);
        db.write(h -> {
            Users.updateCohort(h, learner.id(), cohort == null ? null : cohort.id());
            return null;
        });
        flash.set(ctx, cohort == null ? learner.name() + " hoort nu bij geen groep." : learner.name() + " hoort nu bij '" + cohort.name() + "'.");
        ctx.redirect("/deelnemers/" + learner.id(), HttpStatus.SEE_OTHER);
    }

    public void openCohort(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Cohort cohort = cohorts.visibleTo(me.id(), me.isAdmin()).stream()
                .filter(c -> c.id().equals(ctx.pathParam("id"))).findFirst().orElseThrow(NotFoundResponse::new);
        boolean open = "1".equals(ctx.formParam("open"));
        db.write(h -> {
            Cohorts.updateAllOpen(h, cohort.id(), open);
            return null;
        });
        flash.set(ctx, open ? "Alle stappen staan open voor de groep '" + cohort.name() + "'."
                : "De stappen van de groep '" + cohort.name() + "' openen weer per week.");
        ctx.redirect("/deelnemers?groep=" + cohort.id(), HttpStatus.SEE_OTHER);
    }
}
