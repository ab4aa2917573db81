package nl.cursusschrift.review;

import io.javalin.http.Context;
import java.util.List;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.enrolment.Cohort;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.LearnerFilter;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.insight.CohortInsights;
import nl.cursusschrift.web.Page;

/** /voortgang: learners by steps for the instructor's cohorts, who is stuck, and the cohort's numbers. */
public final class ProgressController {
    private final CourseLibrary courses;
    private final Learners learners;
    private final Cohorts cohorts;
    private final Progress progress;
    private final CohortInsights cohortInsights;

    public ProgressController(CourseLibrary courses, Learners learners, Cohorts cohorts, Progress progress, CohortInsights cohortInsights) {
        this.courses = courses;
        this.learners = learners;
        this.cohorts = cohorts;
        this.progress = progress;
        this.cohortInsights = cohortInsights;
    }

    /** The matrix page; {@code filterQuery} carries the cohort to the export links. */
    public record ProgressPage(Course course, List<Cohort> cohorts, String cohortId, String search, List<Progress.Row> rows, String nextPage,
                               String filterQuery) {
    }

    public void show(Context ctx) {
        CurrentUser me = Access.current(ctx);
        List<Cohort> visible = cohorts.visibleTo(me.id(), me.isAdmin());
        LearnerFilter filter = LearnerFilter.of(ctx, visible);
        String[] after = LearnerFilter.after(ctx);
        List<Learners.Row> page = learners.page(Scope.of(me), filter.cohortId(), filter.search(),
                after == null ? null : after[0], after == null ? null : after[1]);
        String nextPage = null;
        if (page.size() > Learners.PAGE_SIZE) {
            page = page.subList(0, Learners.PAGE_SIZE);
            Learners.Row last = page.get(page.size() - 1);
            String q = filter.query();
            nextPage = "/voortgang" + q + (q.isEmpty() ? "?" : "&") + "na=" + LearnerFilter.encode(last.name() + "|" + last.id());
        }
        Course course = courses.current();
        Page.render(ctx, "review/progress.jte", new ProgressPage(course, visible, filter.cohortId(), filter.search(),
                progress.rows(page, course), nextPage, filter.query()));
    }

    /** The cohort's numbers, anonymised: per step who handed in, and the aggregates of its insights. */
    public record NumbersPage(Course course, List<Cohort> cohorts, String cohortId, List<CohortInsights.StepNumbers> steps) {
    }

    public void numbers(Context ctx) {
        CurrentUser me = Access.current(ctx);
        List<Cohort> visible = cohorts.visibleTo(me.id(), me.isAdmin());
        LearnerFilter filter = LearnerFilter.of(ctx, visible);
        Course course = courses.current();
        Page.render(ctx, "review/numbers.jte", new NumbersPage(course, visible, filter.cohortId(),
                cohortInsights.steps(course, Scope.of(me), filter.cohortId())));
    }
}
