package nl.cursusschrift.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A one-time message shown on the page after a redirect ("Opgeslagen."), carried in a short-lived cookie. */
public final class Flash {
    private static final String COOKIE = "cs_flash";
    private static final int MAX_LENGTH = 300;

    private final boolean secure;

    public Flash(boolean secure) {
        this.secure = secure;
    }

    public void set(Context ctx, String message) {
        String text = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
        Cookies.set(ctx, COOKIE, URLEncoder.encode(text, StandardCharsets.UTF_8), Duration.ofMinutes(2), secure);
    }

    /** Whether this request carries a message to show (such a page is shown once and never kept). */
    public static boolean pending(Context ctx) {
        String raw = ctx.cookie(COOKIE);
        return raw != null && !raw.isEmpty();
    }

    /** The message, once: it is cleared as it is read. */
    public String take(Context ctx) {
        String raw = ctx.cookie(COOKIE);
        if (raw == null || raw.isEmpty()) return null;
        Cookies.clear(ctx, COOKIE, secure);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
