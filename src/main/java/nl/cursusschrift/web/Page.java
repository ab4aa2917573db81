package nl.cursusschrift.web;

import io.javalin.http.Context;

/** Renders a template with its page model; every page goes out as UTF-8 HTML that no cache keeps. */
public final class Page {
    private static final String HTML = "text/html; charset=utf-8";

    private Page() {
    }

    /** A partial another feature's page writes in (see {@link JteRenderer#partial}). */
    public static gg.jte.Content partial(Context ctx, String template, java.util.Map<String, Object> params) {
        return ctx.appData(JteRenderer.KEY).partial(ctx, template, params);
    }

    public static void render(Context ctx, String template, Object page) {
        byte[] html = ctx.appData(JteRenderer.KEY).render(ctx, template, page);
        ctx.contentType(HTML);
        // Pages carry a learner's own words and a CSRF token: never kept in a shared or browser cache.
        ctx.header("Cache-Control", "no-store");
        ctx.result(html);
    }
}
