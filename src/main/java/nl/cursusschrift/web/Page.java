package nl.cursusschrift.web;

import io.javalin.http.Context;

/** Renders a template with its page model; every page goes out as UTF-8 HTML that no cache keeps. */
public final class Page {
    private static final String HTML = "text/html; charset=utf-8";
    /** The request attribute holding the bytes of the page {@link #render} sent (so a page cache can keep them). */
    public static final String RENDERED = "cs.renderedPage";

    private Page() {
    }

    /** A partial another feature's page writes in (see {@link JteRenderer#partial}). */
    public static gg.jte.Content partial(Context ctx, String template, java.util.Map<String, Object> params) {
        return ctx.appData(JteRenderer.KEY).partial(ctx, template, params);
    }

    public static void render(Context ctx, String template, Object page) {
        byte[] html = ctx.appData(JteRenderer.KEY).render(ctx, template, page);
        ctx.attribute(RENDERED, html);
        send(ctx, html);
    }

    /**
     * Sends a page already compressed with gzip, to a client that accepts it ({@link #acceptsGzip}); Javalin
     * leaves a response with a Content-Encoding as it is, so it is not compressed again per request.
     */
    public static void sendGzipped(Context ctx, byte[] gzipped) {
        ctx.header("Content-Encoding", "gzip");
        ctx.header("Vary", "Accept-Encoding");
        send(ctx, gzipped);
    }

    /** Whether the request accepts gzip (and does not refuse it with q=0). */
    public static boolean acceptsGzip(Context ctx) {
        String accepted = ctx.header("Accept-Encoding");
        if (accepted == null) return false;
        for (String part : accepted.split(",")) {
            String[] coding = part.strip().split(";");
            if (!coding[0].strip().equalsIgnoreCase("gzip")) continue;
            for (int i = 1; i < coding.length; i++) {
                String parameter = coding[i].strip().replace(" ", "");
                if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0*)?")) return false;
            }
            return true;
        }
        return false;
    }

    /** Compresses a page once, for a cache that sends it many times ({@link #sendGzipped}). */
    public static byte[] gzip(byte[] html) {
        var out = new java.io.ByteArrayOutputStream(html.length / 4 + 64);
        try (var zip = new java.util.zip.GZIPOutputStream(out, 8192)) {
            zip.write(html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sends a page's bytes as {@link #render} does (a page kept by a cache goes out the same way). */
    public static void send(Context ctx, byte[] html) {
        ctx.contentType(HTML);
        // Pages carry a learner's own words and a CSRF token: never kept in a shared or browser cache.
        ctx.header("Cache-Control", "no-store");
        ctx.result(html);
    }
}
