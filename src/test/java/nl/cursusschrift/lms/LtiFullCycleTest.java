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
import org.junit.jupiter.api.Test;

/** The whole cycle against the simulated platform: login, launch, deep link, submit, score received, roster. */
class LtiFullCycleTest {
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    @Test
    void loginLaunchDeepLinkSubmitScoreRoster() throws Exception {
        try (TestApp app = TestApp.start(); SimulatedPlatform platform = new SimulatedPlatform()) {
            LtiFlow.register(app, platform);

            // The instructor places step 1 in the course through deep linking.
            SimulatedPlatform.Launch dl = person("jan", INSTRUCTOR);
            dl.messageType = "LtiDeepLinkingRequest";
            dl.linkId = null;
            dl.customStep = null;
            dl.deepLinkReturn = platform.url("/deeplink-return");
            platform.next = dl;
            WebClient teacher = app.client();
            String pick = LtiFlow.launch(app, platform, teacher).res().location();
            teacher.get(pick);
            var answer = teacher.post(pick, "stap", "1");
            var form = answer.doc().selectFirst("form[data-auto-submit]");
            HttpResponse<String> returned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(form.attr("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("JWT=" + form.selectFirst("input[name=JWT]").val())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, returned.statusCode(), returned.body());
            JWTClaimsSet response = platform.deepLinkResponses.get(0);
            @SuppressWarnings("unchecked")
            Map<String, Object> item = ((List<Map<String, Object>>) response.getClaim(Claims.DL_CONTENT_ITEMS)).get(0);

            // The platform made the link and its line item; the learner opens it as the platform launches it.
            SimulatedPlatform.Launch launch = person("kim", LEARNER);
            launch.linkId = "placed-1";
            launch.customStep = String.valueOf(((Map<?, ?>) item.get("custom")).get("step"));
            launch.lineitem = platform.url("/lineitems/" + ((Map<?, ?>) item.get("lineItem")).get("resourceId") + "/lineitem");
            platform.next = launch;
            WebClient learner = app.client();
            var landed = LtiFlow.launch(app, platform, learner, "/lti/login?iss=" + WebClient.encode(platform.issuer) + "&login_hint=kim&target_link_uri="
                    + WebClient.encode(String.valueOf(item.get("url"))));
            assertEquals("/les/1", landed.res().location());
            learner.get("/opdracht/1");
            assertEquals(303, LtiGradesTest.post(learner, "/opdracht/1/inleveren", LtiGradesTest.stepOne()).status());
            nl.cursusschrift.Eventually.waitFor(() -> platform.scores.size() == 1, "the score");
            assertTrue(platform.scores.get(0).startsWith("/lineitems/step-1/lineitem/scores ") && platform.scores.get(0).contains("\"userId\":\"kim\""),
                    platform.scores.get(0));

            // The roster brings in who never launched.
            platform.members.add(Map.of("user_id", "nog-niet", "name", "Noor Nognietgeweest", "roles", List.of(LEARNER)));
            var courses = teacher.get("/lti/cursussen");
            assertEquals(303, teacher.post(courses.doc().selectFirst("form[action$=/deelnemers-ophalen]").attr("action")).status());
            assertTrue(teacher.get("/deelnemers").text("main").contains("Noor Nognietgeweest"));
            assertTrue(teacher.get("/deelnemers").text("main").contains("Leerling kim"));
        }
    }

    static SimulatedPlatform.Launch person(String subject, String role) {
        SimulatedPlatform.Launch l = new SimulatedPlatform.Launch();
        l.subject = subject;
        l.name = "Leerling " + subject;
        l.email = subject + "@school.example";
        l.roles = List.of(role);
        l.contextId = "course-cycle";
        l.contextTitle = "Volledige cyclus";
        return l;
    }
}
