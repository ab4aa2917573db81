package nl.cursusschrift.notebook;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.LearnerFilter;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.text.Dutch;
import org.apache.commons.csv.CSVPrinter;

/**
 * Notebooks to take away: a learner's own (Markdown, CSV, JSON, and all their personal data), and
 * for staff the work of their cohorts (one CSV, a ZIP of Markdown notebooks).
 */
public final class ExportController {
    private final CourseLibrary courses;
    private final Notebook notebook;
    private final NotebookExport export;
    private final Users users;
    private final Learners learners;
    private final Cohorts cohorts;
    private final Clock clock;

    public ExportController(CourseLibrary courses, Notebook notebook, NotebookExport export, Users users, Learners learners, Cohorts cohorts,
                            Clock clock) {
        this.courses = courses;
        this.notebook = notebook;
        this.export = export;
        this.users = users;
        this.learners = learners;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    private String now() {
        return Dutch.dateTime(LocalDateTime.now(clock));
    }

    private NotebookExport.Source source(CurrentUser me) {
        Course course = courses.current();
        return new NotebookExport.Source(course.title(), me.name(), now(), me.id(), notebook.entries(me, course));
    }

    public void markdown(Context ctx) {
        download(ctx, "text/markdown; charset=utf-8", "mijn-schrift.md", export.markdown(source(Access.current(ctx))));
    }

    public void json(Context ctx) {
        download(ctx, "application/json; charset=utf-8", "mijn-schrift.json", NotebookExport.write(export.json(source(Access.current(ctx)))));
    }

    public void csv(Context ctx) {
        download(ctx, "text/csv; charset=utf-8", "mijn-schrift.csv", export.csv(source(Access.current(ctx)), courses.current()));
    }

    /** "Download al mijn gegevens": the complete JSON export plus what the account holds about the learner. */
    public void myData(Context ctx) {
        CurrentUser me = Access.current(ctx);
        var root = export.json(source(me));
        var account = root.putObject("account");
        var user = users.byId(me.id()).orElseThrow(NotFoundResponse::new);
        account.put("naam", user.name());
        account.put("e-mailadres", user.email());
        account.put("rol", user.role().stored());
        account.put("ingeschreven_op", user.enrolledOn().toString());
        account.put("cursus_gestart_op", StepCalendar.start(courses.current(), me.pace()).toString());
        account.put("aangemaakt_op", Instant.ofEpochMilli(user.createdAt()).toString());
        var sessions = root.putArray("sessies");
        for (var session : users.sessions(me.id())) {
            sessions.addObject().put("begonnen_op", Instant.ofEpochMilli(session[0]).toString())
                    .put("laatst_actief", Instant.ofEpochMilli(session[1]).toString());
        }
        download(ctx, "application/json; charset=utf-8", "mijn-gegevens.json", NotebookExport.write(root));
    }

    private static void download(Context ctx, String type, String filename, String body) {
        headers(ctx, type, filename);
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void headers(Context ctx, String type, String filename) {
        ctx.status(200);
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.header("Cache-Control", "no-store");
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

    /** CSV of all the cohort's work: one row per answer, list item or log row, with the learner in front. */
    public void cohortCsv(Context ctx) {
        Course course = courses.current();
        List<String> columns = NotebookExport.csvColumns(course);
        headers(ctx, "text/csv; charset=utf-8", "cohort-" + LocalDate.now(clock) + ".csv");
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
    public void cohortZip(Context ctx) {
        Course course = courses.current();
        headers(ctx, "application/zip", "cohort-" + LocalDate.now(clock) + ".zip");
        String exportedAt = now();
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
}
