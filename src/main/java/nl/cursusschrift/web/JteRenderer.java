package nl.cursusschrift.web;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import io.javalin.config.Key;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a page template straight to UTF-8 bytes (jte's binary static content: the template's
 * own text is encoded once at build time). Every template gets the page {@link Chrome} (user,
 * CSRF token, flash, navigation) next to its own model, so handlers pass only their page.
 */
public final class JteRenderer {
    /** Where {@link Page#render} finds the renderer. */
    public static final Key<JteRenderer> KEY = new Key<>("jte-renderer");
    private static final String CHROME = "pageChrome";

    private final TemplateEngine engine;
    private final Chrome.Source chrome;

    public JteRenderer(TemplateEngine engine, Chrome.Source chrome) {
        this.engine = engine;
        this.chrome = chrome;
    }

    /**
     * Precompiled templates in production; in development, templates compiled from
     * {@code src/main/jte} on change so a template edit shows on reload.
     */
    public static TemplateEngine engine(boolean dev) {
        Path sources = Path.of("src", "main", "jte");
        if (dev && Files.isDirectory(sources)) {
            TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(sources), Path.of("target", "jte-classes"), ContentType.Html);
            engine.setBinaryStaticContent(true);
            engine.setTrimControlStructures(true);
            return engine;
        }
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    public byte[] render(Context ctx, String template, Object page) {
        Utf8ByteOutput out = new Utf8ByteOutput(16 * 1024);
        engine.render(template, Map.of("page", page, "chrome", chrome(ctx)), out);
        return out.toByteArray();
    }

    /** A page rendered outside any request, as a visitor sees it (Jetty's own error pages). */
    public byte[] renderOutsideRequest(String template, Object page) {
        Utf8ByteOutput out = new Utf8ByteOutput(8 * 1024);
        engine.render(template, Map.of("page", page, "chrome", chrome.outsideRequest()), out);
        return out.toByteArray();
    }

    /** The chrome of this request, made once: making it takes the flash message, which must not be lost to a second call. */
    public Chrome chrome(Context ctx) {
        Chrome made = ctx.attribute(CHROME);
        if (made == null) {
            made = chrome.apply(ctx);
            ctx.attribute(CHROME, made);
        }
        return made;
    }

    /**
     * A part of a page that another feature renders into it (the assignment below a lesson): the
     * partial with its own parameters and this request's chrome, written when the page writes it.
     */
    public Content partial(Context ctx, String template, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("chrome", chrome(ctx));
        return output -> engine.render(template, all, output);
    }

    /** Renders a template to a string outside a page (the HTML of a chart sent to autosave). */
    public String string(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
