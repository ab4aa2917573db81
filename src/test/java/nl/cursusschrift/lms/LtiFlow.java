package nl.cursusschrift.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Drives a browser through the platform's login and launch, as a person clicking a link in their course would. */
final class LtiFlow {
    /** The launch's answer, and the token and state the browser posted. */
    record Outcome(WebClient.Res res, String idToken, String state) {
    }

    private static final HttpClient PLAIN = HttpClient.newHttpClient();

    private LtiFlow() {
    }

    /** Registers the platform through /beheer/lti, as an admin does. */
    static void register(TestApp app, SimulatedPlatform platform) {
        platform.toolJwksUrl = app.url("/lti/jwks.json");
        String email = "lti-beheer-" + System.nanoTime() + "@example.nl";
        Accounts.user(app, Role.ADMIN, email, "Beheerder", null);
        WebClient admin = Accounts.login(app, email);
        admin.get("/beheer/lti");
        List<String> form = new ArrayList<>();
        platform.registration().forEach((k, v) -> {
            form.add(k);
            form.add(v);
        });
        var res = admin.post("/beheer/lti", form.toArray(String[]::new));
        assertEquals(303, res.status(), res.body());
    }

    static Outcome launch(TestApp app, SimulatedPlatform platform, WebClient web) {
        return launch(app, platform, web, "/lti/login?iss=" + WebClient.encode(platform.issuer) + "&login_hint=hint-1&target_link_uri="
                + WebClient.encode(app.url("/les/3")) + "&client_id=" + SimulatedPlatform.CLIENT_ID + "&lti_deployment_id=" + SimulatedPlatform.DEPLOYMENT);
    }

    static Outcome launch(TestApp app, SimulatedPlatform platform, WebClient web, String loginPath) {
        var login = web.get(loginPath);
        assertEquals(302, login.status(), login.body());
        Document form = authorise(login.location());
        String token = form.selectFirst("input[name=id_token]").val();
        String state = form.selectFirst("input[name=state]").val();
        return new Outcome(post(app, web, form.selectFirst("form").attr("action"), token, state), token, state);
    }

    /** The browser at the platform's authorisation endpoint: the page with the form that posts the id_token back. */
    static Document authorise(String location) {
        try {
            return Jsoup.parse(PLAIN.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static WebClient.Res post(TestApp app, WebClient web, String action, String token, String state) {
        return web.postForm(action.substring(app.url("").length()), List.of("id_token", token, "state", state));
    }

    static long count(TestApp app, String table) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    static Map<String, Long> counts(TestApp app) {
        return Map.of("app_user", count(app, "app_user"), "cohort", count(app, "cohort"), "user_session", count(app, "user_session"),
                "lti_identity", count(app, "lti_identity"), "lti_context", count(app, "lti_context"), "lti_resource_link", count(app, "lti_resource_link"));
    }

    static String one(TestApp app, String sql, Object... args) {
        return app.app.database().reads().withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) q.bind(i, args[i]);
            return q.mapTo(String.class).findOne().orElse(null);
        });
    }
}
