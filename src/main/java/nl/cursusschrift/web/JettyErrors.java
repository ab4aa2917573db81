package nl.cursusschrift.web;

import java.nio.ByteBuffer;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, for requests it will not hand to the app (a control character in the path,
 * an unknown HTTP version, headers or a path too long): the same Dutch page and security headers as
 * every other answer, instead of Jetty's English page that names itself.
 */
public final class JettyErrors extends ErrorHandler {
    private final SecurityHeaders headers;
    private final IntFunction<byte[]> page;

    /** @param page the Dutch error page for a status, as HTML bytes */
    public JettyErrors(SecurityHeaders headers, IntFunction<byte[]> page) {
        this.headers = headers;
        this.page = page;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        var fields = response.getHeaders();
        headers.apply(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        byte[] body;
        try {
            body = page.apply(status);
        } catch (RuntimeException e) {
            body = ("<!DOCTYPE html><html lang=\"nl\"><title>Foutcode " + status + "</title><p>Foutcode " + status + "</p></html>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
