package nl.cursusschrift.enrolment;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.Accounts;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.account.ResetLinks;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;
import nl.cursusschrift.web.PublicAddress;

/**
 * /deelnemers: staff see their learners, shift a learner's weeks (holidays), open every step for
 * a learner or a whole cohort, and hand out reset links. Instructors only reach their own cohorts.
 */
public final class LearnersController {
    private final Learners learners;
    private final Cohorts cohorts;
    private final Accounts accounts;
    private final Enrolling enrolling;
    private final CourseLibrary courses;
    private final Flash flash;
    private final Clock clock;
    private final PublicAddress address;
    private final AdminController admin;
    private final List<LearnerSection> sections;

    public LearnersController(Learners learners, Cohorts cohorts, Accounts accounts, Enrolling enrolling, CourseLibrary courses,
                              Flash flash, Clock clock, PublicAddress address, AdminController admin, List<LearnerSection> sections) {
        this.learners = learners;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.enrolling = enrolling;
        this.courses = courses;
        this.flash = flash;
        this.clock = clock;
        this.address = address;
        this.admin = admin;
        this.sections = List.copyOf(sections);
    }

    public void list(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Scope scope = Scope.of(me);
        List<Cohort> visible = cohorts.visibleTo(me.id(), me.isAdmin());
        LearnerFilter filter = LearnerFilter.of(ctx, visible);
        String cohortId = filter.cohortId();
        String search = filter.search();
        String[] after = LearnerFilter.after(ctx);
        List<Learners.Row> rows = learners.page(scope, cohortId, search, after == null ? null : after[0], after == null ? null : after[1]);
        String nextUrl = null;
        if (rows.size() > Learners.PAGE_SIZE) {
            rows = rows.subList(0, Learners.PAGE_SIZE);
            Learners.Row last = rows.get(rows.size() - 1);
            nextUrl = "/deelnemers?na=" + LearnerFilter.encode(last.name() + "|" + last.id())
                    + (cohortId == null ? "" : "&groep=" + LearnerFilter.encode(cohortId)) + (search == null ? "" : "&zoek=" + LearnerFilter.encode(search));
        }
        var course = courses.current();
        LocalDate today = LocalDate.now(clock);
        var listed = rows.stream().map(r -> new EnrolmentPages.LearnerRow(r,
                Dutch.day(StepCalendar.start(course, r.pace())), StepCalendar.currentWeek(course, r.pace(), today))).toList();
        Page.render(ctx, "enrolment/learners.jte",
                new EnrolmentPages.LearnerList(listed, visible, cohortId, search, nextUrl, me.isAdmin()));
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
                Dutch.day(StepCalendar.start(course, learner.pace())), week,
                me.isAdmin() ? cohorts.all() : List.of(), me.isAdmin(), startForm, sections.stream().map(s -> s.render(ctx, learner)).toList()));
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
        enrolling.shiftStart(learner.id(), start);
        flash.set(ctx, start == null
                ? "De weken van " + learner.name() + " tellen weer vanaf de gewone startdatum."
                : "De weken van " + learner.name() + " tellen nu vanaf " + Dutch.day(start) + ".");
        ctx.redirect("/deelnemers/" + learner.id(), HttpStatus.SEE_OTHER);
    }

    public void openAll(Context ctx) {
        Learners.Row learner = visibleLearner(ctx);
        boolean open = "1".equals(ctx.formParam("open"));
        enrolling.openAll(learner.id(), open);
        flash.set(ctx, open ? "Alle stappen staan open voor " + learner.name() + "."
                : "De stappen van " + learner.name() + " openen weer per week.");
        ctx.redirect("/deelnemers/" + learner.id(), HttpStatus.SEE_OTHER);
    }

    public void resetLink(Context ctx) {
        Learners.Row learner = visibleLearner(ctx);
        String base = address.require(ctx);
        String token = accounts.resetLink(learner.id());
        Page.render(ctx, "enrolment/reset-link.jte", new EnrolmentPages.ResetLink(learner.name(),
                ResetLinks.url(base, token), admin.validUntil(), "/deelnemers/" + learner.id(), null));
    }

    public void moveToCohort(Context ctx) {
        Learners.Row learner = visibleLearner(ctx);
        String cohortId = ctx.formParam("groep");
        Cohort cohort = cohortId == null || cohortId.isEmpty() ? null : cohorts.byId(cohortId).orElseThrow(NotFoundResponse::new);
        enrolling.move(learner.id(), learner.cohortId(), cohort == null ? null : cohort.id());
        flash.set(ctx, cohort == null ? learner.name() + " hoort nu bij geen groep." : learner.name() + " hoort nu bij '" + cohort.name() + "'.");
        ctx.redirect("/deelnemers/" + learner.id(), HttpStatus.SEE_OTHER);
    }

    public void openCohort(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Cohort cohort = cohorts.visibleTo(me.id(), me.isAdmin()).stream()
                .filter(c -> c.id().equals(ctx.pathParam("id"))).findFirst().orElseThrow(NotFoundResponse::new);
        boolean open = "1".equals(ctx.formParam("open"));
        enrolling.openCohort(cohort.id(), open);
        flash.set(ctx, open ? "Alle stappen staan open voor de groep '" + cohort.name() + "'."
                : "De stappen van de groep '" + cohort.name() + "' openen weer per week.");
        ctx.redirect("/deelnemers?groep=" + cohort.id(), HttpStatus.SEE_OTHER);
    }
}
