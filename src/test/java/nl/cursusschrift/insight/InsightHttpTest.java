package nl.cursusschrift.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.Main;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Insights from real answers to the real course: on the step page, in the notebook and exports, and for the cohort. */
class InsightHttpTest {
    static TestApp app;
    static String cohort;
    static WebClient teacher;

    @BeforeAll
    static void start() {
        app = TestApp.start(Path.of("content"), Clock.system(Main.ZONE));
        cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        String teacherId = Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null);
        Accounts.assign(app, teacherId, cohort);
        teacher = Accounts.login(app, "docent@example.nl");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static WebClient learner(String email) {
        return learner(email, cohort);
    }

    static WebClient learner(String email, String cohortId) {
        String id = Accounts.user(app, Role.LEARNER, email, "Deelnemer " + email, cohortId);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return Accounts.login(app, email);
    }

    static void submit(WebClient web, int step, List<String> fields) {
        web.get("/opdracht/" + step);
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of("_csrf", web.csrf()));
        var res = web.postForm("/opdracht/" + step + "/inleveren", all);
        assertEquals(303, res.status(), res.text("#fouten"));
    }

    @Test
    void eachStepShowsItsInsight_computedFromTheAnswer() {
        WebClient web = learner("grafiek@example.nl");
        submit(web, 5, CourseAnswers.step5("Maakt niet uit", "Magisch", "Maakt niet uit", "Miserabel"));
        submit(web, 6, CourseAnswers.step6());
        submit(web, 7, CourseAnswers.step7(10, 9, 9, 8, 7, 6, 5, 10, 9, 3));
        submit(web, 3, CourseAnswers.step3());

        var five = web.get("/opdracht/5");
        assertEquals("2 van je 4 contacten (50%) waren 'Maakt niet uit'.", five.text(".chart.share .insight-stat"));
        assertEquals(3, five.doc().select(".chart.share svg rect.bar").size());

        var six = web.get("/opdracht/6");
        assertEquals(5, six.doc().select(".chart.plot svg circle.point").size());
        assertEquals("Min-moment", six.doc().select(".chart.plot svg text.tick").stream().filter(t -> t.text().startsWith("Min")).findFirst().orElseThrow().text());

        var seven = web.get("/opdracht/7");
        assertTrue(seven.text(".chart.nps .insight-stat").startsWith("NPS +20 Je Net Promoter Score is +20: 5 promotors, 2 passief tevreden, 3 criticasters"),
                seven.text(".chart.nps .insight-stat"));

        var three = web.get("/opdracht/3");
        assertEquals(3, three.doc().select(".chart.curve svg circle.point").size());

        var notebook = web.get("/schrift");
        assertEquals(4, notebook.doc().select(".notebook-step .chart").size());
        String markdown = web.get("/schrift/mijn-schrift.md").body();
        assertTrue(markdown.contains("> Je Net Promoter Score is +20"));
        assertTrue(markdown.contains("> 2 van je 4 contacten (50%) waren 'Maakt niet uit'."));
    }

    @Test
    void cohortNumbers_appearFromFiveLearners_andAddUp() {
        String own = Accounts.cohort(app, "Eigen groep", "EIGEN", null);
        Accounts.assign(app, Accounts.idOf(app, "docent@example.nl"), own);
        for (int i = 0; i < 4; i++) {
            WebClient web = learner("cohort" + i + "@example.nl", own);
            submit(web, 5, CourseAnswers.step5("Maakt niet uit", "Maakt niet uit", "Magisch"));
            submit(web, 7, CourseAnswers.step7(10, 10, 10, 10, 10, 10, 10, 10, 10, 10));
        }
        var page = teacher.get("/voortgang/inzichten?groep=" + own);
        var five = page.doc().selectFirst("#cijfers-5").parent();
        assertTrue(five.text().contains("Nog te weinig deelnemers (4 van minimaal 5)"), five.text());
        assertTrue(five.select(".chart").isEmpty());

        WebClient fifth = learner("cohort4@example.nl", own);
        submit(fifth, 5, CourseAnswers.step5("Miserabel", "Maakt niet uit", "Magisch"));
        submit(fifth, 7, CourseAnswers.step7(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        page = teacher.get("/voortgang/inzichten?groep=" + own);
        five = page.doc().selectFirst("#cijfers-5").parent();
        assertTrue(five.text().contains("5 van 5 deelnemers ingeleverd"), five.text());
        assertEquals("Alle deelnemers samen: 15 regels, waarvan 60% 'Maakt niet uit'.", five.selectFirst(".insight-stat").text());
        var seven = page.doc().selectFirst("#cijfers-7").parent();
        assertTrue(seven.selectFirst(".insight-stat").text().contains("Gemiddelde NPS van 5 deelnemers: +60"), seven.text());
        assertNotNull(seven.selectFirst("svg"));
    }
}
