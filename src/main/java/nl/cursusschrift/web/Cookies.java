package nl.cursusschrift.web;

import io.javalin.http.Context;
import java.time.Duration;

/** Our cookies: always HttpOnly and SameSite=Lax, Secure when served over HTTPS (COOKIE_SECURE=1). */
public final class Cookies {
    private Cookies() {
    }

    /** @param maxAge how long the browser keeps it; null for a cookie that ends when the browser closes */
    public static void set(Context ctx, String name, String value, Duration maxAge, boolean secure) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/" + (maxAge == null ? "" : "; Max-Age=" + maxAge.toSeconds())
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    /**
     * A cookie the browser also sends inside another site's frame and on its form posts to us (an LTI launch).
     * That needs SameSite=None, which browsers accept only with Secure: over plain http (a laptop) it stays Lax.
     * Partitioned (CHIPS) keeps it in a jar of that one embedding site, so no other site can use it to follow someone.
     */
    public static void setCrossSite(Context ctx, String name, String value, Duration maxAge, boolean secure) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/" + (maxAge == null ? "" : "; Max-Age=" + maxAge.toSeconds())
                + (secure ? "; HttpOnly; SameSite=None; Secure; Partitioned" : "; HttpOnly; SameSite=Lax"));
    }

    public static void clear(Context ctx, String name, boolean secure) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }
}
