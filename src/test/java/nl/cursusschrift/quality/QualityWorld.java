package nl.cursusschrift.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.insight.CourseAnswers;

/**
 * A small course in progress on the real course (content/), made through the app's own forms where a
 * person would: an admin, an instructor with cohort "Najaar 2026", and in it Anna (every step open) and
 * Bram (started three weeks ago, so steps 5 and later are locked), plus four classmates whose answers to
 * steps 5 and 7 give the cohort numbers enough learners to be shown.
 *
 * <p>Anna handed in step 1, was asked for changes, handed in again and was approved; she handed in
 * steps 3 (approved with feedback), 5, 6 and 7 (each draws a chart), keeps a draft of step 2 and
 * shared step 1. Bram's step 1 is
 * approved with feedback, he keeps a draft of step 3 and shared step 1 too. The instructor made a reset
 * link for Bram.
 */
final class QualityWorld implements AutoCloseable {
    final TestApp app = TestApp.start(Path.of("content"), Clock.system(Main.ZONE));
    final String cohort = Accounts.cohort(app, "Najaar 2026", "NAJAAR-2026", null);
    final String laterCohort = Accounts.cohort(app, "Voorjaar 2027", "VOORJAAR-2027", LocalDate.now(app.clock).plusMonths(3));
    final String instructorId = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Dirk Docent", null);
    final String adminId = Accounts.user(app, Role.ADMIN, "beheer@example.nl", "Bea Beheerder", null);
    final String annaId = learner("anna@example.nl", "Anna de Vries", true);
    final String bramId = learner("bram@example.nl", "Bram Jansen", false);
    final WebClient instructor;
    final WebClient admin;
    final WebClient anna;
    final WebClient bram;
    final WebClient visitor;
    final String annaStepOne;
    final String annaStepFive;
    final String bramStepOne;
    final String classmateId;
    final String resetToken;
    /** The one-click unsubscribe token of anna's reminders, as her mails carry it. */
    final String unsubscribeToken;

