package nl.cursusschrift.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Refuses requests whose parameters contain a NUL character. No keyboard types one, SQLite would
 * store it and PostgreSQL refuses it in text (a 500 there), so it is answered the same on both: 400.
 */
public final class InputGuard {
    private InputGuard() {
    }

    public static void check(Context ctx) {
        if (hasNul(ctx.queryParamMap())) throw new BadRequestResponse();
        String type = ctx.contentType();
        if (type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))
                && hasNul(ctx.formParamMap())) {
            throw new BadRequestResponse();
        }
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
