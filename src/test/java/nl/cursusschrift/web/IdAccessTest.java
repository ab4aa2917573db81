package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route with an id in its path, tried by the wrong people: another learner, a learner on
 * staff routes, the instructor of the other cohort, a visitor. Each denial is paired with the
 * right person getting through, so the test fails if everything answers 404.
 */
class IdAccessTest {
    static int allCells;
    World w;
    int cells;

    @BeforeEach
    void start() {
        w = new World();
    }

    @AfterEach
    void stop() {
        allCells += cells;
        System.out.println("IdAccessTest: " + cells + " (route, actor) cells checked, " + allCells + " so far");
        if (w != null) w.close();
    }

    // --- the checks, each one cell ---

    WebClient.Res get(WebClient web, String path) {
        cells++;
        return web.get(path);
    }

    WebClient.Res post(WebClient web, String path, String... form) {
        cells++;
        return World.post(web, path, form);
    }

    void allowed(WebClient.Res res, String what, String... mustContain) {
        assertTrue(res.status() == 200 || res.status() == 303, what + " -> " + res.status());
        for (String s : mustContain) assertTrue(res.body().contains(s), what + " should show " + s);
    }

    /** 403 or 404, and none of the secret text in the answer. */
    void denied(WebClient.Res res, String what, String... secrets) {
        assertTrue(res.status() == 403 || res.status() == 404, what + " -> " + res.status());
        for (String s : secrets) assertFalse(res.body().contains(s), what + " leaks " + s);
    }

    /** A visitor is sent to the login page (GET) or refused (POST); never a page with data. */
    void signInFirst(WebClient.Res res, String what, String... secrets) {
        int s = res.status();
        if (s == 302 || s == 303) {
            assertTrue(res.location().startsWith("/inloggen"), what + " -> " + res.location());
        } else {
            assertTrue(s == 401 || s == 403 || s == 404, what + " -> " + s);
        }
        for (String secret : secrets) assertFalse(res.body().contains(secret), what + " leaks " + secret);
    }

    // --- the matrix ---

    @Test
    void reviewPages_onlyForTheInstructorsOfTheLearnersCohort() {
        for (WebClient web : List.of(w.ix, w.iy, w.a, w.b, w.c, w.admin)) web.get("/nakijken");
        allowed(get(w.ix, "/nakijken/" + w.answerB), "IX on B's answer", "Bakker van Bram");
        allowed(get(w.iy, "/nakijken/" + w.answerC), "IY on C's answer", "Kapper van Cor");
        allowed(get(w.admin, "/nakijken/" + w.answerC), "admin on C's answer", "Kapper van Cor");
        denied(get(w.iy, "/nakijken/" + w.answerA), "IY on A's answer", "Fietsenmaker van Anna");
        denied(get(w.iy, "/nakijken/" + w.answerB), "IY on B's answer", "Bakker van Bram");
        denied(get(w.ix, "/nakijken/" + w.answerC), "IX on C's answer", "Kapper van Cor");
        for (WebClient learner : List.of(w.a, w.b, w.c)) {
            for (String answer : List.of(w.answerA, w.answerB, w.answerC)) {
                denied(get(learner, "/nakijken/" + answer), "learner on /nakijken/" + answer, "Bakker van Bram", "Kapper van Cor");
                denied(post(learner, "/nakijken/" + answer, "versie", "1", "actie", "goedkeuren", "overall", "zelf goedgekeurd"), "learner decides");
            }
        }
        signInFirst(get(w.anonymous, "/nakijken/" + w.answerB), "visitor on B's answer", "Bakker van Bram");
        signInFirst(post(w.anonymous, "/nakijken/" + w.answerB, "versie", "1", "actie", "goedkeuren"), "visitor decides");

        denied(post(w.iy, "/nakijken/" + w.answerB, "versie", "1", "actie", "goedkeuren", "overall", "IY keurt goed"), "IY decides on B");
        assertEquals("submitted", w.one("SELECT state FROM answer WHERE id = '" + w.answerB + "'"));
        assertEquals(0, w.count("SELECT COUNT(*) FROM review WHERE answer_id = '" + w.answerB + "'"));
        allowed(post(w.ix, "/nakijken/" + w.answerB, "versie", "1", "actie", "goedkeuren", "overall", "IX keurt goed"), "IX decides on B");
        assertEquals("approved", w.one("SELECT decision FROM review WHERE answer_id = '" + w.answerB + "'"));
    }

