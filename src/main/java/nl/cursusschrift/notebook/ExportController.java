package nl.cursusschrift.notebook;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.text.Iso;

/**
 * Notebooks to take away: a learner's own (Markdown, CSV, JSON, and all their personal data), and for
 * staff ({@link StaffExports}) one learner's work or that of their cohorts. A learner's own exports
 * hold everything, drafts included.
 */
public final class ExportController {
    private final CourseLibrary courses;
    private final NotebookExport export;
    private final Users users;
    private final StaffExports staff;
    private final Clock clock;

    public ExportController(CourseLibrary courses, NotebookExport export, Users users, StaffExports staff, Clock clock) {
        this.courses = courses;
        this.export = export;
        this.users = users;
        this.staff = staff;
        this.clock = clock;
    }

    private ExportedWork mine(Context ctx) {
        CurrentUser me = Access.current(ctx);
        return export.work(courses.current(), me.id(), me.name(), me.pace(), true, null);
    }

    public void markdown(Context ctx) {
        download(ctx, "text/markdown; charset=utf-8", "mijn-schrift.md", export.markdown(mine(ctx)));
    }

    public void json(Context ctx) {
        download(ctx, "application/json; charset=utf-8", "mijn-schrift.json", export.jsonText(mine(ctx)));
    }

    /** One row per value by default, the clearest for one person's notebook; {@code ?vorm=breed} gives a row per version. */
    public void csv(Context ctx) {
        CsvExport.Shape shape = CsvExport.Shape.of(ctx.queryParam("vorm"), CsvExport.Shape.LONG);
        download(ctx, "text/csv; charset=utf-8", "mijn-schrift.csv", export.csv(mine(ctx), shape));
    }

    /** "Download al mijn gegevens": the complete JSON export plus what the account holds about the learner. */
    public void myData(Context ctx) {
        CurrentUser me = Access.current(ctx);
        var root = export.json(mine(ctx));
        var account = root.putObject("account");
        var user = users.byId(me.id()).orElseThrow(NotFoundResponse::new);
        account.put("naam", user.name());
        account.put("e-mailadres", user.email());
        account.put("rol", user.role().stored());
        account.put("ingeschreven_op", user.enrolledOn().toString());
        account.put("cursus_gestart_op", StepCalendar.start(courses.current(), me.pace()).toString());
        account.put("aangemaakt_op", Iso.timestamp(user.createdAt(), clock.getZone()));
        var sessions = root.putArray("sessies");
        for (var session : users.sessions(me.id())) {
            sessions.addObject().put("begonnen_op", Iso.timestamp(session[0], clock.getZone()))
                    .put("laatst_actief", Iso.timestamp(session[1], clock.getZone()));
        }
        download(ctx, "application/json; charset=utf-8", "mijn-gegevens.json", JsonExport.write(root));
    }

    public void cohortCsv(Context ctx) {
        staff.cohortCsv(ctx);
    }

    public void cohortZip(Context ctx) {
        staff.cohortZip(ctx);
    }

    public void learnerMarkdown(Context ctx) {
        staff.learner(ctx, "md");
    }

    public void learnerCsv(Context ctx) {
        staff.learner(ctx, "csv");
    }

    public void learnerJson(Context ctx) {
        staff.learner(ctx, "json");
    }

    static void download(Context ctx, String type, String filename, String body) {
        headers(ctx, type, filename);
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }

    static void headers(Context ctx, String type, String filename) {
        ctx.status(200);
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.header("Cache-Control", "no-store");
    }

    /** A file name part from a person's name: "anna-de-vries", plain ASCII (it goes into a header), never empty, never a path. */
    static String slug(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 40) slug = slug.substring(0, 40).replaceAll("-$", "");
        return slug.isEmpty() ? "deelnemer" : slug;
    }
}
