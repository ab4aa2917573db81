package nl.cursusschrift.notebook;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.LearnerFilter;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports for staff, only of learners in their scope: one learner's work ({@code /deelnemers/{id}/schrift.*},
 * another cohort's learner is a 404), and a cohort's (one CSV, a ZIP of Markdown notebooks). Handed-in
 * versions only unless {@code ?status=alles} asks for drafts too ({@link ExportFilter}).
 */
public final class StaffExports {
    private final CourseLibrary courses;
    private final NotebookExport export;
    private final Learners learners;
    private final Cohorts cohorts;
    private final Clock clock;

    public StaffExports(CourseLibrary courses, NotebookExport export, Learners learners, Cohorts cohorts, Clock clock) {
        this.courses = courses;
        this.export = export;
        this.learners = learners;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    private ExportedWork work(Course course, Learners.Row learner, ExportFilter filter) {
        return export.work(course, learner.id(), learner.name(), learner.pace(), filter.drafts(), filter.step());
    }

    /** One learner's work as md, csv or json. */
    void learner(Context ctx, String kind) {
        Learners.Row learner = learners.visible(Scope.of(Access.current(ctx)), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        Course course = courses.current();
        ExportFilter filter = ExportFilter.of(ctx, course);
        ExportedWork work = work(course, learner, filter);
        String name = "schrift-" + ExportController.slug(learner.name()) + "-" + learner.id().substring(0, 6) + filter.suffix(kind.equals("csv"));
        switch (kind) {
            case "md" -> ExportController.download(ctx, "text/markdown; charset=utf-8", name + ".md", export.markdown(work));
            case "json" -> ExportController.download(ctx, "application/json; charset=utf-8", name + ".json", export.jsonText(work));
            default -> ExportController.download(ctx, "text/csv; charset=utf-8", name + ".csv", export.csv(work, filter.shape()));
        }
    }

    /** Every learner in the staff member's filter, page by page, so a large cohort never sits in memory at once. */
    private void eachLearner(Context ctx, Consumer<Learners.Row> action) {
        CurrentUser me = Access.current(ctx);
        LearnerFilter filter = LearnerFilter.of(ctx, cohorts.visibleTo(me.id(), me.isAdmin()));
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

    /** The cohort's work as one CSV: a row per learner, step and version (or per value with {@code vorm=lang}), the learner in front. */
    void cohortCsv(Context ctx) {
        Course course = courses.current();
        ExportFilter filter = ExportFilter.of(ctx, course);
        var only = filter.step() == null ? null : course.lesson(filter.step()).orElse(null);
        ExportController.headers(ctx, "text/csv; charset=utf-8", "cohort-" + LocalDate.now(clock) + filter.suffix(true) + ".csv");
        try (Writer out = new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8)) {
            CSVPrinter csv = CsvCells.printer(out, CsvExport.header(filter.shape(), CsvExport.LEARNER, only));
            eachLearner(ctx, learner -> {
                List<String> who = List.of(learner.name(), learner.email(), learner.cohortName() == null ? "" : learner.cohortName());
                for (WorkHistory.Step step : work(course, learner, filter).steps()) {
                    for (List<String> row : export.csv().rows(filter.shape(), step, only)) {
                        List<String> line = new ArrayList<>(who);
                        line.addAll(row);
                        CsvCells.print(csv, line);
                    }
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP with one Markdown notebook per learner. */
    void cohortZip(Context ctx) {
        Course course = courses.current();
        ExportFilter filter = ExportFilter.of(ctx, course);
        ExportController.headers(ctx, "application/zip", "cohort-" + LocalDate.now(clock) + filter.suffix(false) + ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(ctx.res().getOutputStream(), StandardCharsets.UTF_8)) {
            eachLearner(ctx, learner -> {
                try {
                    zip.putNextEntry(new ZipEntry(ExportController.slug(learner.name()) + "-" + learner.id().substring(0, 6) + ".md"));
                    zip.write(export.markdown(work(course, learner, filter)).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
