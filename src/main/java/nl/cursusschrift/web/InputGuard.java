package nl.cursusschrift.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Refuses requests no browser of a person sends. Parameters with a NUL character: no keyboard types
 * one, SQLite would store it and PostgreSQL refuses it in text (a 500 there), so both answer 400.
 * Headers or a path beyond 8 KiB (a cookie gone wild): Jetty reads up to 32 KiB so that the answer
 * arrives, and this says 431 or 414 in Dutch.
 */
public final class InputGuard {
    static final int MAX_HEADERS = 8 * 1024;
    static final int MAX_PATH = 8 * 1024;

    private InputGuard() {
    }

    public static void check(Context ctx) {
        if (ctx.req().getRequestURI().length() > MAX_PATH) throw new HttpResponseException(414, "");
        if (headerBytes(ctx) > MAX_HEADERS) throw new HttpResponseException(431, "");
        if (hasNul(ctx.queryParamMap())) throw new BadRequestResponse();
        String type = ctx.contentType();
        if (type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))
                && hasNul(ctx.formParamMap())) {
            throw new BadRequestResponse();
        }
    }

    private static int headerBytes(Context ctx) {
        int total = 0;
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            for (String value : Collections.list(ctx.req().getHeaders(name))) total += name.length() + value.length() + 4;
        }
        return total;
    }

    private static boolean hasNul(Map<String, List<String>> params) {
        for (var entry : params.entrySet()) {
            if (entry.getKey().indexOf('\0') >= 0) return true;
            for (String value : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) return true;
            }
        }
        return false;
    }
}
