package nl.cursusschrift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser-like HTTP client for tests: keeps cookies, follows no redirects on its own, posts
 * url-encoded forms and sends the CSRF token of the last page it saw, like a form would.
 */
public final class WebClient {
    private final TestApp app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf = "";

    WebClient(TestApp app) {
        this.app = app;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The absolute URL of a path on the app. */
    public String url(String path) {
        return app.url(path);
    }

    public Res get(String path) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET());
    }

    /** GET, and follow one redirect if there is one. */
    public Res follow(Res res) {
        return res.status() >= 300 && res.status() < 400 ? get(res.location()) : res;
    }

    /** POSTs a form given as name, value, name, value ...; adds _csrf unless given. */
    public Res post(String path, String... nameValues) {
        List<String> pairs = new ArrayList<>(List.of(nameValues));
        if (!pairs.contains("_csrf")) {
            pairs.add("_csrf");
            pairs.add(csrf);
        }
        return postForm(path, pairs);
    }

    public Res postForm(String path, List<String> nameValues) {
        return postRaw(path, "application/x-www-form-urlencoded", formBody(nameValues));
    }

    /** As {@link #postForm}, asking for JSON the way the page's autosave script does. */
    public Res postFormForJson(String path, List<String> nameValues) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(nameValues), StandardCharsets.UTF_8)));
    }

    private static String formBody(List<String> nameValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.size(); i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(encode(nameValues.get(i))).append('=').append(encode(nameValues.get(i + 1)));
        }
        return body.toString();
    }

    public Res postRaw(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Res send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Res res = new Res(response);
            res.csrfToken().ifPresent(token -> csrf = token);
            return res;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET a binary body (a ZIP download). */
    public byte[] sendBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(app.url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String csrf() {
        return csrf;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Uses a session made outside the login form (e.g. by {@code demo sessions}). */
    public WebClient withSession(String cookieName, String token) {
        HttpCookie cookie = new HttpCookie(cookieName, token);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(java.net.URI.create(app.url("/")), cookie);
        return this;
    }

    public void clearCookies() {
        cookies.getCookieStore().removeAll();
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A response with the parsed page at hand. */
    public static final class Res {
        private final HttpResponse<String> response;
        private Document doc;

        Res(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public Map<String, List<String>> allHeaders() {
            return response.headers().map();
        }

        public String location() {
            return header("Location");
        }

        public Document doc() {
            if (doc == null) doc = Jsoup.parse(body());
            return doc;
        }

        /** Text of the first element matching a CSS selector, or null. */
        public String text(String selector) {
            var el = doc().selectFirst(selector);
            return el == null ? null : el.text();
        }

        Optional<String> csrfToken() {
            String type = header("Content-Type");
            if (type == null || !type.startsWith("text/html")) return Optional.empty();
            var meta = doc().selectFirst("meta[name=csrf-token]");
            if (meta != null && !meta.attr("content").isEmpty()) return Optional.of(meta.attr("content"));
            var field = doc().selectFirst("input[name=_csrf]");
            return field == null || field.val().isEmpty() ? Optional.empty() : Optional.of(field.val());
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
