package nl.cursusschrift.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.mail.Outbox;
import nl.cursusschrift.notebook.NotebookEvents;
import nl.cursusschrift.review.ReviewEvents;
import nl.cursusschrift.web.PublicAddress;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock of the mails this feature writes to the outbox: every minute it looks whether the morning
 * overview (07:30) and reminders (08:00, Dutch time; see {@link Schedule}) of today are due, and which batched notices
 * waited long enough. Each run is safe to repeat and to run on two instances at once; what was
 * written is kept from being written again by the database, not by this timer.
 */
public final class Notifications implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    /** What one tick wrote to the outbox. */
    public record Tick(int digests, int reminders, int notices) {
    }

    private final Reminders reminders;
    private final Notices notices;
    private final Digest digest;
    private final PublicAddress address;
    private final Clock clock;
    private final ZoneId zone;
    private final Schedule schedule;
    private volatile LocalDate remindersDone;
    private volatile LocalDate digestDone;
    private volatile boolean warned;
    private ScheduledExecutorService timer;

    public Notifications(Database db, Transactions transactions, CourseLibrary courses, Outbox outbox, UnsubscribeTokens tokens,
                         Preferences preferences, PublicAddress address, Clock clock, ZoneId zone, Schedule schedule) {
        Mailing mailing = new Mailing(db, transactions, courses, outbox, new Letters(tokens), preferences, clock);
        this.reminders = new Reminders(mailing);
        this.notices = new Notices(mailing);
        this.digest = new Digest(mailing);
        this.address = address;
        this.clock = clock;
        this.zone = zone;
        this.schedule = schedule;
    }

    /** In the reviewing transaction: remember to tell the learner (see {@link Notices}). */
    public void feedbackReleased(Handle h, ReviewEvents.FeedbackReleased e) {
        notices.feedback(h, e);
    }

    /** In the replying transaction: remember to tell the sharer. */
    public void replyPosted(Handle h, NotebookEvents.ReplyPosted e) {
        notices.reply(h, e);
    }

    public synchronized Notifications start() {
        if (timer != null) return this;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "notifications");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tickLogged, 20, 60, TimeUnit.SECONDS);
        return this;
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.error("Meldingen klaarzetten mislukt; de volgende minuut opnieuw", e);
        }
    }

    /** One look at the clock; also what tests call after moving their clock. */
    public synchronized Tick tick() {
        if (address.configured().isEmpty()) {
            // Every mail links back to the site; without BASE_URL there is no address to link to. Nothing is lost:
            // notices wait, and reminders are told once BASE_URL is set (same day).
            if (!warned) log.warn("BASE_URL is niet gezet: er worden geen herinneringen, meldingen of nakijkoverzichten gemaakt");
            warned = true;
            return new Tick(0, 0, 0);
        }
        String base = address.configured().get();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        int digests = 0;
        int reminded = 0;
        if (!now.toLocalTime().isBefore(schedule.digestAt()) && !today.equals(digestDone)) {
            digests = digest.run(today, base);
            digestDone = today;
            if (digests > 0) log.info("Nakijkoverzicht: {} klaargezet", digests);
        }
        if (!now.toLocalTime().isBefore(schedule.remindersAt()) && !today.equals(remindersDone)) {
            long started = System.nanoTime();
            Reminders.Run run = reminders.run(today, base);
            remindersDone = today;
            reminded = run.mails();
            // bench/mail reads this line for the time it took to make the morning's reminders.
            if (run.mails() > 0) log.info("Herinneringen: {} mails over {} stappen klaargezet in {} ms ({} deelnemers bekeken)", run.mails(),
                    run.steps(), (System.nanoTime() - started) / 1_000_000, run.learners());
        }
        return new Tick(digests, reminded, notices.flush(base));
    }

    @Override
    public synchronized void close() {
        if (timer != null) timer.shutdownNow();
    }
}
