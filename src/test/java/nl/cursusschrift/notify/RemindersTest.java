package nl.cursusschrift.notify;

import static nl.cursusschrift.notify.Outboxes.BASE;
import static nl.cursusschrift.notify.Outboxes.at;
import static nl.cursusschrift.notify.Outboxes.mails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Stap N staat voor je klaar": the morning reminders with the injected clock. */
class RemindersTest {
    final TestClock clock = new TestClock(at("2026-11-25T10:00:00")); // a Wednesday
    TestApp app;
    TestApp second;

    @AfterEach
    void stop() {
        if (second != null) second.close();
        if (app != null) app.close();
    }

    private int tick(String localTime) {
        clock.set(at(localTime));
        return app.app.part(Notifications.class).tick().reminders();
    }

    @Test
    void learnerWhoStartsOnAWednesday_hearsOfStepTwoTheNextWednesdayAtEight_once() {
        app = Outboxes.start(clock);
        Accounts.register(app, "ans@example.nl", "Ans de Vries");
        String ans = Accounts.idOf(app, "ans@example.nl");
        assertEquals(0, tick("2026-11-25T10:01:00"), "step 1 was open when she enrolled: no mail for it");
        assertEquals(0, tick("2026-12-02T07:59:00"), "not before eight");
        assertEquals(1, tick("2026-12-02T08:00:00"));
        assertEquals(0, tick("2026-12-02T08:01:00"));
        assertEquals(0, tick("2026-12-02T15:00:00"));

        List<Outboxes.Mail> sent = mails(app, "reminder");
        assertEquals(1, sent.size());
        Outboxes.Mail mail = sent.get(0);
        assertEquals("ans@example.nl", mail.to());
        assertEquals("Ans de Vries", mail.toName());
        assertEquals("Stap 2 staat voor je klaar", mail.subject());
        assertTrue(mail.text().startsWith("Hallo Ans de Vries,"), mail.text());
        assertTrue(mail.text().contains("stap 2: Alle contactmomenten"), mail.text());
        assertTrue(mail.text().contains(BASE + "/les/2"), mail.text());
        assertTrue(mail.html().contains("href=\"" + BASE + "/les/2\""), mail.html());
        assertTrue(mail.unsubscribe().startsWith(BASE + "/afmelden/"), mail.unsubscribe());
        assertTrue(mail.text().contains(mail.unsubscribe()), "the unsubscribe link is in the mail too");
        assertEquals("reminder:" + ans + ":2", mail.dedupe());

        assertEquals(1, tick("2026-12-09T08:30:00"));
        assertEquals("Stap 3 staat voor je klaar", mails(app, "reminder").get(1).subject());
        assertEquals(0, tick("2026-12-16T08:30:00"), "the course has three steps");
    }

    @Test
    void shiftedStartAndOpenAll_oneMailListingWhatOpened_noneForAStepHandedIn() {
        clock.set(at("2026-11-23T09:00:00"));
        app = Outboxes.start(clock);
        String cohort = Accounts.cohort(app, "Najaar", "NAJAAR", null);
        Accounts.assign(app, Accounts.user(app, Role.INSTRUCTOR, "docent@example.nl", "Docent", null), cohort);
        String wim = Accounts.user(app, Role.LEARNER, "wim@example.nl", "Wim", cohort);
        String kim = Accounts.user(app, Role.LEARNER, "kim@example.nl", "Kim", cohort);
        assertEquals(0, tick("2026-11-23T09:01:00"));

        WebClient staff = Accounts.login(app, "docent@example.nl");
        staff.get("/deelnemers/" + wim);
        assertEquals(303, staff.post("/deelnemers/" + wim + "/startdatum", "start", "2026-11-09").status());
        staff.get("/deelnemers/" + kim);
        assertEquals(303, staff.post("/deelnemers/" + kim + "/open", "open", "1").status());
        handIn(kim, 2);

        assertEquals(2, tick("2026-11-24T08:05:00"), "one mail each, the morning after");
        var byName = mails(app, "reminder");
        Outboxes.Mail toWim = byName.stream().filter(m -> m.to().equals("wim@example.nl")).findFirst().orElseThrow();
        Outboxes.Mail toKim = byName.stream().filter(m -> m.to().equals("kim@example.nl")).findFirst().orElseThrow();
        assertEquals("Stap 2 en 3 staan voor je klaar", toWim.subject());
        assertTrue(toWim.text().contains("Stap 2: Alle contactmomenten (" + BASE + "/les/2)"), toWim.text());
        assertTrue(toWim.text().contains(BASE + "/les/3"), toWim.text());
        assertEquals("reminder:" + wim + ":2,3", toWim.dedupe());
        assertEquals("Stap 3 staat voor je klaar", toKim.subject(), "step 2 was handed in already");
        assertEquals(0, tick("2026-11-25T08:05:00"));
        assertEquals(0, tick("2026-11-30T08:05:00"), "the weekly day of a step already told is no news");
        assertEquals(2, mails(app, "reminder").size());
    }

