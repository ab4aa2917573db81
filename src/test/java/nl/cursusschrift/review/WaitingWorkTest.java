package nl.cursusschrift.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What waits is in sight: a count on "Nakijken" for the instructor's cohorts (everyone's for an admin),
 * staff land on the queue, and after a decision the next waiting submission in the same filter opens.
 * Three learners of Najaar hand in step 2 a minute apart, one of Voorjaar step 1.
 */
class WaitingWorkTest {
    TestClock clock;
    TestApp app;
    List<String> answers = new ArrayList<>();

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(clock);
        String najaar = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        String voorjaar = Accounts.cohort(app, "Voorjaar", "VOORJAAR", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null), najaar);
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        for (int i = 0; i < 3; i++) {
            WebClient learner = learner("l" + i + "@example.nl", najaar);
            learner.get("/opdracht/2");
            assertEquals(303, ReviewTest.post(learner, "/opdracht/2/inleveren", ReviewTest.stepTwo("Winkel " + i)).status());
            answers.add(answerOf("l" + i + "@example.nl", 2));
            clock.advance(Duration.ofMinutes(1));
        }
        WebClient other = learner("ander@example.nl", voorjaar);
        other.get("/opdracht/1");
        assertEquals(303, other.post("/opdracht/1/inleveren", "organisatie", "Een bakkerij in Deventer", "rol", "Eigenaar", "klanten", "250",
                "aanbeveling", "8").status());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebClient learner(String email, String cohort) {
        String id = Accounts.user(app, Role.LEARNER, email, email.substring(0, email.indexOf('@')), cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return Accounts.login(app, email);
    }

    private String answerOf(String email, int step) {
        return app.app.database().reads().withHandle(h -> h.createQuery(
                "SELECT a.id FROM answer a JOIN app_user u ON u.id = a.user_id WHERE u.email = :e AND a.step = :s")
                .bind("e", email).bind("s", step).mapTo(String.class).one());
    }

    private static String badge(WebClient.Res page) {
        return page.text(".site-nav a[href=/nakijken] .badge");
    }

    @Test
    void nakijken_carriesTheCountOfWhatWaits_inTheInstructorsCohorts_everyonesForAnAdmin() {
        WebClient teacher = Accounts.login(app, "docent@example.nl");
        var page = teacher.get("/deelnemers");
        assertEquals("3 na te kijken", badge(page));
        assertTrue(page.text(".menu > summary").contains("3"), "the menu button on a phone says it too");
        assertEquals("4 na te kijken", badge(Accounts.login(app, "beheer@example.nl").get("/voortgang")));
        teacher.get("/nakijken/" + answers.get(0));
        ReviewTest.post(teacher, "/nakijken/" + answers.get(0), List.of("versie", "1", "actie", "goedkeuren", "overall", ""));
        assertEquals("2 na te kijken", badge(teacher.get("/nakijken")));
        assertNull(Accounts.login(app, "l0@example.nl").get("/").doc().selectFirst(".menu"), "a learner's short menu needs no button");
    }

    @Test
    void staffLandOnTheQueueAfterLoggingIn_aLinkTheyFollowedStillWins_learnersOnTheCourse() {
        for (String email : List.of("docent@example.nl", "beheer@example.nl")) {
            WebClient web = app.client();
            web.get("/inloggen");
            assertEquals("/nakijken", web.post("/inloggen", "email", email, "password", Accounts.PASSWORD).location(), email);
        }
        WebClient linked = app.client();
        linked.get("/inloggen?next=/voortgang");
        assertEquals("/voortgang", linked.post("/inloggen", "email", "docent@example.nl", "password", Accounts.PASSWORD, "next", "/voortgang").location());
        WebClient learner = app.client();
        learner.get("/inloggen");
        assertEquals("/", learner.post("/inloggen", "email", "l1@example.nl", "password", Accounts.PASSWORD).location());
    }

    @Test
    void afterADecision_theNextWaitingSubmissionInTheFilterOpens_andPreviousNextKeepTheFilter() {
        WebClient teacher = Accounts.login(app, "docent@example.nl");
        var queue = teacher.get("/nakijken?stap=2");
        assertEquals("/nakijken/" + answers.get(0) + "?stap=2", queue.doc().selectFirst("main table tbody a").attr("href"));
        var middle = teacher.get("/nakijken/" + answers.get(1) + "?stap=2");
        assertEquals("/nakijken/" + answers.get(0) + "?stap=2", middle.doc().selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/nakijken/" + answers.get(2) + "?stap=2", middle.doc().selectFirst("a[rel=next]").attr("href"));
        assertEquals("/nakijken?stap=2", middle.doc().selectFirst(".crumbs a").attr("href"));

        var first = teacher.get("/nakijken/" + answers.get(0) + "?stap=2");
        assertEquals("/nakijken/" + answers.get(0) + "?stap=2", first.doc().selectFirst("form.review-form").attr("action"));
        var approved = ReviewTest.post(teacher, "/nakijken/" + answers.get(0) + "?stap=2", List.of("versie", "1", "actie", "goedkeuren", "overall", "Goed."));
        assertEquals("/nakijken/" + answers.get(1) + "?stap=2", approved.location());
        var revised = ReviewTest.post(teacher, "/nakijken/" + answers.get(1) + "?stap=2", List.of("versie", "1", "actie", "aanpassen", "overall", "Meer."));
        assertEquals("/nakijken/" + answers.get(2) + "?stap=2", revised.location());
        teacher.get("/nakijken/" + answers.get(2) + "?stap=2");
        var last = ReviewTest.post(teacher, "/nakijken/" + answers.get(2) + "?stap=2", List.of("versie", "1", "actie", "goedkeuren", "overall", ""));
        assertEquals("/nakijken?stap=2", last.location(), "nothing left in the filter: back to the queue");
    }
}
