package nl.cursusschrift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;

/**
 * Two cohorts with real work in them, for the attack tests: cohort X with instructor IX and
 * learners A and B, cohort Y with instructor IY and learner C, and an admin. Every learner
 * submitted step 2 and shared it; IX asked A for changes; IX and IY each keep a snippet;
 * IX made a reset link for B.
 */
final class World implements AutoCloseable {
    final TestClock clock = TestClock.at("2026-11-23T09:00:00Z");
    final TestApp app = TestApp.start(clock);
    final String cohortX = Accounts.cohort(app, "Groep X", "GROEP-X", null);
    final String cohortY = Accounts.cohort(app, "Groep Y", "GROEP-Y", null);
    final String ixId = Accounts.user(app, Role.INSTRUCTOR, "ix@example.nl", "Ilse X", null);
    final String iyId = Accounts.user(app, Role.INSTRUCTOR, "iy@example.nl", "Ivo Y", null);
    final String adminId = Accounts.user(app, Role.ADMIN, "admin@example.nl", "Admin", null);
    final String aId = learner("a@example.nl", "Anna", cohortX);
    final String bId = learner("b@example.nl", "Bram", cohortX);
    final String cId = learner("c@example.nl", "Cor", cohortY);
    final WebClient a;
    final WebClient b;
    final WebClient c;
    final WebClient ix;
    final WebClient iy;
    final WebClient admin;
    final WebClient anonymous;
    final String answerA;
    final String answerB;
    final String answerC;
    final String shareA;
    final String shareB;
    final String shareC;
    final String snippetIx;
    final String snippetIy;
    final String resetTokenB;

    World() {
        Accounts.assign(app, ixId, cohortX);
        Accounts.assign(app, iyId, cohortY);
        a = Accounts.login(app, "a@example.nl");
        b = Accounts.login(app, "b@example.nl");
        c = Accounts.login(app, "c@example.nl");
        ix = Accounts.login(app, "ix@example.nl");
        iy = Accounts.login(app, "iy@example.nl");
        admin = Accounts.login(app, "admin@example.nl");
        admin.get("/beheer");
        anonymous = app.client();
        anonymous.get("/inloggen");

        answerA = submitAndShare(a, "a@example.nl", "Fietsenmaker van Anna");
        answerB = submitAndShare(b, "b@example.nl", "Bakker van Bram");
        answerC = submitAndShare(c, "c@example.nl", "Kapper van Cor");
        shareA = one("SELECT id FROM share WHERE user_id = '" + aId + "'");
        shareB = one("SELECT id FROM share WHERE user_id = '" + bId + "'");
        shareC = one("SELECT id FROM share WHERE user_id = '" + cId + "'");

        ix.get("/nakijken/" + answerA);
        assertEquals(303, post(ix, "/nakijken/" + answerA, "versie", "1", "actie", "aanpassen", "overall", "Maak moment 1 concreter.").status());
        assertEquals(303, post(ix, "/nakijken-standaard", "body", "Mooi gedaan, IX").status());
        iy.get("/nakijken");
        assertEquals(303, post(iy, "/nakijken-standaard", "body", "Mooi gedaan, IY").status());
        snippetIx = one("SELECT id FROM feedback_snippet WHERE user_id = '" + ixId + "'");
        snippetIy = one("SELECT id FROM feedback_snippet WHERE user_id = '" + iyId + "'");

        ix.get("/deelnemers/" + bId);
        var link = post(ix, "/deelnemers/" + bId + "/herstellink");
        assertEquals(200, link.status(), link.body());
        Matcher token = Pattern.compile("/wachtwoord-herstellen/([A-Za-z0-9_-]+)").matcher(link.doc().selectFirst("#link").val());
        assertTrue(token.find(), link.body());
        resetTokenB = token.group(1);
    }

    private String learner(String email, String name, String cohort) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return id;
    }

    private String submitAndShare(WebClient web, String email, String first) {
        web.get("/opdracht/2");
        assertEquals(303, post(web, "/opdracht/2/inleveren", stepTwo(first).toArray(String[]::new)).status());
        web.get("/schrift");
        assertEquals(303, post(web, "/schrift/delen", "step", "2", "target", "").status());
        return one("SELECT a.id FROM answer a JOIN app_user u ON u.id = a.user_id WHERE u.email = '" + email + "' AND a.step = 2");
    }

    static List<String> stepTwo(String first) {
        List<String> form = new ArrayList<>();
        for (int i = 0; i < 3; i++) form.addAll(List.of("momenten[" + i + "].organisatie", i == 0 ? first : "Bakker " + i, "momenten[" + i + "].wat", "Iets " + i));
        form.addAll(List.of("contacten[0].at", "2026-11-23T08:15", "contacten[0].wie", "Conducteur", "contacten[0].indruk", "Maakt niet uit"));
        return form;
    }

    /** POSTs a form with the client's current CSRF token. */
    static WebClient.Res post(WebClient web, String path, String... nameValues) {
        List<String> all = new ArrayList<>(List.of(nameValues));
        all.addAll(List.of("_csrf", web.csrf()));
        return web.postForm(path, all);
    }

    String one(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    int count(String sql) {
        return app.app.database().reads().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        app.close();
    }
}
