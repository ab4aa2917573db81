package nl.cursusschrift.mail;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Page;

/** /beheer/post: the outbox as an admin sees it, and "opnieuw proberen" for a failed mail. */
public final class PostController {
    private static final Set<String> STATUSES = Set.of("waiting", "sent", "failed");

    private final MailQueue queue;
    private final MailSettings settings;
    private final boolean baseUrlSet;
    private final Flash flash;
    private final Clock clock;

    public PostController(MailQueue queue, MailSettings settings, boolean baseUrlSet, Flash flash, Clock clock) {
        this.queue = queue;
        this.settings = settings;
        this.baseUrlSet = baseUrlSet;
        this.flash = flash;
        this.clock = clock;
    }

    public record Row(String id, String kind, String to, String subject, String status, String statusLabel, int tries,
                      String created, String next, String sent, String lastError) {
    }

    public record PostPage(boolean sends, String server, String from, boolean baseUrlSet, int maxTries, long waiting, long sent,
                           long failed, String filter, List<Row> rows) {
    }

    public void show(Context ctx) {
        String filter = ctx.queryParam("status");
        if (filter != null && !STATUSES.contains(filter)) filter = null;
        MailQueue.Summary summary = queue.summary(filter);
        List<Row> rows = summary.rows().stream().map(r -> new Row(r.id(), r.kind(), r.toAddress(), r.subject(), r.status(),
                label(r.status()), r.tries(), Dutch.dateTime(r.createdAt(), clock),
                r.status().equals("waiting") ? Dutch.dateTime(r.nextTryAt(), clock) : "",
                r.sentAt() == null ? "" : Dutch.dateTime(r.sentAt(), clock), r.lastError() == null ? "" : r.lastError())).toList();
        Page.render(ctx, "mail/post.jte", new PostPage(settings.sends(), settings.sends() ? settings.smtp().describe() : "",
                settings.from(), baseUrlSet, settings.maxTries(), summary.count("waiting"), summary.count("sent"), summary.count("failed"),
                filter == null ? "" : filter, rows));
    }

    public void retry(Context ctx) {
        if (!queue.retry(ctx.pathParam("id"))) throw new NotFoundResponse();
        flash.set(ctx, settings.sends() ? "De mail staat weer in de wachtrij en wordt zo opnieuw verstuurd."
                : "De mail staat weer in de wachtrij. Er wordt niets verstuurd zolang SMTP_URL niet is ingesteld.");
        ctx.redirect("/beheer/post?status=waiting", HttpStatus.SEE_OTHER);
    }

    static String label(String status) {
        return switch (status) {
            case "waiting" -> "wacht";
            case "sent" -> "verstuurd";
            default -> "mislukt";
        };
    }
}
