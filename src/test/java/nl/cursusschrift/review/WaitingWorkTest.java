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
import nl.cursusschrift.db.QueryStats;
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
    String najaar;
    String voorjaar;
    String teacherId;

    @BeforeEach
    void start() {
        clock = TestClock.at("2026-11-23T09:00:00Z");
        app = TestApp.start(clock);
        najaar = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        voorjaar = Accounts.cohort(app, "Voorjaar", "VOORJAAR", null);
        teacherId = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null);
        Accounts.assign(app, teacherId, najaar);
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

    /**
     * The count is kept per staff member until the queue's version moves (V13). Every change here is made
     * straight in the database, as another instance would, with no event on this one.
     */
    @Test
    void theKeptCount_followsEveryChangeOfWhatWaits_andWhoseWorkSomeoneSees_alsoFromAnotherInstance() {
        WebClient teacher = Accounts.login(app, "docent@example.nl");
        assertEquals("3 na te kijken", badge(teacher.get("/deelnemers")));
        assertEquals("3 na te kijken", badge(teacher.get("/deelnemers")), "kept");

        sql("UPDATE answer SET state = 'reviewed' WHERE id = '" + answers.get(0) + "'");
        assertEquals("2 na te kijken", badge(teacher.get("/deelnemers")), "a submission left the queue");
        sql("UPDATE answer SET state = 'submitted' WHERE id = '" + answers.get(0) + "'");
        assertEquals("3 na te kijken", badge(teacher.get("/deelnemers")), "and came back");
        sql("INSERT INTO instructor_cohort (user_id, cohort_id) VALUES ('" + teacherId + "', '" + voorjaar + "')");
        assertEquals("4 na te kijken", badge(teacher.get("/deelnemers")), "a cohort was assigned to the instructor");
        sql("UPDATE app_user SET cohort_id = NULL WHERE email = 'ander@example.nl'");
        assertEquals("3 na te kijken", badge(teacher.get("/deelnemers")), "a learner left the instructor's cohorts");
        sql("DELETE FROM answer WHERE id = '" + answers.get(2) + "'");
        assertEquals("2 na te kijken", badge(teacher.get("/deelnemers")), "a submission was deleted");
        sql("DELETE FROM cohort WHERE id = '" + najaar + "'");
        assertNull(teacher.get("/deelnemers").doc().selectFirst(".site-nav a[href=/nakijken] .badge"),
                "the cohort is gone, and with it the instructor's assignment and its learners' membership");
        assertEquals("3 na te kijken", badge(Accounts.login(app, "beheer@example.nl").get("/deelnemers")), "an admin counts everyone, in a cohort or not");
    }

    @Test
    void theCount_isKept_whileNothingChanges() {
        WebClient teacher = Accounts.login(app, "docent@example.nl");
        teacher.get("/deelnemers");
        long before = QueryStats.total();
        teacher.get("/deelnemers");
        long kept = QueryStats.total() - before;
        sql("INSERT INTO instructor_cohort (user_id, cohort_id) VALUES ('" + teacherId + "', '" + voorjaar + "')");
        before = QueryStats.total();
        teacher.get("/deelnemers");
        assertEquals(kept + 1, QueryStats.total() - before, "after a change the count is read again, once; before it, it was kept");
    }

    private void sql(String statement) {
        app.app.database().write(h -> h.createUpdate(statement).execute());
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