    @Test
    void feedbackAndVersions_areOnlyTheLearnersOwn() {
        allowed(get(w.a, "/schrift"), "A's own feedback", "Maak moment 1 concreter.");
        allowed(get(w.a, "/opdracht/2/versies/1"), "A's own version", "Fietsenmaker van Anna");
        for (WebClient other : List.of(w.b, w.c)) {
            var page = get(other, "/schrift");
            assertEquals(200, page.status());
            assertFalse(page.body().contains("Maak moment 1 concreter."), "someone else's feedback");
            var version = get(other, "/opdracht/2/versies/1");
            assertFalse(version.body().contains("Fietsenmaker van Anna"), "someone else's version");
        }
        for (WebClient staff : List.of(w.ix, w.iy, w.admin)) {
            denied(get(staff, "/opdracht/2/versies/1"), "staff on a learner-only version page");
        }
        signInFirst(get(w.anonymous, "/opdracht/2/versies/1"), "visitor on a version");
        for (WebClient learner : List.of(w.b, w.c)) {
            for (String path : List.of("/schrift", "/schrift/mijn-schrift.md", "/schrift/mijn-schrift.csv", "/schrift/mijn-schrift.json", "/account/mijn-gegevens.json")) {
                var res = get(learner, path);
                assertEquals(200, res.status(), path);
                assertFalse(res.body().contains("Maak moment 1 concreter."), path + " shows A's feedback");
                assertFalse(res.body().contains("a@example.nl"), path + " shows A's account");
            }
        }
        assertTrue(get(w.a, "/schrift/mijn-schrift.json").body().contains("Fietsenmaker van Anna"), "positive control: A's export has her answer");
    }

    @Test
    void sharesAndReactions_withdrawnByTheOwner_hiddenByTheirInstructor_only() {
        for (WebClient web : List.of(w.ix, w.iy, w.a, w.b, w.c, w.admin)) web.get("/les/2");
        assertTrue(get(w.a, "/les/2").body().contains("Bakker van Bram"), "A sees B's shared answer");
        assertFalse(get(w.c, "/les/2").body().contains("Bakker van Bram"), "C, in another cohort, does not");
        assertFalse(get(w.iy, "/les/2").body().contains("Bakker van Bram"), "IY does not");

        denied(post(w.a, "/schrift/delen/" + w.shareB + "/intrekken"), "A withdraws B's share");
        denied(post(w.c, "/schrift/delen/" + w.shareB + "/intrekken"), "C withdraws B's share");
        for (WebClient staff : List.of(w.ix, w.admin)) denied(post(staff, "/schrift/delen/" + w.shareB + "/intrekken"), "staff on the learner-only withdraw");
        signInFirst(post(w.anonymous, "/schrift/delen/" + w.shareB + "/intrekken"), "visitor withdraws");
        for (WebClient learner : List.of(w.a, w.b, w.c)) denied(post(learner, "/reacties/" + w.shareB + "/verbergen", "verberg", "1"), "learner hides");
        denied(post(w.iy, "/reacties/" + w.shareB + "/verbergen", "verberg", "1"), "IY hides B's share");
        denied(post(w.ix, "/reacties/" + w.shareC + "/verbergen", "verberg", "1"), "IX hides C's share");
        signInFirst(post(w.anonymous, "/reacties/" + w.shareB + "/verbergen", "verberg", "1"), "visitor hides");
        assertEquals(3, w.count("SELECT COUNT(*) FROM share WHERE hidden_at IS NULL"), "nothing changed");

        allowed(post(w.ix, "/reacties/" + w.shareA + "/verbergen", "verberg", "1"), "IX hides A's share");
        allowed(post(w.iy, "/reacties/" + w.shareC + "/verbergen", "verberg", "1"), "IY hides C's share");
        allowed(post(w.b, "/schrift/delen/" + w.shareB + "/intrekken"), "B withdraws own share");
        assertFalse(get(w.a, "/les/2").body().contains("Bakker van Bram"), "withdrawn");
    }

