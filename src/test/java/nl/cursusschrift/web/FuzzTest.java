package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.App;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route in the routes table, with real and junk ids, as a visitor, a learner, an
 * instructor and an admin, fed bad values in every form field, unknown fields, raw bodies of the
 * wrong kind, broken CSRF tokens and broken session cookies. Whatever comes in, the answer is
 * never a 5xx.
 */
class FuzzTest {
    static final int BODY_LIMIT = 1_000_000;

    /** The fields each form posts (from the controllers and templates). */
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("/opdracht/{step}/concept", List.of("organisatie", "rol", "kanalen", "klanten", "aanbeveling", "sinds", "beltijd",
                    "momenten[0].organisatie", "momenten[1000].organisatie", "contacten[0].at", "_action", "return", "version")),
            Map.entry("/opdracht/{step}/inleveren", List.of("organisatie", "klanten", "momenten[0].organisatie", "contacten[0].at", "_action", "return", "version")),
            Map.entry("/opdracht/{step}/terugtrekken", List.of("return", "version")),
            Map.entry("/schrift/delen", List.of("step", "target", "return")),
            Map.entry("/schrift/delen/{id}/intrekken", List.of("return")),
            Map.entry("/reacties/{id}/verbergen", List.of("verberg", "return")),
            Map.entry("/reacties/{id}/reageren", List.of("tekst")),
            Map.entry("/reacties/{id}/antwoorden/{replyId}/verbergen", List.of("verberg")),
            Map.entry("/schrift/gelezen", List.of("stap", "reactie", "terug")),
            Map.entry("/nakijken/{id}", List.of("versie", "actie", "overall", "snippet", "c.momenten", "c.momenten[0]", "stap", "groep", "na")),
            Map.entry("/nakijken-standaard", List.of("body", "terug")),
            Map.entry("/nakijken-standaard/{id}/verwijderen", List.of("terug")),
            Map.entry("/inloggen", List.of("email", "password", "next")),
            Map.entry("/registreren", List.of("name", "email", "password", "code")),
            Map.entry("/uitloggen", List.of()),
            Map.entry("/account/sessies/uitloggen", List.of()),
            Map.entry("/wachtwoord-herstellen/{token}", List.of("password")),
            Map.entry("/account/gegevens", List.of("name", "email", "current_password")),
            Map.entry("/account/wachtwoord", List.of("current", "password")),
            Map.entry("/account/verwijderen", List.of("confirm_password")),
            Map.entry("/deelnemers/{id}/startdatum", List.of("start")),
            Map.entry("/deelnemers/{id}/open", List.of("open")),
            Map.entry("/deelnemers/{id}/herstellink", List.of()),
            Map.entry("/deelnemers/{id}/groep", List.of("groep")),
            Map.entry("/groepen/{id}/open", List.of("open")),
            Map.entry("/beheer/docenten", List.of("name", "email", "role")),
            Map.entry("/beheer/groepen", List.of("name", "code", "start", "expires")),
            Map.entry("/beheer/groepen/{id}/docenten", List.of("instructor")),
            Map.entry("/beheer/groepen/{id}/docenten/{userId}/verwijderen", List.of()),
            Map.entry("/wachtwoord-vergeten", List.of("email")),
            Map.entry("/beheer/deelnemers-toevoegen", List.of("tekst")),
            Map.entry("/beheer/deelnemers-toevoegen/bevestigen", List.of("tekst", "aantal")),
            Map.entry("/beheer/post/{id}/opnieuw", List.of()),
            Map.entry("/beheer/lti", List.of("issuer", "client_id", "deployment_ids", "auth_url", "token_url", "jwks_url")),
            Map.entry("/beheer/lti/{id}/verwijderen", List.of()),
            Map.entry("/lti/login", List.of("iss", "login_hint", "target_link_uri", "lti_message_hint", "client_id", "lti_deployment_id")),
            Map.entry("/lti/launch", List.of("id_token", "state")),
            Map.entry("/lti/lessen-kiezen/{id}", List.of("stap")),
            Map.entry("/lti/cursussen/{id}/deelnemers-ophalen", List.of()),
            Map.entry("/account/meldingen", List.of("reminder", "feedback", "reply", "digest")),
            Map.entry("/account/agenda", List.of()),
            Map.entry("/account/agenda/intrekken", List.of()),
            Map.entry("/afmelden/{token}", List.of("List-Unsubscribe")));

    /** Values a field gets while the one under attack is fuzzed: sensible enough to get past the first check. */
    static final Map<String, String> BASELINE = Map.of("versie", "1", "actie", "opslaan", "step", "2", "target", "", "open", "1", "verberg", "1",
            // over the 128-character limit, so a wrong current password is turned down before any hashing
            "current", "x".repeat(129), "confirm_password", "x".repeat(129));

    static final List<String> QUERY_PARAMS = List.of("stap", "status", "groep", "zoek", "na", "next", "code", "meer", "versie");

    static final List<String> BAD_VALUES = List.of("", " ", "abc", "-1", "0", "-99999999999", "99999999999999999999999", "2147483648", "1e308", "NaN",
            "0x10", "1.5", "' OR 1=1 --", "\"; DROP TABLE answer; --", "../../etc/passwd", "%00", "\u0000", "a\u0000b", "\r\n", "😀ßé€",
            "\u202Egnp.exe", "<script>alert(1)</script>", "${7*7}", "null", "[]", "{\"a\":1}", "2026-02-31", "9999-99-99", "momenten[99999]",
            "remove:momenten:99999999999", "//evil.example/", "x".repeat(10_000));

    /** Path segments in place of an id (already as they go on the wire). */
    static final List<String> BAD_SEGMENTS = List.of("..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%00", "%2500", "%C3%28", "%FF%FE",
            "'%20OR%201=1%20--", "%F0%9F%98%80%C3%9F", "-1", "0", "99999999999999999999", "abc", "AAAAAAAAAAAAAAAAAAAAAA", "%20",
            "x;jsessionid=1", "%3Cscript%3E", "%2e%2e", "x".repeat(5_000));

    static World w;
    static String resetToken;
    static final AtomicInteger total = new AtomicInteger();
    static final AtomicInteger retries = new AtomicInteger();
    static final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void start() {
        w = new World();
        String dId = Accounts.user(w.app, Role.LEARNER, "d@example.nl", "Dirk", w.cohortX);
        w.ix.get("/deelnemers/" + dId);
        var link = World.post(w.ix, "/deelnemers/" + dId + "/herstellink");
        Matcher m = Pattern.compile("/wachtwoord-herstellen/([A-Za-z0-9_-]+)").matcher(link.doc().selectFirst("#link").val());
        assertTrue(m.find());
        resetToken = m.group(1);
    }

    @AfterAll
    static void stop() {
        w.close();
    }

    /** One visitor of the site, with the client and token it fuzzes with. */
    record Actor(String name, Role role, WebClient web, String csrf) {
        boolean reaches(Role required) {
            return role == null ? required == Role.ANYONE : role.satisfies(required);
        }
    }

    @Test
    void everyRoute_everyActor_badInput_neverA5xx() throws Exception {
        List<Actor> actors = new ArrayList<>();
        actors.add(actor("anonymous", null, w.anonymous));
        actors.add(actor("learner", Role.LEARNER, w.a));
        actors.add(actor("instructor", Role.INSTRUCTOR, w.ix));
        actors.add(actor("admin", Role.ADMIN, w.admin));
        List<App.Route> routes = w.app.app.routes();
        assertTrue(routes.size() > 40, "routes: " + routes.size());
        for (App.Route route : routes) {
            if (route.method().equals("POST")) assertTrue(FIELDS.containsKey(route.path()), "no fields known for POST " + route.path());
        }

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(actors.size());
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Actor actor : actors) jobs.add(pool.submit(() -> {
                for (App.Route route : routes) fuzz(actor, route);
                fuzzStaticFiles(actor);
                fuzzCookies(actor);
            }));
            for (Future<?> job : jobs) job.get();
        } finally {
            pool.shutdownNow();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        System.out.println("FuzzTest: " + total.get() + " requests in " + seconds + " s (" + retries.get() + " resent after the server closed a kept-alive connection)");
        Map<String, Integer> histogram = new TreeMap<>();
        statuses.forEach((k, v) -> histogram.put(k, v.get()));
        System.out.println("FuzzTest: responses per status " + histogram);
        if (!failures.isEmpty()) {
            List<String> first = failures.stream().limit(20).toList();
            Map<String, Integer> kinds = new TreeMap<>();
            for (String f : failures) kinds.merge(f.replaceAll("^\\w+ \\w+ \\S+ ", ""), 1, Integer::sum);
            System.out.println("FuzzTest: failures by variant " + kinds);
            fail(failures.size() + " requests got a 5xx or no answer; the first " + first.size() + ":\n" + String.join("\n", first));
        }
        assertTrue(total.get() >= 10_000, "only " + total.get() + " requests");
        // The fuzzing reached the handlers, not only the front door.
        for (String status : List.of("200", "303", "400", "403", "404", "413", "422")) {
            assertTrue(histogram.getOrDefault(status, 0) > 0, "never saw a " + status + ": " + histogram);
        }
        assertEquals(200, w.a.get("/schrift").status(), "the learner is still signed in");
        assertEquals(200, w.ix.get("/nakijken").status(), "the instructor is still signed in");
    }

    static Actor actor(String name, Role role, WebClient web) {
        web.get(role == null ? "/inloggen" : "/");
        return new Actor(name, role, web, web.csrf());
    }

    // --- per route ---

    static void fuzz(Actor actor, App.Route route) {
        String real = realPath(route.path());
        // Logging out and a used reset link sign the actor out: with a valid token only the visitor tries them.
        boolean endsSession = (route.path().equals("/uitloggen") || route.path().startsWith("/wachtwoord-herstellen/")) && actor.role() != null;
        boolean handled = actor.reaches(route.role());
        for (String path : pathVariants(route.path(), handled ? BAD_SEGMENTS.size() : 6)) {
            if (route.method().equals("GET")) get(actor, path, "path");
            else if (!endsSession || !path.equals(real)) post(actor, path, "path", form(actor, route.path(), null, null));
        }
        for (String method : List.of("HEAD", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            send(actor, actor.web(), HttpRequest.newBuilder(uri(real)).method(method, HttpRequest.BodyPublishers.ofString("a=1")), method + " " + real, "method");
        }
        if (route.method().equals("GET")) {
            for (String param : handled ? QUERY_PARAMS : QUERY_PARAMS.subList(0, 2)) {
                for (String value : values(false)) get(actor, real + "?" + param + "=" + WebClient.encode(value), "query " + param + "=" + shorten(value));
            }
            get(actor, real + "?" + (QUERY_PARAMS.get(0) + "=1&").repeat(1000), "query repeated");
            get(actor, real + "?=&&==&x&x=%C3%28&%00=%FF", "query odd pairs");
            return;
        }
        List<String> fields = new ArrayList<>(FIELDS.get(route.path()));
        fields.add("onbekend");
        fields.add("_csrf[]");
        if (!endsSession) {
            for (String field : fields) {
                for (String value : values(handled)) post(actor, real, field + "=" + shorten(value), form(actor, route.path(), field, value));
                post(actor, real, field + " repeated 1000x", repeated(actor, route.path(), field));
                if (handled && (fields.indexOf(field) < 2 || field.equals("onbekend"))) {
                    post(actor, real, field + "=990 kB", form(actor, route.path(), field, "x".repeat(990_000 - 200)));
                }
            }
            post(actor, real, "over the limit", form(actor, route.path(), fields.get(0), "y".repeat(BODY_LIMIT + 10)));
            rawBodies(actor, real);
        }
        csrfVariants(actor, route.path(), real);
    }

    /** All bad values where the handler is reached; a few where the role check turns the actor away first. */
    static List<String> values(boolean handled) {
        return handled ? BAD_VALUES : List.of("", "-1", "' OR 1=1 --", "\u0000", "😀ßé€", "x".repeat(10_000));
    }

    static List<String> pathVariants(String template, int junk) {
        List<String> paths = new ArrayList<>();
        paths.add(realPath(template));
        Matcher params = Pattern.compile("\\{(\\w+)}").matcher(template);
        while (params.find()) {
            for (String segment : BAD_SEGMENTS.subList(0, junk)) {
                String path = template.substring(0, params.start()) + segment + template.substring(params.end());
                paths.add(realPath(path));
            }
        }
        return paths;
    }

    /** The template with ids of real objects in it. */
    static String realPath(String template) {
        String id = switch (template.replaceAll("/\\{\\w+}.*", "")) {
            case "/schrift/delen", "/reacties" -> w.shareA;
            case "/nakijken" -> w.answerA;
            case "/nakijken-standaard" -> w.snippetIx;
            case "/deelnemers" -> w.aId;
            case "/groepen", "/beheer/groepen" -> w.cohortX;
            default -> "onbekend";
        };
        return template.replace("{step}", "2").replace("{number}", "1").replace("{token}", resetToken)
                .replace("{userId}", w.ixId).replace("{id}", id).replace("{replyId}", id).replace("{action}", "inleveren");
    }

    /** The form of a route with one field set to the value (field null: all baseline) and a valid token. */
    static List<String> form(Actor actor, String template, String field, String value) {
        List<String> pairs = new ArrayList<>();
        for (String f : FIELDS.get(template)) {
            if (f.equals(field)) continue;
            pairs.add(f);
            pairs.add(BASELINE.getOrDefault(f, "x"));
        }
        if (field != null) {
            pairs.add(field);
            pairs.add(value);
        }
        pairs.add("_csrf");
        pairs.add(actor.csrf());
        return pairs;
    }

    static List<String> repeated(Actor actor, String template, String field) {
        List<String> pairs = form(actor, template, null, null);
        for (int i = 0; i < 1000; i++) {
            pairs.add(field);
            pairs.add(String.valueOf(i % 3 == 0 ? -i : i));
        }
        return pairs;
    }

    static void rawBodies(Actor actor, String path) {
        String token = "_csrf=" + actor.csrf();
        ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
        invalidUtf8.writeBytes((token + "&organisatie=").getBytes(StandardCharsets.US_ASCII));
        invalidUtf8.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 0x00, 0x01});
        invalidUtf8.writeBytes("&name=%C3%28%FF&email=%ED%A0%80&step=%00".getBytes(StandardCharsets.US_ASCII));
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("application/x-www-form-urlencoded", invalidUtf8.toByteArray());
        bodies.put("application/x-www-form-urlencoded; charset=ISO-8859-1", (token + "&name=\u00e9\u00ff").getBytes(StandardCharsets.ISO_8859_1));
        bodies.put("application/x-www-form-urlencoded; charset=nonsense", (token + "&name=x").getBytes(StandardCharsets.US_ASCII));
        bodies.put("application/x-www-form-urlencoded;", "%%%&&&===%ZZ&_csrf&_csrf=&=x".getBytes(StandardCharsets.US_ASCII));
        bodies.put("application/json", ("{\"_csrf\":\"" + actor.csrf() + "\",\"name\":[1,2,{\"x\":null}]}").getBytes(StandardCharsets.UTF_8));
        bodies.put("application/json ", "{\"unterminated".getBytes(StandardCharsets.UTF_8));
        bodies.put("text/plain", (token + "\u0000\u0000 just text").getBytes(StandardCharsets.UTF_8));
        bodies.put("multipart/form-data; boundary=XYZ", ("--XYZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + actor.csrf()
                + "\r\n--XYZ\r\nContent-Disposition: form-data; name=\"organisatie\"; filename=\"../../x.sh\"\r\nContent-Type: application/x-sh\r\n\r\n"
                + "junk\u0000junk\r\n--XYZ--\r\n").getBytes(StandardCharsets.UTF_8));
        bodies.put("multipart/form-data; boundary=XYZ ", "--XYZ\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end".getBytes(StandardCharsets.UTF_8));
        bodies.put("multipart/form-data", "--?\r\n\r\n\u0000garbage".getBytes(StandardCharsets.UTF_8));
        bodies.put("application/octet-stream", new byte[] {0, 1, 2, (byte) 0xFF, 0, 0});
        bodies.put("", (token + "&x=1").getBytes(StandardCharsets.US_ASCII));
        for (var body : bodies.entrySet()) {
            for (boolean header : new boolean[] {false, true}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body.getValue()));
                if (!body.getKey().isEmpty()) request.header("Content-Type", body.getKey());
                if (header) request.header("X-CSRF-Token", actor.csrf());
                send(actor, actor.web(), request, "POST " + path, "raw " + body.getKey().strip() + (header ? " +token header" : ""));
            }
        }
    }

    static void csrfVariants(Actor actor, String template, String path) {
        List<String> baseline = form(actor, template, null, null);
        List<String> without = new ArrayList<>(baseline.subList(0, baseline.size() - 2));
        post(actor, path, "csrf missing", without);
        for (String wrong : List.of("", "wrong", "AAAAAAAAAAAAAAAAAAAAAA", actor.csrf() + "x", actor.csrf().toLowerCase(), w.c.csrf())) {
            List<String> form = new ArrayList<>(without);
            form.addAll(List.of("_csrf", wrong));
            post(actor, path, "csrf '" + shorten(wrong) + "'", form);
        }
        List<String> twice = new ArrayList<>(without);
        twice.addAll(List.of("_csrf", "wrong", "_csrf", actor.csrf()));
        post(actor, path, "csrf wrong then right", twice);
        send(actor, actor.web(), HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-Token", "wrong").POST(HttpRequest.BodyPublishers.ofString("x=1")), "POST " + path, "csrf header wrong");
    }

    static void fuzzStaticFiles(Actor actor) {
        for (String path : List.of("/static/site.css", "/static/../../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/..%2F..%2Fpom.xml",
                "/static/%00", "/static/app.js%00.css", "/static/", "/static", "/media/../../etc/passwd", "/media/%2e%2e/x", "/favicon.ico",
                "//static//site.css", "/static/site.css?v=" + "9".repeat(3000), "/static/" + "a/".repeat(500))) {
            get(actor, path, "static");
        }
    }

    /** Session and CSRF cookies that are garbage, expired or oversized, on a client without the actor's cookies. */
    static void fuzzCookies(Actor actor) {
        HttpClient bare = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> cookies = List.of("cs_session=garbage", "cs_session=", "cs_session=AAAAAAAAAAAAAAAAAAAAAA", "cs_session=" + "A".repeat(4000),
                "cs_session=%00%FF", "cs_session=\"quoted\"; cs_session=second", "cs_session=' OR 1=1 --", "__Host-cs_session=garbage",
                "cs_csrf=AAAAAAAAAAAAAAAAAAAAAA", "cs_csrf=x; cs_session=y", "=;;;=", "cs_session=" + "B".repeat(20_000));
        for (String cookie : cookies) {
            for (String path : List.of("/", "/schrift", "/nakijken/" + w.answerA, "/beheer", "/account", "/inloggen")) {
                sendBare(actor, bare, HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).GET(), "GET " + path, "cookie " + shorten(cookie));
            }
            for (String path : List.of("/schrift/delen", "/uitloggen", "/inloggen", "/nakijken/" + w.answerA)) {
                sendBare(actor, bare, HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=AAAAAAAAAAAAAAAAAAAAAA&step=2")), "POST " + path, "cookie " + shorten(cookie));
            }
        }
    }

    // --- sending and counting ---

    static void get(Actor actor, String path, String variant) {
        send(actor, actor.web(), HttpRequest.newBuilder(uri(path)).GET(), "GET " + shorten(path), variant);
    }

    static void post(Actor actor, String path, String variant, List<String> form) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < form.size(); i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(WebClient.encode(form.get(i))).append('=').append(WebClient.encode(form.get(i + 1)));
        }
        send(actor, actor.web(), HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "POST " + shorten(path), variant);
    }

    static void send(Actor actor, WebClient web, HttpRequest.Builder request, String what, String variant) {
        total.incrementAndGet();
        try {
            record(actor, web.send(request.copy()).status(), what, variant);
        } catch (UncheckedIOException first) {
            // After answering a broken request the server closes the connection; the client may already have
            // picked that pooled connection for this request. Once more, on a fresh connection, before calling it a failure.
            retries.incrementAndGet();
            try {
                record(actor, web.send(request).status(), what, variant);
            } catch (UncheckedIOException e) {
                failed(actor, what, variant, e.getCause().toString());
            }
        }
    }

    static void sendBare(Actor actor, HttpClient bare, HttpRequest.Builder request, String what, String variant) {
        total.incrementAndGet();
        try {
            record(actor, bare.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode(), what, variant);
        } catch (java.io.IOException e) {
            failed(actor, what, variant, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void record(Actor actor, int status, String what, String variant) {
        statuses.computeIfAbsent(String.valueOf(status), k -> new AtomicInteger()).incrementAndGet();
        if (status >= 500) failures.add(actor.name() + " " + what + " [" + variant + "] -> " + status);
    }

    static void failed(Actor actor, String what, String variant, String error) {
        statuses.computeIfAbsent("no answer", k -> new AtomicInteger()).incrementAndGet();
        failures.add(actor.name() + " " + what + " [" + variant + "] -> " + error);
    }

    static URI uri(String path) {
        return URI.create(w.app.url(path));
    }

    static String shorten(String s) {
        String printable = s.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return printable.length() > 40 ? printable.substring(0, 20) + "...(" + s.length() + " chars)" : printable;
    }
}
