package nl.cursusschrift.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import nl.cursusschrift.db.WriteFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a request fails: every failure becomes a Dutch error page, and the log gets one
 * line with the path made safe ({@link SecretPaths}). A request the client broke (a body that is not
 * what it says, an upload that stopped halfway) is a 400 and a warning, not a 500 with a stack trace.
 */
public final class Failures {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static void install(RoutesConfig routes, SecretPaths secrets) {
        routes.exception(HttpResponseException.class, (e, ctx) -> ErrorPage.render(ctx, e.getStatus()));
        routes.exception(PublicAddress.Unknown.class, (e, ctx) -> {
            log.warn("Geen link gemaakt bij {} {}: {}", ctx.method(), secrets.redact(ctx.path()), e.getMessage());
            ErrorPage.render(ctx, 421);
        });
        routes.exception(WriteFailedException.class, (e, ctx) -> {
            log.error("Opslaan mislukt bij {} {}: {}", ctx.method(), secrets.redact(ctx.path()), e.getMessage());
            ErrorPage.render(ctx, 503);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            Throwable cause = clientsFault(e);
            if (cause != null) {
                log.warn("Onleesbaar of afgebroken verzoek bij {} {}: {}", ctx.method(), secrets.redact(ctx.path()), oneLine(cause));
                ErrorPage.render(ctx, 400);
                return;
            }
            log.error("Onverwachte fout bij {} {}", ctx.method(), secrets.redact(ctx.path()), e);
            ErrorPage.render(ctx, 500);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) ErrorPage.render(ctx, 404);
        });
    }

    /**
     * The cause when the client is to blame: a body Jetty cannot parse (broken chunks, multipart), a
     * connection closed before the body was complete, an unknown charset. Null for our own faults.
     */
    static Throwable clientsFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException || t instanceof org.eclipse.jetty.io.EofException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.nio.charset.UnsupportedCharsetException || t instanceof java.nio.charset.IllegalCharsetNameException) {
                return t;
            }
        }
        return null;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
