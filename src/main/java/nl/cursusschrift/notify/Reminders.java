package nl.cursusschrift.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.mail.MailBody;
import nl.cursusschrift.mail.Outbox;
import nl.cursusschrift.text.Dutch;

/**
 * "Stap N staat voor je klaar": once a morning, one mail per learner listing the steps that opened for
 * them since the last run (see {@link ReminderPlan}). Each step is claimed in reminder_step in the same
 * transaction as its outbox row, so no step is told twice, also not by a second instance running the
 * same morning.
 */
final class Reminders {
    static final String LAST_RUN = "reminders_last_run";
    private static final int BATCH = 500;

    /** What one run did. */
    record Run(int learners, int mails, int steps) {
    }

    private final Database db;
    private final Transactions transactions;
    private final CourseLibrary courses;
    private final Outbox outbox;
    private final Letters letters;
    private final Preferences preferences;
    private final Clock clock;

    Reminders(Mailing m) {
        this.db = m.db();
        this.transactions = m.transactions();
        this.courses = m.courses();
        this.outbox = m.outbox();
        this.letters = m.letters();
        this.preferences = m.preferences();
        this.clock = m.clock();
    }

    Run run(LocalDate today, String base) {
        Course course = courses.current();
        Snapshot read = db.reads().withHandle(h -> {
            NotifySql sql = h.attach(NotifySql.class);
            return new Snapshot(sql.learners(), sql.handedIn(), sql.watches(), sql.setting(LAST_RUN).map(LocalDate::parse).orElse(null));
        });
        List<NotifySql.Learner> learners = read.learners();
        LocalDate lastRun = read.lastRun();
        boolean continuous = lastRun != null && !lastRun.isBefore(today.minusDays(1));
        Map<String, Set<Integer>> handedIn = read.done().stream().collect(Collectors.groupingBy(NotifySql.Done::userId,
                Collectors.mapping(NotifySql.Done::step, Collectors.toSet())));
        Map<String, Integer> seen = new HashMap<>();
        for (NotifySql.Watch w : read.watched()) seen.put(w.userId(), w.openSteps());
        Set<String> optedOut = preferences.switchedOff(MailKind.REMINDER);

        List<Pending> changes = new ArrayList<>();
        for (NotifySql.Learner learner : learners) {
            ReminderPlan plan = ReminderPlan.of(course, learner.pace(), today, seen.get(learner.id()), continuous,
                    handedIn.getOrDefault(learner.id(), Set.of()));
            if (seen.containsKey(learner.id()) && seen.get(learner.id()) == plan.openNow()) continue;
            changes.add(new Pending(learner, optedOut.contains(learner.id()) ? List.of() : plan.announce(), plan.openNow()));
        }
        int mails = 0;
        int steps = 0;
        long now = clock.millis();
        for (int from = 0; from < changes.size(); from += BATCH) {
            List<Pending> batch = changes.subList(from, Math.min(changes.size(), from + BATCH));
            int[] counts = transactions.run(tx -> {
                NotifySql sql = tx.sql(NotifySql.class);
                int m = 0;
                int s = 0;
                for (Pending p : batch) {
                    List<Integer> claimed = new ArrayList<>();
                    for (int step : p.announce()) if (sql.claimStep(p.learner().id(), step, now) == 1) claimed.add(step);
                    if (!claimed.isEmpty() && outbox.add(tx.handle(), letter(course, p.learner(), claimed, base))) {
                        m++;
                        s += claimed.size();
                    }
                    sql.watch(p.learner().id(), p.openNow(), now);
                }
                return new int[] {m, s};
            });
            mails += counts[0];
            steps += counts[1];
        }
        transactions.run(tx -> {
            tx.sql(NotifySql.class).putSetting(LAST_RUN, today.toString());
            return null;
        });
        return new Run(learners.size(), mails, steps);
    }

    /** What the run reads before it writes anything. */
    private record Snapshot(List<NotifySql.Learner> learners, List<NotifySql.Done> done, List<NotifySql.Watch> watched, LocalDate lastRun) {
    }

    private record Pending(NotifySql.Learner learner, List<Integer> announce, int openNow) {
    }

    private nl.cursusschrift.mail.Letter letter(Course course, NotifySql.Learner learner, List<Integer> steps, String base) {
        boolean one = steps.size() == 1;
        String subject = "Stap " + Dutch.list(steps) + (one ? " staat" : " staan") + " voor je klaar";
        MailBody.Builder body = Letters.hello(learner.name());
        Lesson first = course.lesson(steps.get(0)).orElseThrow();
        if (one) {
            body.paragraph("Vanaf vandaag kun je verder met stap " + first.step() + ": " + first.title() + ".");
            if (first.summary() != null && !first.summary().isBlank()) body.paragraph(first.summary().strip());
        } else {
            body.paragraph("Er staan " + steps.size() + " nieuwe stappen voor je klaar:");
            for (int step : steps) {
                Lesson lesson = course.lesson(step).orElseThrow();
                body.paragraph("Stap " + step + ": " + lesson.title() + " (" + base + "/les/" + step + ")");
            }
        }
        body.link("Ga naar stap " + first.step(), base + "/les/" + first.step());
        String key = "reminder:" + learner.id() + ":" + steps.stream().map(String::valueOf).collect(Collectors.joining(","));
        return letters.letter(base, new Letters.To(learner.id(), learner.email(), learner.name()), MailKind.REMINDER, subject, body, key);
    }
}
