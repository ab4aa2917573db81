package nl.cursusschrift.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.course.CourseLoader;
import nl.cursusschrift.db.QueryStats;
import org.junit.jupiter.api.Test;

/**
 * No N+1: the pages that list many learners or answers run the same number of SQL statements for a
 * course of 8 learners as for one of 80 (counted by {@link QueryStats}, the Jdbi statement logger).
 */
class QueriesPerPageTest {
    private static final List<String> STAFF_PAGES = List.of("/nakijken", "/nakijken?status=reviewed", "/voortgang", "/voortgang/inzichten");
    private static final List<String> LEARNER_PAGES = List.of("/schrift", "/", "/les/5", "/opdracht/5");

    private static Map<String, Long> statementsPerPage(int learners) {
        TestClock clock = TestClock.at("2026-11-23T09:00:00Z");
        try (TestApp app = TestApp.start(Path.of("content"), clock)) {
            var course = nl.cursusschrift.Main.courseLoader().load(Path.of("content"));
            var quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            assertEquals(0, new DemoSeed(app.app.database(), course, clock, quiet, quiet).seed(learners, 2, 7, false));
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String role : List.of("admin", "instructor", "learner")) {
                var out = new ByteArrayOutputStream();
                assertEquals(0, DemoSessions.sessions(app.app.database(), clock, 1, role, new PrintStream(out, true, StandardCharsets.UTF_8), quiet));
                WebClient web = app.client().withSession("cs_session", out.toString(StandardCharsets.UTF_8).split("\t")[0]);
                for (String page : role.equals("learner") ? LEARNER_PAGES : STAFF_PAGES) {
                    assertEquals(200, web.get(page).status(), role + " " + page);
                    // A learner's second visit is a kept page (one statement, LearnerPagesTest): another query
                    // string, which the page ignores, makes it render again, with the caches below it warm.
                    String again = role.equals("learner") ? page + "?opnieuw=1" : page;
                    long before = QueryStats.total();
                    assertEquals(200, web.get(again).status(), role + " " + page);
                    counts.put(role + " " + page, QueryStats.total() - before);
                }
            }
            return counts;
        }
    }

    @Test
    void listPagesCostTheSameNumberOfQueriesForTenTimesTheLearners() {
        Map<String, Long> small = statementsPerPage(8);
        Map<String, Long> large = statementsPerPage(80);
        assertEquals(small, large);
        small.forEach((page, n) -> assertTrue(n >= 2 && n <= 20, page + " runs " + n + " statements"));
        System.out.println("SQL statements per page: " + small);
    }
}
