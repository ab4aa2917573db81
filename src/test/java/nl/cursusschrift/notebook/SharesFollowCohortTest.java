package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 19, F16: what a learner shared goes with them when an admin moves them to another cohort. */
class SharesFollowCohortTest {
    TestApp app;
    String oldCohort, newCohort, movedId, shareId;
    WebClient moved, oldClassmate, newClassmate, oldInstructor, newInstructor, admin;

    @BeforeEach
    void start() {
        app = TestApp.start(TestClock.at("2026-11-23T09:00:00Z"));
        oldCohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        newCohort = Accounts.cohort(app, "Voorjaar", "VOORJAAR", null);
        movedId = learner("verhuisd@example.nl", "Vera Verhuisd", oldCohort);
        moved = Accounts.login(app, "verhuisd@example.nl");
        learner("oud@example.nl", "Otto Oud", oldCohort);
        oldClassmate = Accounts.login(app, "oud@example.nl");
        learner("nieuw@example.nl", "Nina Nieuw", newCohort);
        newClassmate = Accounts.login(app, "nieuw@example.nl");
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent-oud@example.nl", "Olga Oud", null), oldCohort);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent-nieuw@example.nl", "Nico Nieuw", null), newCohort);
        Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheer", null);
        oldInstructor = Accounts.login(app, "docent-oud@example.nl");
        newInstructor = Accounts.login(app, "docent-nieuw@example.nl");
        admin = Accounts.login(app, "beheer@example.nl");

        moved.get("/opdracht/1");
        assertEquals(303, moved.post("/opdracht/1/inleveren", NotebookTest.stepOne("Een fietsenwinkel die verhuist").toArray(String[]::new)).status());
        moved.get("/schrift");
        assertEquals(303, moved.post("/schrift/delen", "step", "1", "target", "").status());
        shareId = app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM share").mapTo(String.class).one());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String learner(String email, String name, String cohort) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return id;
    }


    private WebClient.Res hide(WebClient staff, String value) {
        staff.get("/les/1");
        return staff.post("/reacties/" + shareId + "/verbergen", "verberg", value);
    }

    @Test
    void afterAMove_theNewCohortReadsAndHidesTheShares_theOldOneNoLonger() {
        assertTrue(oldClassmate.get("/les/1").body().contains("Een fietsenwinkel die verhuist"));
        assertTrue(oldInstructor.get("/les/1").body().contains("Een fietsenwinkel die verhuist"));
        assertFalse(newInstructor.get("/les/1").body().contains("Een fietsenwinkel die verhuist"));

        admin.get("/deelnemers/" + movedId);
        assertEquals(303, admin.post("/deelnemers/" + movedId + "/groep", "groep", newCohort).status());

        assertFalse(oldClassmate.get("/les/1").body().contains("Een fietsenwinkel die verhuist"), "the old cohort no longer reads it");
        assertFalse(oldInstructor.get("/les/1").body().contains("Een fietsenwinkel die verhuist"));
        assertEquals(404, hide(oldInstructor, "1").status(), "nor hides it");
        assertTrue(newClassmate.get("/les/1").body().contains("Een fietsenwinkel die verhuist"), "the new cohort reads it");
        assertTrue(newInstructor.get("/les/1").body().contains("Een fietsenwinkel die verhuist"));
        assertEquals(303, hide(newInstructor, "1").status(), "and its instructor may hide it");
        assertFalse(newClassmate.get("/les/1").body().contains("Een fietsenwinkel die verhuist"));
        assertTrue(moved.get("/schrift").text("#stap-1 .shared").contains("verborgen door je docent"));
        assertEquals(303, hide(newInstructor, "0").status());

        newClassmate.get("/les/1");
        assertEquals(303, newClassmate.post("/reacties/" + shareId + "/reageren", "tekst", "Welkom in de groep!").status());
        oldClassmate.get("/les/1");
        assertEquals(404, oldClassmate.post("/reacties/" + shareId + "/reageren", "tekst", "Ik was je oude groep").status());
    }
}
