package nl.cursusschrift.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LtiDeepLinkingTest {
    static TestApp app;
    static SimulatedPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        platform = new SimulatedPlatform();
        LtiFlow.register(app, platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
        app.close();
    }

    static SimulatedPlatform.Launch deepLinking(String subject, String role) {
        SimulatedPlatform.Launch l = new SimulatedPlatform.Launch();
        l.subject = subject;
        l.email = subject + "@school.example";
        l.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#" + role);
        l.messageType = "LtiDeepLinkingRequest";
        l.linkId = null;
        l.customStep = null;
        l.deepLinkReturn = platform.url("/deeplink-return");
        return l;
    }

    @Test
    void anInstructorPicksSteps_andThePlatformReceivesASignedResponseItVerifies() throws Exception {
        platform.next = deepLinking("dora", "Instructor");
        WebClient web = app.client();
        var out = LtiFlow.launch(app, platform, web);
        assertEquals(303, out.res().status(), out.res().body());
        String pick = out.res().location();
        assertTrue(pick.startsWith("/lti/lessen-kiezen/"), pick);
        var page = web.get(pick);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors " + platform.issuer));

        var none = web.post(pick);
        assertEquals(422, none.status());
        assertEquals("Kies minstens één les.", none.text("#fouten"));

        var answer = web.post(pick, "stap", "2", "stap", "3", "stap", "99");
        assertEquals(200, answer.status());
        var form = answer.doc().selectFirst("form[data-auto-submit]");
        assertEquals(platform.url("/deeplink-return"), form.attr("action"));
        assertTrue(answer.header("Content-Security-Policy").contains("form-action 'self' " + platform.issuer), answer.header("Content-Security-Policy"));

        // The browser posts the form to the platform, which checks the signature against our JWKS.
        String jwt = form.selectFirst("input[name=JWT]").val();
        var posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("JWT=" + jwt)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        JWTClaimsSet response = platform.deepLinkResponses.get(platform.deepLinkResponses.size() - 1);
        assertEquals(SimulatedPlatform.CLIENT_ID, response.getIssuer());
        assertEquals(List.of(platform.issuer), response.getAudience());
        assertEquals("LtiDeepLinkingResponse", response.getClaim(Claims.MESSAGE_TYPE));
        assertEquals("1.3.0", response.getClaim(Claims.VERSION));
        assertEquals(SimulatedPlatform.DEPLOYMENT, response.getClaim(Claims.DEPLOYMENT_ID));
        assertEquals("csrf-of-platform", response.getClaim(Claims.DL_DATA), "the platform's data comes back unchanged");
        assertTrue(response.getClaim("nonce") != null && response.getExpirationTime() != null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) response.getClaim(Claims.DL_CONTENT_ITEMS);
        assertEquals(2, items.size());
        assertEquals("ltiResourceLink", items.get(0).get("type"));
        assertEquals(app.url("/les/2"), items.get(0).get("url"));
        assertEquals(Map.of("step", "2"), items.get(0).get("custom"));
        assertEquals("step-3", ((Map<?, ?>) items.get(1).get("lineItem")).get("resourceId"));
        assertEquals(1L, ((Number) ((Map<?, ?>) items.get(1).get("lineItem")).get("scoreMaximum")).longValue());

        assertEquals(404, web.post(pick, "stap", "2").status(), "a request is answered once");
    }

    @Test
    void aLearnerCannotPlaceSteps() {
        platform.next = deepLinking("luuk", "Learner");
        var before = LtiFlow.counts(app);
        var out = LtiFlow.launch(app, platform, app.client());
        assertEquals(401, out.res().status());
        assertTrue(out.res().text("main").contains("alleen een docent"));
        assertEquals(before, LtiFlow.counts(app));
    }

    @Test
    void anotherInstructorCannotAnswerSomeoneElsesRequest() {
        platform.next = deepLinking("dirk", "Instructor");
        WebClient dirk = app.client();
        String pick = LtiFlow.launch(app, platform, dirk).res().location();
        platform.next = deepLinking("eva", "Instructor");
        WebClient eva = app.client();
        LtiFlow.launch(app, platform, eva);
        assertEquals(404, eva.get(pick).status());
        assertEquals(200, dirk.get(pick).status());
    }
}
