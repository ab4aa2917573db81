package nl.cursusschrift.lms;

import nl.cursusschrift.Eventually;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LtiGradesTest {
    TestClock clock;
    TestApp app;
    SimulatedPlatform platform;

    @BeforeEach
    void start() throws Exception {
        clock = new TestClock(Instant.now());
        app = TestApp.start(clock);
        platform = new SimulatedPlatform();
        LtiFlow.register(app, platform);
    }

    @AfterEach
    void stop() {
        platform.close();
        app.close();
    }

    SimulatedPlatform.Launch launch(String subject, String role, String context, String lineitem) {
        SimulatedPlatform.Launch l = new SimulatedPlatform.Launch();
        l.subject = subject;
        l.email = subject + "@school.example";
        l.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#" + role);
        l.contextId = context;
        l.linkId = "link-" + context;
        l.customStep = "1";
        l.lineitem = lineitem;
        return l;
    }

    static List<String> stepOne() {
        return new ArrayList<>(List.of("organisatie", "Bakkerij De Korenbloem", "rol", "Eigenaar", "kanalen", "Balie", "kanalen", "E-mail",
                "klanten", "250", "aanbeveling", "9", "sinds", "2019-03-01", "beltijd", "10.30"));
    }

    static WebClient.Res post(WebClient web, String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("_csrf");
        all.add(web.csrf());
        return web.postForm(path, all);
    }

    @Test
    void submittingAndApproving_sendOneScoreEach_toTheLineItemOfThatCourse_alsoAfterThePlatformWasDown() {
        String lineitem = platform.url("/lineitems/7/lineitem");
        platform.next = launch("stijn", "Learner", "course-a", lineitem);
        WebClient learner = app.client();
        assertEquals("/les/1", LtiFlow.launch(app, platform, learner).res().location());
        // Another course of the same platform, with its own line item for step 1: none of Stijn's scores go there.
        platform.next = launch("other", "Learner", "course-b", platform.url("/lineitems/8/lineitem"));
        LtiFlow.launch(app, platform, app.client());

        learner.get("/opdracht/1");
        assertEquals(303, post(learner, "/opdracht/1/inleveren", stepOne()).status());
        Eventually.waitFor(() -> platform.scores.size() == 1, "the submission's score");
        String submitted = platform.scores.get(0);
        assertTrue(submitted.startsWith("/lineitems/7/lineitem/scores "), submitted);
        assertTrue(submitted.contains("\"userId\":\"stijn\"") && submitted.contains("\"activityProgress\":\"Submitted\"")
                && submitted.contains("\"gradingProgress\":\"PendingManual\""), submitted);
        var token = platform.tokenRequests.get(0);
        assertEquals(Claims.SCOPE_SCORE, token.get("scope"));

        platform.scoresDown = true;
        platform.next = launch("tessa", "Instructor", "course-a", lineitem);
        WebClient teacher = app.client();
        LtiFlow.launch(app, platform, teacher);
        String answer = LtiFlow.one(app, "SELECT a.id FROM answer a JOIN lti_identity i ON i.user_id = a.user_id WHERE i.subject = ? AND a.step = 1", "stijn");
        teacher.get("/nakijken/" + answer);
        assertEquals(303, post(teacher, "/nakijken/" + answer, List.of("versie", "1", "actie", "goedkeuren", "overall", "Heel goed.")).status());
        Eventually.waitFor(() -> "1".equals(LtiFlow.one(app, "SELECT COUNT(*) FROM lti_score WHERE sent_at IS NULL AND attempts >= 1")), "a failed attempt");
        assertTrue(LtiFlow.one(app, "SELECT last_error FROM lti_score WHERE sent_at IS NULL").contains("503"));
        assertEquals(1, platform.scores.size(), "nothing got through while the platform was down");

        platform.scoresDown = false;
        clock.advance(ScoreSender.backoff(0).plusSeconds(1));
        Eventually.waitFor(() -> platform.scores.size() == 2, "the approval's score once the platform is back");
        String approved = platform.scores.get(1);
        assertTrue(approved.startsWith("/lineitems/7/lineitem/scores "), approved);
        assertTrue(approved.contains("\"scoreGiven\":1.0") && approved.contains("\"scoreMaximum\":1.0")
                && approved.contains("\"gradingProgress\":\"FullyGraded\"") && approved.contains("\"activityProgress\":\"Completed\""), approved);
        Eventually.waitFor(() -> "0".equals(LtiFlow.one(app, "SELECT COUNT(*) FROM lti_score WHERE sent_at IS NULL")), "both marked sent");
        assertEquals("2", LtiFlow.one(app, "SELECT COUNT(*) FROM lti_score"));
        assertEquals(2, platform.scores.size(), "each score exactly once");
    }

    @Test
    void theBackoffGrowsToAnHour() {
        assertEquals(Duration.ofSeconds(30), ScoreSender.backoff(0));
        assertEquals(Duration.ofSeconds(60), ScoreSender.backoff(1));
        assertEquals(Duration.ofHours(1), ScoreSender.backoff(20));
        assertEquals("https://p.example/li/1/scores?x=1", Scores.scoresUrl("https://p.example/li/1?x=1"));
    }
}