    @Test
    void snippets_onlyTheirOwnerDeletesThem() {
        w.iy.get("/nakijken");
        w.a.get("/schrift");
        allowed(post(w.iy, "/nakijken-standaard/" + w.snippetIx + "/verwijderen"), "IY's delete of IX's snippet is a no-op");
        denied(post(w.a, "/nakijken-standaard/" + w.snippetIx + "/verwijderen"), "learner deletes a snippet");
        signInFirst(post(w.anonymous, "/nakijken-standaard/" + w.snippetIx + "/verwijderen"), "visitor deletes a snippet");
        assertEquals(1, w.count("SELECT COUNT(*) FROM feedback_snippet WHERE id = '" + w.snippetIx + "'"), "IX's snippet survived");
        var iyReview = get(w.iy, "/nakijken/" + w.answerC);
        assertTrue(iyReview.body().contains("Mooi gedaan, IY"), "positive control: IY's own snippet is offered");
        assertFalse(iyReview.body().contains("Mooi gedaan, IX"), "IY never sees IX's snippets");
        w.ix.get("/nakijken");
        allowed(post(w.ix, "/nakijken-standaard/" + w.snippetIx + "/verwijderen"), "IX deletes own snippet");
        assertEquals(0, w.count("SELECT COUNT(*) FROM feedback_snippet WHERE id = '" + w.snippetIx + "'"));
    }

    @Test
    void learnerPagesForStaff_onlyForTheirCohorts() {
        for (WebClient web : List.of(w.ix, w.iy, w.a, w.b, w.c, w.admin)) web.get("/deelnemers");
        allowed(get(w.ix, "/deelnemers/" + w.aId), "IX on A", "Anna");
        allowed(get(w.iy, "/deelnemers/" + w.cId), "IY on C", "Cor");
        allowed(get(w.admin, "/deelnemers/" + w.cId), "admin on C", "Cor");
        denied(get(w.iy, "/deelnemers/" + w.aId), "IY on A", "a@example.nl");
        denied(get(w.ix, "/deelnemers/" + w.cId), "IX on C", "c@example.nl");
        denied(get(w.ix, "/deelnemers/" + w.ixId), "IX on an instructor's id");
        for (WebClient learner : List.of(w.a, w.c)) {
            denied(get(learner, "/deelnemers/" + w.bId), "learner on B's page", "b@example.nl");
            denied(get(learner, "/deelnemers"), "learner on the list", "b@example.nl");
        }
        signInFirst(get(w.anonymous, "/deelnemers/" + w.bId), "visitor on B's page", "b@example.nl");
        for (String kind : List.of(".md", ".csv", ".json")) {
            allowed(get(w.ix, "/deelnemers/" + w.aId + "/schrift" + kind), "IX exports A " + kind, "Fietsenmaker van Anna");
            denied(get(w.iy, "/deelnemers/" + w.aId + "/schrift" + kind + "?status=alles"), "IY exports A " + kind, "Fietsenmaker van Anna");
            denied(get(w.b, "/deelnemers/" + w.aId + "/schrift" + kind), "learner exports A " + kind, "Fietsenmaker van Anna");
            denied(get(w.ix, "/deelnemers/" + w.ixId + "/schrift" + kind), "IX exports an instructor's id " + kind);
            signInFirst(get(w.anonymous, "/deelnemers/" + w.aId + "/schrift" + kind), "visitor exports A " + kind, "Fietsenmaker van Anna");
        }
        for (String path : List.of("/deelnemers?groep=" + w.cohortX, "/nakijken?groep=" + w.cohortX, "/voortgang?groep=" + w.cohortX,
                "/voortgang/export.csv?groep=" + w.cohortX, "/voortgang/export.csv", "/voortgang/inzichten?groep=" + w.cohortX)) {
            var res = get(w.iy, path);
            assertTrue(res.status() < 500, path);
            assertFalse(res.body().contains("a@example.nl") || res.body().contains("Anna"), "IY sees cohort X via " + path);
        }
        assertTrue(get(w.ix, "/voortgang/export.csv").body().contains("a@example.nl"), "positive control: IX's export has A");
        assertFalse(w.ix.get("/voortgang/export.csv").body().contains("c@example.nl"), "IX's export lacks C");

        List<String[]> actions = List.of(new String[] {"/startdatum", "start", "2026-12-01"}, new String[] {"/open", "open", "0"}, new String[] {"/herstellink", "x", "y"});
        int resets = w.count("SELECT COUNT(*) FROM password_reset");
        for (String[] action : actions) {
            denied(post(w.iy, "/deelnemers/" + w.aId + action[0], action[1], action[2]), "IY " + action[0] + " on A");
            denied(post(w.b, "/deelnemers/" + w.aId + action[0], action[1], action[2]), "learner " + action[0]);
            signInFirst(post(w.anonymous, "/deelnemers/" + w.aId + action[0], action[1], action[2]), "visitor " + action[0]);
        }
        assertEquals(resets, w.count("SELECT COUNT(*) FROM password_reset"), "no reset link made for the wrong person");
        assertEquals(1, w.count("SELECT all_open FROM app_user WHERE id = '" + w.aId + "'"));
        for (String[] action : actions) allowed(post(w.ix, "/deelnemers/" + w.aId + action[0], action[1], action[2]), "IX " + action[0] + " on A");
        assertEquals(0, w.count("SELECT all_open FROM app_user WHERE id = '" + w.aId + "'"));
        assertEquals(resets + 1, w.count("SELECT COUNT(*) FROM password_reset"));
    }

