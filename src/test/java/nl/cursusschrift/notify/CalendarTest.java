package nl.cursusschrift.notify;

import static nl.cursusschrift.notify.Outboxes.BASE;
import static nl.cursusschrift.notify.Outboxes.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import java.time.LocalDate;
import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.LogCapture;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The secret calendar feed, parsed back with biweekly: the right days in Amsterdam, stable UIDs, SEQUENCE rising. */
class CalendarTest {
    final TestClock clock = new TestClock(at("2026-11-25T10:00:00"));
    TestApp app;

    @AfterEach
    void stop() {
        app.close();
    }

    private static String feedPath(WebClient web) {
        String address = web.get("/account").doc().selectFirst("#agenda-adres").attr("value");
        assertTrue(address.startsWith(BASE + "/agenda/") && address.endsWith(".ics"), address);
        return Outboxes.path(address);
    }

    private ICalendar parse(WebClient.Res res) {
        assertEquals(200, res.status());
        assertTrue(res.header("Content-Type").startsWith("text/calendar"), res.header("Content-Type"));
        return Biweekly.parse(res.body()).first();
    }

    private static LocalDate day(VEvent event) {
        DateTimeComponents raw = event.getDateStart().getValue().getRawComponents();
        assertFalse(event.getDateStart().getValue().hasTime(), "an all-day event");
        return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
    }

    @Test
    void aLearnersFeed_hasOneAllDayEventPerStepOnItsDay_andFollowsAShiftedStart() {
        app = Outboxes.start(clock);
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null), cohort);
        WebClient ans = Accounts.register(app, "ans@example.nl", "Ans");
        String ansId = Accounts.idOf(app, "ans@example.nl");
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET cohort_id = :c WHERE id = :id").bind("c", cohort).bind("id", ansId).execute());
        assertEquals(null, ans.get("/account").doc().selectFirst("#agenda-adres"), "no address until asked for");
        ans.get("/account");
        assertEquals(303, ans.post("/account/agenda").status());
        var account = ans.get("/account");
        assertTrue(account.doc().selectFirst("a[href^=webcal://]").attr("href").startsWith("webcal://cursus.example.nl/agenda/"));
        String path = feedPath(ans);

        WebClient calendarApp = app.client();
        ICalendar ical = parse(calendarApp.get(path));
        List<VEvent> events = ical.getEvents();
        assertEquals(3, events.size());
        assertEquals(List.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 9)),
                events.stream().map(CalendarTest::day).toList(), "she enrolled on a Wednesday: her steps open on Wednesdays");
        VEvent two = events.get(1);
        assertEquals("Stap 2: Alle contactmomenten", two.getSummary().getValue());
        assertEquals(BASE + "/les/2", two.getUrl().getValue());
        assertTrue(two.getDescription().getValue().contains(BASE + "/les/2"));
        assertEquals(0, two.getSequence().getValue());
        String uid = two.getUid().getValue();
        assertFalse(uid.contains(ansId), "the UID does not give away the account id");
        assertNotEquals(events.get(0).getUid().getValue(), uid);

        WebClient staff = Accounts.login(app, "docent@example.nl");
        staff.get("/deelnemers/" + ansId);
        assertEquals(303, staff.post("/deelnemers/" + ansId + "/startdatum", "start", "2026-12-07").status());
        List<VEvent> moved = parse(calendarApp.get(path)).getEvents();
        assertEquals(LocalDate.of(2026, 12, 14), day(moved.get(1)), "the start moved to Monday 7 December");
        assertEquals(uid, moved.get(1).getUid().getValue(), "the same event, so the calendar app replaces it");
        assertTrue(moved.get(1).getSequence().getValue() > 0, "a higher SEQUENCE tells it to take the new date");
    }

    @Test
    void aStoppedOrRenewedAddress_is404_andTheTokenNeverReachesTheLog() {
        app = Outboxes.start(clock);
        WebClient ans = Accounts.register(app, "ans@example.nl", "Ans");
        ans.get("/account");
        ans.post("/account/agenda");
        String first = feedPath(ans);
        ans.get("/account");
        assertEquals(303, ans.post("/account/agenda").status());
        String second = feedPath(ans);
        assertNotEquals(first, second);
        WebClient calendarApp = app.client();
        assertEquals(404, calendarApp.get(first).status(), "renewing stops the old address");
        try (LogCapture log = LogCapture.start()) {
            assertEquals(200, calendarApp.get(second).status());
            String token = second.substring("/agenda/".length(), second.length() - ".ics".length());
            log.await("/agenda/***");
            assertFalse(log.text().contains(token), log.text());
        }
        ans.get("/account");
        assertEquals(303, ans.post("/account/agenda/intrekken").status());
        assertEquals(404, calendarApp.get(second).status());
        assertEquals(404, calendarApp.get("/agenda/bestaat-niet.ics").status());
        assertEquals(null, ans.get("/account").doc().selectFirst("#agenda-adres"));
    }

    @Test
    void anInstructorsFeed_showsTheirCohortsStepDates() {
        app = Outboxes.start(clock);
        String najaar = Accounts.cohort(app, "Najaar", "NAJAAR", LocalDate.of(2026, 11, 30));
        Accounts.cohort(app, "Ander", "ANDER", LocalDate.of(2026, 12, 7));
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null), najaar);
        WebClient staff = Accounts.login(app, "docent@example.nl");
        staff.get("/account");
        assertEquals(303, staff.post("/account/agenda").status());
        List<VEvent> events = parse(app.client().get(feedPath(staff))).getEvents();
        assertEquals(3, events.size(), "only the cohort they follow");
        assertEquals("Najaar: stap 1 (Welkom bij de testcursus)", events.get(0).getSummary().getValue());
        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14)),
                events.stream().map(CalendarTest::day).toList());
    }
}
