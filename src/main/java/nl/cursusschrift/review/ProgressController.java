package nl.cursusschrift.review;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.enrolment.Cohort;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.insight.CohortInsights;
import nl.cursusschrift.notebook.Notebook;
import nl.cursusschrift.notebook.NotebookExport;
import nl.cursusschrift.web.Page;
import org.apache.commons.csv.CSVPrinter;

/** /voortgang: learners by steps for the instructor's cohorts, who is stuck, and the cohort's work to take away. */
public final class ProgressController {
    private final CourseLibrary courses;
    private final Learners learners;
    private final Cohorts cohorts;
    private final Progress progress;
    private final Notebook notebook;
    private final NotebookExport export;
    private final CohortInsights cohortInsights;
    private final Clock clock;

    public ProgressController(CourseLibrary courses, Learners learners, Cohorts cohorts, Progress progress, Notebook notebook,
                              NotebookExport export, CohortInsights cohortInsights, Clock clock) {
        this.courses = courses;
        this.learners = learners;
        this.cohorts = cohorts;
        this.progress = progress;
        this.notebook = notebook;
        this.export = export;
        this.cohortInsights = cohortInsights;
        this.clock = clock;
    }

    /** The matrix page; {@code filterQuery} carries the cohort to the export links. */
    public record ProgressPage(Course course, List<Cohort> cohorts, String cohortId, String search, List<Progress.Row> rows, String nextPage,
                               String filterQuery) {
    }

    private record Filter(String cohortId, String search) {
        static Filter of(Context ctx, List<Cohort> visible) {
            String asked = ctx.queryParam("groep");
            String cohort = asked != null && visible.stream().anyMatch(c -> c.id().equals(asked)) ? asked : null;
            String search = ctx.queryParam("zoek");
            search = search == null || search.isBlank() ? null : search.strip().substring(0, Math.min(100, search.strip().length()));
            return new Filter(cohort, search);
        }

        String query() {
            String q = (cohortId == null ? "" : "&groep=" + QueueFilter.encode(cohortId)) + (search == null ? "" : "&zoek=" + QueueFilter.encode(search));
            return q.isEmpty() ? "" : "?" + q.substring(1);
        }
    }

    public void show(Context ctx) {
        CurrentUser me = Access.current(ctx);
        List<Cohort> visible = cohorts.visibleTo(me.id(), me.isAdmin());
        Filter filter = Filter.of(ctx, visible);
        String afterName = null;
        String afterId = null;
        String after = ctx.queryParam("na");
        if (after != null && after.contains("|") && after.length() < 200) {
            afterName = after.substring(0, after.lastIndexOf('|'));
            afterId = after.substring(after.lastIndexOf('|') + 1);
        }
        List<Learners.Row> page = learners.page(Scope.of(me), filter.cohortId(), filter.search(), afterName, afterId);
        String nextPage = null;
        if (page.size() > Learners.PAGE_SIZE) {
            page = page.subList(0, Learners.PAGE_SIZE);
            Learners.Row last = page.get(page.size() - 1);
            String q = filter.query();
            nextPage = "/voortgang" + q + (q.isEmpty() ? "?" : "&") + "na=" + QueueFilter.encode(last.name() + "|" + last.id());
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
        Filter filter = Filter.of(ctx, visible);
        Course course = courses.current();
        Page.render(ctx, "review/numbers.jte", new NumbersPage(course, visible, filter.cohortId(),
                cohortInsights.steps(course, Scope.of(me), filter.cohortId())));
    }

    /** Every learner in the filter, page by page, so a large cohort never sits in memory at once. */
    private void eachLearner(Context ctx, java.util.function.Consumer<Learners.Row> action) {
        CurrentUser me = Access.current(ctx);
        Filter filter = Filter.of(ctx, cohorts.visibleTo(me.id(), me.isAdmin()));
        String afterName = null;
        String afterId = null;
        while (true) {
            List<Learners.Row> page = learners.page(Scope.of(me), filter.cohortId(), filter.search(), afterName, afterId);
            page.stream().limit(Learners.PAGE_SIZE).forEach(action);
            if (page.size() <= Learners.PAGE_SIZE) return;
            Learners.Row last = page.get(Learners.PAGE_SIZE - 1);
            afterName = last.name();
            afterId = last.id();
        }
    }

    /** CSV of all the cohort's work: one row per answer, list item or log row, with the learner in front. */
    public void csv(Context ctx) {
        Course course = courses.current();
        List<String> columns = NotebookExport.csvColumns(course);
        download(ctx, "text/csv; charset=utf-8", "cohort-" + today() + ".csv");
        try (Writer out = new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, NotebookExport.csvFormat(List.of("deelnemer", "e-mailadres", "groep"), columns));
            eachLearner(ctx, learner -> {
                for (Notebook.Entry entry : notebook.entries(learner.id(), learner.pace(), course)) {
                    for (List<String> row : NotebookExport.csvRows(entry, columns)) {
                        List<String> line = new ArrayList<>(List.of(learner.name(), learner.email(), learner.cohortName() == null ? "" : learner.cohortName()));
                        line.addAll(row);
                        try {
                            csv.printRecord(line);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP with one Markdown notebook per learner. */
    public void zip(Context ctx) {
        Course course = courses.current();
        download(ctx, "application/zip", "cohort-" + today() + ".zip");
        String exportedAt = Notebook.dutch(ZonedDateTime.now(clock).toLocalDateTime());
        try (ZipOutputStream zip = new ZipOutputStream(ctx.res().getOutputStream(), StandardCharsets.UTF_8)) {
            eachLearner(ctx, learner -> {
                String name = learner.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase();
                try {
                    zip.putNextEntry(new ZipEntry((name.isEmpty() ? "deelnemer" : name) + "-" + learner.id().substring(0, 6) + ".md"));
                    zip.write(export.markdown(new NotebookExport.Source(course.title(), learner.name(), exportedAt, learner.id(),
                            notebook.entries(learner.id(), learner.pace(), course))).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String today() {
        return java.time.LocalDate.now(clock).toString();
    }

    private static void download(Context ctx, String type, String filename) {
        ctx.status(200);
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.header("Cache-Control", "no-store");
    }
}
