package nl.cursusschrift;

import static nl.cursusschrift.account.Role.ANYONE;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.cursusschrift.course.CourseController;
import nl.cursusschrift.web.ErrorPage;
import nl.cursusschrift.web.HealthController;
import nl.cursusschrift.web.JteRenderer;
import nl.cursusschrift.web.RequestLog;
import nl.cursusschrift.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin server: the routes table (every URL, method and role), headers and error pages. */
public final class App {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    /** Everything the routes need, wired by {@link Main}. */
    public record Parts(
            Config config,
            JteRenderer renderer,
            SecurityHeaders headers,
            HealthController health,
            CourseController course) {
    }

    private final Javalin javalin;
    private final Runnable onStop;

    public App(Parts parts, Runnable onStop) {
        this.onStop = onStop;
        this.javalin = Javalin.create(config -> configure(config, parts));
    }

    private static void configure(JavalinConfig config, Parts p) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.fileRenderer(p.renderer());
        config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
        config.http.maxRequestSize = 1_000_000;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.requestLogger.http(RequestLog::line);
        staticFiles(config, p.config());

        var routes = config.routes;
        routes.before(p.headers()::apply);

        routes.get("/", p.course()::home, ANYONE);
        routes.get("/les/{step}", p.course()::lesson, ANYONE);
        routes.get("/health", p.health()::show, ANYONE);

        routes.exception(HttpResponseException.class, (e, ctx) -> ErrorPage.render(ctx, e.getStatus()));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("Onverwachte fout bij {} {}", ctx.method(), ctx.path(), e);
            ErrorPage.render(ctx, 500);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) ErrorPage.render(ctx, 404);
        });
    }

    private static void staticFiles(JavalinConfig config, Config app) {
        Path devAssets = Path.of("src", "main", "resources", "static");
        boolean fromSources = app.dev() && Files.isDirectory(devAssets);
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = fromSources ? devAssets.toString() : "/static";
            files.location = fromSources ? Location.EXTERNAL : Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", app.dev() ? "no-cache" : "public, max-age=3600");
        });
        Path media = app.contentDir().resolve("media");
        if (Files.isDirectory(media)) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/media";
                files.directory = media.toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
        }
    }

    public App start(int port) {
        javalin.start(port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
        onStop.run();
    }
}
