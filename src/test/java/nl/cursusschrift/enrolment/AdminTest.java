package nl.cursusschrift.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdminTest {
    static TestApp app;
    static WebClient admin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Beheerder", null);
        admin = Accounts.login(app, "beheer@example.nl");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void adminCreatesAnInstructor_whoSetsTheirOwnPasswordThroughTheLink() {
        admin.get("/beheer");
        var made = admin.post("/beheer/docenten", "name", "Greet Docent", "email", "greet@example.nl", "role", "instructor");
        assertEquals(200, made.status());
        String link = made.doc().selectFirst("#link").val();
        assertTrue(link.startsWith(app.url("/wachtwoord-herstellen/")), link);
        WebClient greet = app.client();
        String path = link.substring(app.url("").length());
        greet.get(path);
        assertEquals(303, greet.post(path, "password", "mijn eigen docentwachtwoord").status());
        greet.get("/inloggen");
        assertEquals(303, greet.post("/inloggen", "email", "greet@example.nl", "password", "mijn eigen docentwachtwoord").status());
        assertEquals(200, greet.get("/deelnemers").status());
        assertEquals(403, greet.get("/beheer").status(), "an instructor is not an admin");
    }

    @Test
    void adminCreatesACohortWithCodeAndExpiry_badValuesAreShownNextToTheirField() {
        admin.get("/beheer");
        var bad = admin.post("/beheer/groepen", "name", "", "code", "x", "start", "morgen", "expires", "");
        assertEquals(422, bad.status());
        assertEquals("Geef de groep een naam.", bad.text("#f-name-error"));
        assertEquals("Een code bestaat uit 4 tot 40 letters, cijfers of streepjes.", bad.text("#f-code-error"));
        assertEquals("Vul een datum in als 2026-01-12.", bad.text("#f-start-error"));
        assertEquals("morgen", bad.doc().selectFirst("#f-start").val());

        assertEquals(303, admin.post("/beheer/groepen", "name", "Winter", "code", "winter-27", "start", "2027-01-04", "expires", "2027-01-31").status());
        var page = admin.get("/beheer");
        assertTrue(page.text("main").contains("WINTER-27"));
        var duplicate = admin.post("/beheer/groepen", "name", "Dubbel", "code", "Winter-27", "start", "", "expires", "");
        assertEquals("Deze code is al in gebruik bij een andere groep.", duplicate.text("#f-code-error"));
        assertEquals(303, admin.post("/beheer/groepen", "name", "Zonder code", "code", "", "start", "", "expires", "").status());
        assertTrue(admin.get("/beheer").body().matches("(?s).*<code>[A-Z2-9]{4}-[A-Z2-9]{4}</code>.*"));
    }

    @Test
    void adminAssignsAnInstructorToACohort_whoThenSeesItsLearners() {
        String cohort = Accounts.cohort(app, "Team Zuid", "ZUID", null);
        String teacher = Accounts.user(app, Role.INSTRUCTOR, "zuid@example.nl", "Docent Zuid", null);
        Accounts.user(app, Role.LEARNER, "lid@example.nl", "Lid van Zuid", cohort);
        WebClient staff = Accounts.login(app, "zuid@example.nl");
        assertTrue(staff.get("/deelnemers").text("main").contains("Geen deelnemers gevonden"));
        admin.get("/beheer");
        assertEquals(303, admin.post("/beheer/groepen/" + cohort + "/docenten", "instructor", teacher).status());
        assertTrue(staff.get("/deelnemers").text("main table").contains("Lid van Zuid"));
        admin.get("/beheer");
        admin.post("/beheer/groepen/" + cohort + "/docenten/" + teacher + "/verwijderen");
        assertTrue(staff.get("/deelnemers").text("main").contains("Geen deelnemers gevonden"));
    }

    @Test
    void instructorMakesAResetLinkOnlyForTheirOwnLearners() {
        String cohort = Accounts.cohort(app, "Noord", "NOORD", null);
        String teacher = Accounts.user(app, Role.INSTRUCTOR, "noord@example.nl", "Docent Noord", null);
        Accounts.assign(app, teacher, cohort);
        String mine = Accounts.user(app, Role.LEARNER, "n1@example.nl", "Noorderling", cohort);
        String stranger = Accounts.user(app, Role.LEARNER, "n2@example.nl", "Vreemde", null);
        WebClient staff = Accounts.login(app, "noord@example.nl");
        staff.get("/deelnemers/" + mine);
        var link = staff.post("/deelnemers/" + mine + "/herstellink");
        assertEquals(200, link.status());
        assertTrue(link.doc().selectFirst("#link").val().contains("/wachtwoord-herstellen/"));
        assertEquals(404, staff.get("/deelnemers/" + stranger).status());
        assertEquals(404, staff.post("/deelnemers/" + stranger + "/herstellink").status());
        assertEquals(404, staff.post("/deelnemers/" + stranger + "/open", "open", "1").status());
        assertEquals(403, staff.post("/deelnemers/" + mine + "/groep", "groep", "").status(), "moving learners is for admins");
    }
}
