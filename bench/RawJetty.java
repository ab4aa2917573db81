import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Tier T0.5 of bench/run: a raw Jetty 12 handler (no servlet layer, no Javalin) answering with the
 * bytes of a saved lesson page. Between nginx (T0) and bare Javalin (T1) it shows what the servlet
 * and framework layers cost on this machine. Same thread pool size as Javalin's default.
 * Run: java -cp target/cursusschrift.jar bench/RawJetty.java PORT FILE
 */
public class RawJetty {
    public static void main(String[] args) throws Exception {
        ByteBuffer page = ByteBuffer.wrap(Files.readAllBytes(Path.of(args[1]))).asReadOnlyBuffer();
        ByteBuffer ok = ByteBuffer.wrap("ok".getBytes()).asReadOnlyBuffer();
        Server server = new Server(new QueuedThreadPool(250, 8));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                ByteBuffer body = "/health".equals(request.getHttpURI().getPath()) ? ok : page;
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.remaining());
                response.write(true, body.slice(), callback);
                return true;
            }
        });
        server.start();
        server.join();
    }
}
