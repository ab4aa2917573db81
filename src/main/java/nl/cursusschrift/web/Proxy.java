package nl.cursusschrift.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * What a proxy in front may tell us: with TRUST_PROXY=1 the client's address (X-Forwarded-For), the
 * scheme (X-Forwarded-Proto) and the host (X-Forwarded-Host) come from its headers. Without it those
 * headers are ignored, because anyone can send them: the address is the connection's, the host the
 * request's Host. Of a list the last entry counts, the one our own proxy added.
 */
public final class Proxy {
    private Proxy() {
    }

    public static void install(JavalinConfig config, boolean trusted) {
        if (!trusted) return;
        config.contextResolver.ip = ctx -> forwarded(ctx, "X-Forwarded-For", ctx.req().getRemoteAddr());
        config.contextResolver.scheme = ctx -> {
            String scheme = forwarded(ctx, "X-Forwarded-Proto", ctx.req().getScheme());
            return scheme.equals("https") || scheme.equals("http") ? scheme : ctx.req().getScheme();
        };
        config.contextResolver.host = ctx -> forwarded(ctx, "X-Forwarded-Host", ctx.header("Host"));
    }

    private static String forwarded(Context ctx, String header, String fallback) {
        String value = ctx.header(header);
        if (value == null || value.isBlank()) return fallback;
        String last = value.substring(value.lastIndexOf(',') + 1).strip();
        return last.isEmpty() ? fallback : last;
    }
}
