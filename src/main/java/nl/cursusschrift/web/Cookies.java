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

    public static void clear(Context ctx, String name, boolean secure) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }
}
