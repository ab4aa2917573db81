package nl.cursusschrift.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LtiRosterTest {
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

    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    @Test
    void anInstructorFetchesTheMembers_andLearnersWhoNeverLaunchedAppearInTheCohort() {
        Accounts.user(app, Role.LEARNER, "bas@school.example", "Bas Bestaand", null);
        SimulatedPlatform.Launch l = new SimulatedPlatform.Launch();
        l.subject = "ines";
        l.email = "ines@school.example";
        l.name = "Ines Instructeur";
        l.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        l.contextId = "course-roster";
        l.contextTitle = "Rooster cursus";
        l.linkId = "link-roster";
        platform.next = l;
        WebClient teacher = app.client();
        assertEquals(303, LtiFlow.launch(app, platform, teacher).res().status());
        platform.members.add(Map.of("user_id", "m-1", "name", "Mila Lid", "email", "mila@school.example", "roles", List.of(LEARNER), "status", "Active"));
        platform.members.add(Map.of("user_id", "m-2", "name", "Bas Platform", "email", "bas@school.example", "roles", List.of(LEARNER)));
        platform.members.add(Map.of("user_id", "m-3", "name", "Vera Vertrokken", "roles", List.of(LEARNER), "status", "Inactive"));
        platform.members.add(Map.of("user_id", "ines", "name", "Ines Instructeur", "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")));

        var page = teacher.get("/lti/cursussen");
        assertEquals(200, page.status());
        assertTrue(page.text("main").contains("Rooster cursus"));
        String action = page.doc().selectFirst("form[action$=/deelnemers-ophalen]").attr("action");
        var synced = teacher.post(action);
        assertEquals(303, synced.status(), synced.body());
        assertTrue(teacher.get("/lti/cursussen").text("main").contains("2 nieuwe deelnemers uit 'Rooster cursus' toegevoegd."));
        assertEquals(Claims.SCOPE_MEMBERSHIPS, platform.tokenRequests.get(platform.tokenRequests.size() - 1).get("scope"));

        String cohort = action.split("/")[3];
        String learners = teacher.get("/deelnemers?groep=" + cohort).text("main");
        assertTrue(learners.contains("Mila Lid") && learners.contains("Bas Platform"), learners);
        assertFalse(learners.contains("Vera Vertrokken"), "an inactive member is not added");
        String bas = LtiFlow.one(app, "SELECT u.email FROM app_user u JOIN lti_identity i ON i.user_id = u.id WHERE i.subject = ?", "m-2");
        assertTrue(bas.endsWith("@lti.invalid"), "the e-mail of an existing account is not taken over: " + bas);

        teacher.post(action);
        assertTrue(teacher.get("/lti/cursussen").text("main").contains("er was niemand nieuw"));

        platform.next = l;
        Accounts.user(app, Role.INSTRUCTOR, "ander@example.nl", "Andere Docent", null);
        WebClient other = Accounts.login(app, "ander@example.nl");
        assertFalse(other.get("/lti/cursussen").text("main").contains("Rooster cursus"));
        other.get("/lti/cursussen");
        assertEquals(404, other.post(action).status(), "another instructor's course");
    }
}