    @Test
    void cohortsAndAdminRoutes_onlyForTheirInstructors_orAdmins() {
        for (WebClient web : List.of(w.ix, w.iy, w.a, w.admin)) web.get("/deelnemers");
        denied(post(w.iy, "/groepen/" + w.cohortX + "/open", "open", "1"), "IY opens cohort X");
        denied(post(w.a, "/groepen/" + w.cohortX + "/open", "open", "1"), "learner opens cohort X");
        signInFirst(post(w.anonymous, "/groepen/" + w.cohortX + "/open", "open", "1"), "visitor opens cohort X");
        assertEquals(0, w.count("SELECT all_open FROM cohort WHERE id = '" + w.cohortX + "'"));
        allowed(post(w.ix, "/groepen/" + w.cohortX + "/open", "open", "1"), "IX opens cohort X");
        assertEquals(1, w.count("SELECT all_open FROM cohort WHERE id = '" + w.cohortX + "'"));

        for (WebClient notAdmin : List.of(w.ix, w.iy, w.a)) {
            denied(post(notAdmin, "/deelnemers/" + w.cId + "/groep", "groep", w.cohortX), "non-admin moves C");
            denied(post(notAdmin, "/beheer/groepen/" + w.cohortY + "/docenten", "instructor", w.ixId), "non-admin assigns");
            denied(post(notAdmin, "/beheer/groepen/" + w.cohortX + "/docenten/" + w.ixId + "/verwijderen"), "non-admin unassigns");
            denied(get(notAdmin, "/beheer"), "non-admin on /beheer", "GROEP-Y");
        }
        signInFirst(post(w.anonymous, "/deelnemers/" + w.cId + "/groep", "groep", w.cohortX), "visitor moves C");
        signInFirst(post(w.anonymous, "/beheer/groepen/" + w.cohortY + "/docenten", "instructor", w.ixId), "visitor assigns");
        signInFirst(post(w.anonymous, "/beheer/groepen/" + w.cohortX + "/docenten/" + w.ixId + "/verwijderen"), "visitor unassigns");
        signInFirst(get(w.anonymous, "/beheer"), "visitor on /beheer", "GROEP-Y");
        assertEquals(w.cohortY, w.one("SELECT cohort_id FROM app_user WHERE id = '" + w.cId + "'"));
        assertEquals(0, w.count("SELECT COUNT(*) FROM instructor_cohort WHERE user_id = '" + w.ixId + "' AND cohort_id = '" + w.cohortY + "'"));

        w.admin.get("/beheer");
        allowed(post(w.admin, "/beheer/groepen/" + w.cohortY + "/docenten", "instructor", w.ixId), "admin assigns IX to Y");
        allowed(get(w.ix, "/deelnemers/" + w.cId), "IX now sees C", "Cor");
        allowed(post(w.admin, "/beheer/groepen/" + w.cohortY + "/docenten/" + w.ixId + "/verwijderen"), "admin unassigns IX from Y");
        denied(get(w.ix, "/deelnemers/" + w.cId), "IX no longer sees C");
        allowed(post(w.admin, "/deelnemers/" + w.cId + "/groep", "groep", w.cohortX), "admin moves C to X");
        denied(get(w.iy, "/nakijken/" + w.answerC), "IY lost C with the move", "Kapper van Cor");
        allowed(get(w.ix, "/nakijken/" + w.answerC), "IX gained C", "Kapper van Cor");
    }