    QualityWorld() {
        Accounts.assign(app, instructorId, cohort);
        instructor = Accounts.login(app, "docent@example.nl");
        admin = Accounts.login(app, "beheer@example.nl");
        anna = Accounts.login(app, "anna@example.nl");
        bram = Accounts.login(app, "bram@example.nl");
        visitor = app.client();
        visitor.get("/inloggen");

        instructor.get("/deelnemers/" + bramId);
        expect(303, instructor.post("/deelnemers/" + bramId + "/startdatum", "start", LocalDate.now(app.clock).minusWeeks(3).toString()));

        submit(anna, 1, stepOne("We zijn een fietsenmakerij in Zwolle met twee werkplaatsen."));
        annaStepOne = answerId(annaId, 1);
        decide(annaStepOne, 1, "aanpassen", "Vertel ook wie je klanten zijn.", "c.organisatie", "Hoeveel klanten komen er per dag?");
        submit(anna, 1, stepOne("We zijn een fietsenmakerij in Zwolle; onze klanten zijn forenzen en scholieren."));
        decide(annaStepOne, 2, "goedkeuren", "Veel concreter nu, mooi.");
        submit(anna, 3, CourseAnswers.step3());
        decide(answerId(annaId, 3), 1, "goedkeuren", "Een heldere reis; let op het dal bij de klantenservice.");
        submit(anna, 5, CourseAnswers.step5("Magisch", "Maakt niet uit", "Miserabel", "Maakt niet uit"));
        submit(anna, 6, CourseAnswers.step6());
        submit(anna, 7, CourseAnswers.step7(10, 9, 9, 8, 7, 6, 5, 10, 9, 3));
        annaStepFive = answerId(annaId, 5);
        draft(anna, 2, List.of("contactmomenten[0].contactmoment", "Ik bel voor een afspraak", "contactmomenten[0].kanaal", "Telefoon",
                "contactmomenten[1].contactmoment", "Ik breng mijn fiets", "contactmomenten[1].kanaal", "Winkel of balie"));
        share(anna, 1);

        submit(bram, 1, stepOne("Een bakkerij met drie winkels in Deventer."));
        bramStepOne = answerId(bramId, 1);
        decide(bramStepOne, 1, "goedkeuren", "Goed begin. Denk ook aan de klanten die bestellen via de site.",
                "c.verwachting", "Dit lezen we terug in stap 12.");
        draft(bram, 3, List.of("klantreis[0].touchpoint", "Bestelling via de site", "klantreis[0].feeling", "2", "klantreis[0].afdeling", "Verkoop"));
        share(bram, 1);

        String first = null;
        for (String name : List.of("Cor Bakker", "Daan de Boer", "Eva Smit", "Fleur van Dijk")) {
            String email = name.substring(0, name.indexOf(' ')).toLowerCase() + "@example.nl";
            String id = learner(email, name, true);
            if (first == null) first = id;
            WebClient web = Accounts.login(app, email);
            submit(web, 5, CourseAnswers.step5("Magisch", "Miserabel"));
            submit(web, 7, CourseAnswers.step7(9, 8, 6, 10, 7, 9, 9, 4, 8, 10));
        }
        classmateId = first;

        instructor.get("/deelnemers/" + bramId);
        var link = instructor.post("/deelnemers/" + bramId + "/herstellink");
        expect(200, link);
        Matcher token = Pattern.compile("/wachtwoord-herstellen/([A-Za-z0-9_-]+)").matcher(link.doc().selectFirst("#link").val());
        assertTrue(token.find(), link.body());
        resetToken = token.group(1);
        unsubscribeToken = new nl.cursusschrift.notify.UnsubscribeTokens(app.app.database()).token(annaId, nl.cursusschrift.notify.MailKind.REMINDER);
        // Anna has a calendar address, so her account page shows it (the subscribe link and the address field).
        anna.get("/account");
        expect(303, anna.post("/account/agenda"));
    }

    private String learner(String email, String name, boolean allOpen) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        if (allOpen) app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return id;
    }

    static List<String> stepOne(String organisation) {
        return List.of("organisatie", organisation,
                "verwachting", "Ik wil klachten eerder zien aankomen en vaste klanten vaker laten terugkomen.",
                "enthousiast_over", "De slager om de hoek: hij onthoudt wat ik vorige week kocht.",
                "aantal_klanten", "4000");
    }

    private static void submit(WebClient web, int step, List<String> fields) {
        web.get("/opdracht/" + step);
        var res = web.post("/opdracht/" + step + "/inleveren", fields.toArray(String[]::new));
        assertEquals(303, res.status(), () -> "step " + step + " not handed in: " + res.text("#fouten"));
    }

    private static void draft(WebClient web, int step, List<String> fields) {
        web.get("/opdracht/" + step);
        expect(303, web.post("/opdracht/" + step + "/concept", fields.toArray(String[]::new)));
    }

    private static void share(WebClient web, int step) {
        web.get("/schrift");
        expect(303, web.post("/schrift/delen", "step", String.valueOf(step), "target", ""));
    }

    private void decide(String answer, int version, String action, String overall, String... comments) {
        instructor.get("/nakijken/" + answer);
        List<String> form = new ArrayList<>(List.of("versie", String.valueOf(version), "actie", action, "overall", overall));
        form.addAll(List.of(comments));
        expect(303, instructor.post("/nakijken/" + answer, form.toArray(String[]::new)));
    }

    private String answerId(String userId, int step) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM answer WHERE user_id = :u AND step = :s")
                .bind("u", userId).bind("s", step).mapTo(String.class).one());
    }

    private static void expect(int status, WebClient.Res res) {
        assertEquals(status, res.status(), () -> res.body().length() > 2000 ? res.body().substring(0, 2000) : res.body());
    }

    @Override
    public void close() {
        app.close();
    }
}
