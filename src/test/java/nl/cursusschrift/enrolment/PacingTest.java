package nl.cursusschrift.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PacingTest {
    final TestClock clock = TestClock.at("2026-11-23T09:00:00Z");
    TestApp app;

    @AfterEach
    void stop() {
        if (app != null) app.close();
    }

    private static String lockText(WebClient web, int step) {
        var card = web.get("/").doc().select(".step-card").get(step - 1);
        var pill = card.selectFirst(".pill.locked");
        return pill == null ? null : pill.text();
    }

    private String learnerId(String email) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM app_user WHERE email = :e")
                .bind("e", email).mapTo(String.class).one());
    }

    @Test
    void learnerSeesWeekOneOpenAndWeekTwoLockedWithItsDate_thenItOpensAWeekLater() {
        app = TestApp.start(clock);
        WebClient web = Accounts.register(app, "ans@example.nl", "Ans");
        assertNull(lockText(web, 1));
        assertEquals("Opent op maandag 30 november 2026", lockText(web, 2));
        assertEquals("Opent op maandag 7 december 2026", lockText(web, 3));
        var locked = web.get("/les/2");
        assertNull(locked.doc().selectFirst(".prose"), "the text of a locked step is not shown");
        clock.advance(Duration.ofDays(7));
        web = Accounts.login(app, "ans@example.nl");
        assertNull(lockText(web, 2));
        assertNotNull(web.get("/les/2").doc().selectFirst(".prose"));
        assertEquals("Stap 2: Alle contactmomenten", web.get("/").text("#nu-kop"));
    }

    @Test
    void instructorShiftsALearnersStartAndOpensEverything() {
        app = TestApp.start(clock);
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        String teacher = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null);
        Accounts.assign(app, teacher, cohort);
        WebClient learner = app.client();
        learner.get("/registreren");
        learner.post("/registreren", "name", "Wim", "email", "wim@example.nl", "password", Accounts.PASSWORD, "code", "NAJAAR");
        String wim = learnerId("wim@example.nl");

        WebClient staff = Accounts.login(app, "docent@example.nl");
        assertTrue(staff.get("/deelnemers").text("main table").contains("Wim"));
        staff.get("/deelnemers/" + wim);
        var bad = staff.post("/deelnemers/" + wim + "/startdatum", "start", "volgende week");
        assertEquals(422, bad.status());
        assertEquals("Vul een datum in als 2026-01-12.", bad.text("#f-start-error"));
        assertEquals(303, staff.post("/deelnemers/" + wim + "/startdatum", "start", "2026-12-14").status());
        assertEquals("Opent op maandag 14 december 2026", lockText(learner, 1));
        assertEquals("Opent op maandag 21 december 2026", lockText(learner, 2));

        assertEquals(303, staff.post("/deelnemers/" + wim + "/open", "open", "1").status());
        for (int step = 1; step <= 3; step++) assertNull(lockText(learner, step));
        staff.post("/deelnemers/" + wim + "/open", "open", "0");
        staff.post("/deelnemers/" + wim + "/startdatum", "start", "");
        assertNull(lockText(learner, 1));
        assertEquals("Opent op maandag 30 november 2026", lockText(learner, 2));
    }

    @Test
    void instructorOpensAllStepsForTheirCohort_notForOthers() {
        app = TestApp.start(clock);
        String mine = Accounts.cohort(app, "Mijn groep", "MIJN", null);
        String other = Accounts.cohort(app, "Andere groep", "ANDER", null);
        String teacher = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null);
        Accounts.assign(app, teacher, mine);
        Accounts.user(app, Role.LEARNER, "jan@example.nl", "Jan", mine);
        Accounts.user(app, Role.LEARNER, "kim@example.nl", "Kim", other);
        WebClient staff = Accounts.login(app, "docent@example.nl");
        staff.get("/deelnemers?groep=" + mine);
        assertEquals(404, staff.post("/groepen/" + other + "/open", "open", "1").status());
        assertEquals(303, staff.post("/groepen/" + mine + "/open", "open", "1").status());
        assertNull(lockText(Accounts.login(app, "jan@example.nl"), 3));
        assertNotNull(lockText(Accounts.login(app, "kim@example.nl"), 3));
    }

    @Test
    void cohortStartDateAndCourseStartDateCount_openPacingOpensEverything() throws IOException {
        Path content = TestApp.copyOf(TestApp.FIXTURE_COURSE);
        Files.writeString(content.resolve("course.yml"), "title: Cursus\nstart_date: 2026-11-09\n");
        app = TestApp.start(content, clock);
        String later = Accounts.cohort(app, "Later", "LATER", LocalDate.of(2026, 12, 7));
        Accounts.user(app, Role.LEARNER, "a@example.nl", "A", null);
        Accounts.user(app, Role.LEARNER, "b@example.nl", "B", later);
        WebClient a = Accounts.login(app, "a@example.nl");
        assertNull(lockText(a, 3), "course started 9 November: week 3 opened 23 November");
        WebClient b = Accounts.login(app, "b@example.nl");
        assertEquals("Opent op maandag 7 december 2026", lockText(b, 1));
        app.close();

        Files.writeString(content.resolve("course.yml"), "title: Cursus\npacing: open\n");
        app = TestApp.start(content, clock);
        Accounts.user(app, Role.LEARNER, "c@example.nl", "C", null);
        WebClient c = Accounts.login(app, "c@example.nl");
        for (int step = 1; step <= 3; step++) assertNull(lockText(c, step));
        assertNull(lockText(app.client(), 3), "visitors too");
    }

    @Test
    void staffReadEveryStep() {
        app = TestApp.start(clock);
        Accounts.user(app, Role.INSTRUCTOR, "d@example.nl", "D", null);
        WebClient staff = Accounts.login(app, "d@example.nl");
        assertNull(lockText(staff, 3));
        assertFalse(staff.get("/les/3").doc().select(".prose").isEmpty());
    }
}