    @Test
    void resetLinks_onlyTheExactTokenWorks_andOnlyOnce() {
        allowed(get(w.anonymous, "/wachtwoord-herstellen/" + w.resetTokenB), "the link itself");
        String forged = w.resetTokenB.substring(0, 21) + (w.resetTokenB.endsWith("A") ? "B" : "A");
        assertEquals(404, get(w.anonymous, "/wachtwoord-herstellen/" + forged).status());
        assertEquals(404, get(w.anonymous, "/wachtwoord-herstellen/" + w.resetTokenB.substring(0, 21)).status());
        assertEquals(404, get(w.anonymous, "/wachtwoord-herstellen/" + w.resetTokenB.toUpperCase()).status());
        w.anonymous.get("/wachtwoord-herstellen/" + forged);
        assertEquals(404, post(w.anonymous, "/wachtwoord-herstellen/" + forged, "password", "een heel nieuw wachtwoord").status());
        w.anonymous.get("/wachtwoord-herstellen/" + w.resetTokenB);
        assertEquals(303, post(w.anonymous, "/wachtwoord-herstellen/" + w.resetTokenB, "password", "een heel nieuw wachtwoord").status());
        assertEquals(410, get(w.anonymous, "/wachtwoord-herstellen/" + w.resetTokenB).status(), "used once");
        assertEquals(303, w.b.get("/schrift").status(), "B's sessions ended with the reset");
    }

    @Test
    void idsInUrls_areRandom_notSequential() {
        List<String> ids = List.of(w.answerA, w.answerB, w.answerC, w.shareA, w.shareB, w.shareC, w.snippetIx, w.snippetIy,
                w.aId, w.bId, w.cId, w.ixId, w.cohortX, w.cohortY, w.resetTokenB);
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            assertTrue(id.matches("[A-Za-z0-9_-]{16,}"), "not a long random id: " + id);
            assertFalse(id.matches("\\d+"), "numeric id: " + id);
            assertTrue(seen.add(id), "duplicate id " + id);
        }
        List<String> prefixes = new ArrayList<>();
        for (String id : ids) prefixes.add(id.substring(0, 4));
        assertTrue(new HashSet<>(prefixes).size() > ids.size() / 2, "ids share their start: " + prefixes);
        // The ids the pages link to are these random ids too.
        var queue = w.ix.get("/nakijken");
        var links = queue.doc().select("a[href^='/nakijken/']");
        assertFalse(links.isEmpty(), "the queue links to submissions");
        for (var link : links) {
            String id = link.attr("href").substring("/nakijken/".length()).replaceAll("[?#].*", "");
            assertTrue(id.matches("[A-Za-z0-9_-]{16,}"), "link with a guessable id: " + link.attr("href"));
        }
        cells += ids.size();
    }
}
