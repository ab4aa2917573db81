package nl.cursusschrift.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders jte templates for {@code ctx.render}. Every template gets the page {@link Chrome}
 * (user, CSRF token, flash, navigation) next to its own model, so handlers pass only their page.
 */
public final class JteRenderer implements FileRenderer {
    private final TemplateEngine engine;
    private final Function<Context, Chrome> chrome;

    public JteRenderer(TemplateEngine engine, Function<Context, Chrome> chrome) {
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
            return TemplateEngine.create(new DirectoryCodeResolver(sources), ContentType.Html);
        }
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Override
    public String render(String file, Map<String, ?> model, Context ctx) {
        Map<String, Object> params = new HashMap<>(model);
        params.put("chrome", chrome.apply(ctx));
        StringOutput out = new StringOutput(8192);
        engine.render(file, params, out);
        return out.toString();
    }
}
