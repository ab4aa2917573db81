package nl.cursusschrift.web;

import io.javalin.http.Context;
import nl.cursusschrift.db.QueryStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: method, path, status, time, SQL statements and their time. No query string, no user: those can be personal. */
public final class RequestLog {
    private static final Logger log = LoggerFactory.getLogger("request");

    private RequestLog() {
    }

    public static void line(Context ctx, Float ms) {
        if (log.isInfoEnabled()) {
            log.info("{} {} {} {}ms sql={}/{}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms),
                    QueryStats.queries(), QueryStats.nanos() / 1_000_000);
        }
    }
}
