package nl.cursusschrift.review;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.enrolment.Cohort;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Page;

/** /nakijken: the submissions an instructor may review, filtered, oldest first, one page at a time. */
public final class QueueController {
    private final CourseLibrary courses;
    private final ReviewQueue queue;
    private final Cohorts cohorts;
    private final Clock clock;

    public QueueController(CourseLibrary courses, ReviewQueue queue, Cohorts cohorts, Clock clock) {
        this.courses = courses;
        this.queue = queue;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** The queue page: filters, counts per step, one page of submissions. */
    public record QueuePage(QueueFilter filter, List<Cohort> cohorts, Map<Integer, Integer> counts, List<Row> rows, String nextPage,
                            Course course) {
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
        var shown = rows.stream().map(r -> new QueuePage.Row(r, "/nakijken/" + r.answerId() + filter.first().query(),
                Dutch.dateTime(r.submittedAt(), clock))).toList();
        Page.render(ctx, "review/queue.jte", new QueuePage(filter, visible, queue.countsPerStep(filter, scope), shown, nextPage, courses.current()));
    }
}
