package nl.cursusschrift.web;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * Headers on every response, Jetty's own error pages included. Scripts and styles only from our own
 * origin (no inline script, no inline style), no framing, no MIME sniffing, no referrer leaking to
 * other sites, and nothing kept in a cache unless the response says otherwise (static files do).
 */
public final class SecurityHeaders {
    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final boolean https;

    public SecurityHeaders(boolean https) {
        this.https = https;
    }

    /**
     * Lets these origins (an LTI platform's, space-separated) show this response in a frame: for the pages of a
     * session that began with a launch from that platform only. X-Frame-Options has no allow-list, so it goes.
     */
    public static void allowFraming(Context ctx, String origins) {
        ctx.header("Content-Security-Policy", CSP.replace("frame-ancestors 'none'", "frame-ancestors " + origins));
        ctx.res().setHeader("X-Frame-Options", null);
    }

    /** This response may post a form to that origin too (the deep-linking answer back to the platform). */
    public static void allowFormPostTo(Context ctx, String origin, String frameOrigins) {
        String csp = CSP.replace("form-action 'self'", "form-action 'self' " + origin);
        if (frameOrigins != null) csp = csp.replace("frame-ancestors 'none'", "frame-ancestors " + frameOrigins);
        ctx.header("Content-Security-Policy", csp);
        if (frameOrigins != null) ctx.res().setHeader("X-Frame-Options", null);
    }

    public void apply(Context ctx) {
        apply(ctx::header);
    }

    /** The same headers through any setter (Jetty's response headers, for its own error pages). */
    public void apply(BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CSP);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "same-origin");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // JSON answers carry learners' text too (autosave, data download): no-store is the default for everything.
        header.accept("Cache-Control", "no-store");
        if (https) header.accept("Strict-Transport-Security", "max-age=31536000");
    }
}
