package nl.cursusschrift.web;

import io.javalin.http.Context;
import nl.cursusschrift.db.QueryStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, time, SQL statements and their time. No query string,
 * no user: those can be personal; and no secret in a path ({@link SecretPaths}): a reset link copied
 * from the log would work.
 */
public final class RequestLog {
    private static final Logger log = LoggerFactory.getLogger("request");

    private final SecretPaths secrets;

    public RequestLog(SecretPaths secrets) {
        this.secrets = secrets;
    }

    public void line(Context ctx, Float ms) {
        if (log.isInfoEnabled()) {
            log.info("{} {} {} {}ms sql={}/{}ms", ctx.method(), secrets.redact(ctx.path()), ctx.statusCode(), Math.round(ms),
                    QueryStats.queries(), QueryStats.nanos() / 1_000_000);
        }
    }
}