    @Test
    void aLearnerWhoSwitchedRemindersOff_getsNone() {
        clock.set(at("2026-11-23T09:00:00"));
        app = Outboxes.start(clock);
        Accounts.user(app, Role.LEARNER, "uit@example.nl", "Uit", null);
        Accounts.user(app, Role.LEARNER, "aan@example.nl", "Aan", null);
        WebClient off = Accounts.login(app, "uit@example.nl");
        assertTrue(off.get("/account").doc().selectFirst("input[name=reminder]").hasAttr("checked"));
        assertEquals(303, off.post("/account/meldingen", "feedback", "1", "reply", "1").status());
        assertTrue(!off.get("/account").doc().selectFirst("input[name=reminder]").hasAttr("checked"));
        assertTrue(off.get("/account").doc().selectFirst("input[name=feedback]").hasAttr("checked"));

        assertEquals(1, tick("2026-11-30T08:00:00"));
        assertEquals(List.of("aan@example.nl"), mails(app, "reminder").stream().map(Outboxes.Mail::to).toList());
    }

    @Test
    void afterDowntime_theSameMorningIsCaughtUp_anEarlierOneIsNot() {
        clock.set(at("2026-11-23T09:00:00"));
        app = Outboxes.start(clock);
        Accounts.user(app, Role.LEARNER, "ans@example.nl", "Ans", null);
        assertEquals(0, tick("2026-11-23T09:01:00"));
        assertEquals(1, tick("2026-11-30T11:45:00"), "started late on the Monday step 2 opened: still told that day");
        assertEquals(0, tick("2026-12-08T10:00:00"), "down over Monday 7 December: step 3 opened a day ago, no late mail");
        assertEquals(0, tick("2026-12-14T08:00:00"));
        assertEquals(1, mails(app, "reminder").size());
    }

    @Test
    void twoInstancesOnOneDatabase_writeEachReminderOnce() {
        clock.set(at("2026-11-23T09:00:00"));
        app = Outboxes.start(clock);
        for (int i = 0; i < 20; i++) Accounts.user(app, Role.LEARNER, "l" + i + "@example.nl", "Deelnemer " + i, null);
        second = TestApp.start(app.config(), clock);
        assertEquals(0, tick("2026-11-23T09:01:00"));
        clock.set(at("2026-11-30T08:00:00"));
        var first = new Thread(() -> app.app.part(Notifications.class).tick());
        first.start();
        second.app.part(Notifications.class).tick();
        try {
            first.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertEquals(20, mails(app, "reminder").size());
        assertEquals(20, mails(app, "reminder").stream().map(Outboxes.Mail::to).distinct().count());
    }

    private void handIn(String userId, int step) {
        app.app.database().write(h -> h.createUpdate("""
                        INSERT INTO answer (id, user_id, step, state, revision_count, submitted_at, updated_at)
                        VALUES (:id, :user, :step, 'submitted', 1, :now, :now)""")
                .bind("id", nl.cursusschrift.db.Ids.random()).bind("user", userId).bind("step", step).bind("now", clock.millis()).execute());
    }
}
