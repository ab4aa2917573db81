package nl.cursusschrift.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The site's own files ({@code /static}) and the course's images ({@code /media}). A stylesheet or
 * script asked for with this build's hash ({@code ?v=}, see {@link AssetVersion}) may be cached for a
 * year; with another hash (a page from before an upgrade, or made up) the answer is a redirect to the
 * current one, never the current file under a wrong name; without a hash, an hour.
 */
public final class Assets {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String HOUR = "public, max-age=3600";

    private Assets() {
    }

    public static void install(JavalinConfig config, Path contentDir, boolean dev, RouteRole anyone) {
        Path devAssets = Path.of("src", "main", "resources", "static");
        boolean fromSources = dev && Files.isDirectory(devAssets);
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = fromSources ? devAssets.toString() : "/static";
            files.location = fromSources ? Location.EXTERNAL : Location.CLASSPATH;
            files.headers = Map.of();
            files.roles = Set.of(anyone);
        });
        Path media = contentDir.resolve("media");
        if (Files.isDirectory(media)) {
            // Jetty refuses a base directory that is an alias ("./content/media"): resolve it once, at start.
            Path real = realPath(media);
            config.staticFiles.add(files -> {
                files.hostedPath = "/media";
                files.directory = real.toString();
                files.location = Location.EXTERNAL;
                files.headers = Map.of("Cache-Control", HOUR);
                files.roles = Set.of(anyone);
            });
        }
        String version = AssetVersion.compute();
        config.routes.before("/static/*", ctx -> cache(ctx, dev, version));
    }

    private static void cache(Context ctx, boolean dev, String version) {
        if (dev) {
            ctx.header("Cache-Control", "no-cache");
            return;
        }
        String asked = ctx.queryParam("v");
        String fingerprinted = java.util.Arrays.stream(AssetVersion.ASSETS).filter(ctx.path()::equals).findFirst().orElse(null);
        if (asked == null || fingerprinted == null) {
            ctx.header("Cache-Control", HOUR);
        } else if (asked.equals(version)) {
            ctx.header("Cache-Control", IMMUTABLE);
        } else {
            // Only to the known asset paths: the Location never carries anything the request made up.
            ctx.header("Cache-Control", "no-store");
            ctx.redirect(fingerprinted + "?v=" + version, HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
