import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tier T1 of bench/run: a bare Javalin route answering with the bytes of a saved lesson page,
 * the ceiling for the framework itself. Run: java -cp target/cursusschrift.jar bench/BareServer.java PORT FILE
 */
public class BareServer {
    public static void main(String[] args) throws Exception {
        byte[] page = Files.readAllBytes(Path.of(args[1]));
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/les/1", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
            config.routes.get("/health", ctx -> ctx.result("ok"));
        }).start(Integer.parseInt(args[0]));
    }
}
