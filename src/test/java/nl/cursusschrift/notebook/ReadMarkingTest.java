package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.insight.CourseAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 19, F11: no GET changes state. Feedback counts as read only when the page posts that it showed it. */
class ReadMarkingTest {
    TestApp app;
    WebClient learner;

    @BeforeEach
    void start() {
        app = TestApp.start(Path.of("content"), Clock.system(Main.ZONE));
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        learner = Accounts.learnerWithAllStepsOpen(app, "lezer@example.nl", "Lies Lezer");
        WebClient admin = Accounts.login(app, "beheer@example.nl");
        learner.get("/opdracht/7");
        submit(7, CourseAnswers.step7(10, 9, 9, 8, 7, 6, 5, 10, 9, 3));
        submit(8, stepEight());
        for (int step : new int[] {7, 8}) {
            String answer = one("SELECT id FROM answer WHERE step = " + step);
            admin.get("/nakijken/" + answer);
            assertEquals(303, admin.post("/nakijken/" + answer, "versie", "1", "actie", "goedkeuren", "overall", "Mooi werk bij stap " + step).status());
        }
        assertEquals(2, unread());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static List<String> stepEight() {
        LocalDateTime now = LocalDateTime.now(Main.ZONE).withSecond(0).withNano(0);
        List<String> form = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            form.addAll(List.of("afscheid[" + i + "].at", now.minusHours(i + 1).toString(), "afscheid[" + i + "].waar", "Winkel " + i,
                    "afscheid[" + i + "].hoe", "Met een glimlach", "afscheid[" + i + "].hoogtepunt", i == 0 ? "Ja" : "Nee"));
        }
        form.addAll(List.of("eerste_moment", "Het einde", "toelichting", "Het afscheid is nu kort en koud; dat gaan we veranderen."));
        return form;
    }

    private void submit(int step, List<String> fields) {
        List<String> form = new ArrayList<>(fields);
        form.addAll(List.of("_csrf", learner.csrf()));
        var res = learner.postForm("/opdracht/" + step + "/inleveren", form);
        assertEquals(303, res.status(), res.body());
    }

    private String one(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private int unread() {
        return Integer.parseInt(one("SELECT COUNT(*) FROM review WHERE released_at IS NOT NULL AND read_at IS NULL"));
    }

    private WebClient.Res get(String path, String site) {
        return learner.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Sec-Fetch-Site", site)
                .header("Sec-Fetch-Mode", "navigate").GET());
    }

    @Test
    void crossSiteGetsOfTheLessonTheAssignmentAndTheNotebook_markNothingRead() {
        for (String path : List.of("/les/7", "/opdracht/8", "/schrift")) {
            var res = get(path, "cross-site");
            assertEquals(200, res.status(), path);
            assertTrue(res.text("main").contains("nieuw"), path + " still shows the feedback as new");
        }
        assertEquals(2, unread());
        for (String path : List.of("/les/7", "/opdracht/8", "/schrift")) assertEquals(200, get(path, "same-origin").status());
        assertEquals(2, unread(), "not even a GET from the site itself: only the page's POST marks");
    }

    @Test
    void thePagePostsWhatItShowed_andOnlyThatIsMarked() {
        var page = learner.get("/opdracht/8");
        var form = page.doc().selectFirst("#opdracht form[data-mark-read]");
        assertEquals("/schrift/gelezen", form.attr("action"));
        List<String> fields = new ArrayList<>();
        for (var input : form.select("input[type=hidden]")) fields.addAll(List.of(input.attr("name"), input.val()));
        assertEquals(List.of("8"), form.select("input[name=stap]").eachAttr("value"));
        var res = learner.postForm("/schrift/gelezen", fields);
        assertEquals(303, res.status());
        assertEquals("/opdracht/8", res.location());
        assertEquals(1, unread(), "step 7 is still new");
        var json = learner.postFormForJson("/schrift/gelezen", List.of("stap", "7", "_csrf", learner.csrf()));
        assertEquals(204, json.status());
        assertEquals(0, unread());
        assertEquals(403, learner.postForm("/schrift/gelezen", List.of("stap", "7")).status(), "without the page's token, refused");
    }
}
