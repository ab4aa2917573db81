package nl.cursusschrift.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.mail.Letter;
import nl.cursusschrift.mail.MailBody;
import nl.cursusschrift.mail.Outbox;
import nl.cursusschrift.notebook.NotebookEvents;
import nl.cursusschrift.review.ReviewEvents;
import org.jdbi.v3.core.Handle;

/**
 * Feedback and replies, told in batches: a notice is stored with the change that causes it, and once
 * the oldest of a person's notices of a kind has waited {@link #WAIT}, all of them go in one mail. So a
 * learner gets at most one such mail an hour, and two feedbacks in an hour are one mail.
 */
final class Notices {
    static final Duration WAIT = Duration.ofHours(1);

    private final Database db;
    private final Transactions transactions;
    private final CourseLibrary courses;
    private final Outbox outbox;
    private final Letters letters;
    private final Preferences preferences;
    private final Clock clock;

    Notices(Mailing m) {
        this.db = m.db();
        this.transactions = m.transactions();
        this.courses = m.courses();
        this.outbox = m.outbox();
        this.letters = m.letters();
        this.preferences = m.preferences();
        this.clock = m.clock();
    }

    /** In the reviewing transaction: the learner will hear of this feedback. */
    void feedback(Handle h, ReviewEvents.FeedbackReleased e) {
        String detail = e instanceof ReviewEvents.RevisionRequested ? "revise" : "approved";
        h.attach(NotifySql.class).addNotice(Ids.random(), e.learnerId(), MailKind.FEEDBACK.key, e.step(), detail, clock.millis());
    }

    /** In the replying transaction: the sharer will hear of the reply, unless they wrote it themselves. */
    void reply(Handle h, NotebookEvents.ReplyPosted e) {
        if (e.authorId().equals(e.shareOwnerId())) return;
        h.attach(NotifySql.class).addNotice(Ids.random(), e.shareOwnerId(), MailKind.REPLY.key, e.step(), e.replyId(), clock.millis());
    }

    /** Mails every batch that waited long enough; returns how many mails it wrote. */
    int flush(String base) {
        long now = clock.millis();
        List<NotifySql.Due> due = db.reads().withHandle(h -> h.attach(NotifySql.class).due(now - WAIT.toMillis()));
        int mails = 0;
        for (NotifySql.Due d : due) {
            MailKind kind = MailKind.of(d.kind()).orElseThrow();
            boolean wanted = preferences.wants(d.userId(), kind);
            boolean written = transactions.run(tx -> {
                NotifySql sql = tx.sql(NotifySql.class);
                List<NotifySql.Notice> taken = new ArrayList<>();
                for (NotifySql.Notice n : sql.pending(d.userId(), d.kind())) if (sql.take(n.id(), now) == 1) taken.add(n);
                var person = sql.person(d.userId());
                if (taken.isEmpty() || !wanted || person.isEmpty()) return false;
                Letter letter = kind == MailKind.FEEDBACK ? feedbackLetter(person.get(), taken, base) : replyLetter(sql, person.get(), taken, base);
                return letter != null && outbox.add(tx.handle(), letter);
            });
            if (written) mails++;
        }
        return mails;
    }

    private Letter feedbackLetter(NotifySql.Person to, List<NotifySql.Notice> notices, String base) {
        Course course = courses.current();
        // The newest word per step counts: approved after a revision request reads as approved.
        Map<Integer, String> perStep = new LinkedHashMap<>();
        for (NotifySql.Notice n : notices) {
            perStep.remove(n.step());
            perStep.put(n.step(), n.detail());
        }
        boolean allRevise = perStep.values().stream().allMatch("revise"::equals);
        String subject = allRevise ? "Je docent vraagt om een aanpassing" : "Feedback ontvangen";
        MailBody.Builder body = Letters.hello(to.name());
        body.paragraph(perStep.size() == 1 ? "Je docent heeft je antwoord bekeken." : "Je docent heeft " + perStep.size() + " antwoorden bekeken.");
        for (var entry : perStep.entrySet()) {
            String title = course.lesson(entry.getKey()).map(l -> ": " + l.title()).orElse("");
            String what = "revise".equals(entry.getValue()) ? "je docent vraagt om een aanpassing" : "je hebt feedback gekregen";
            body.paragraph("Stap " + entry.getKey() + title + ": " + what + ". " + base + "/les/" + entry.getKey() + "#opdracht");
        }
        int first = perStep.keySet().iterator().next();
        body.link("Lees de feedback bij stap " + first, base + "/les/" + first + "#opdracht");
        return letters.letter(base, new Letters.To(to.id(), to.email(), to.name()), MailKind.FEEDBACK, subject, body,
                "feedback:" + to.id() + ":" + notices.get(0).id());
    }

    private Letter replyLetter(NotifySql sql, NotifySql.Person to, List<NotifySql.Notice> notices, String base) {
        List<String> lines = new ArrayList<>();
        String firstLink = null;
        for (NotifySql.Notice n : notices) {
            var author = sql.visibleReplyAuthor(n.detail());
            if (author.isEmpty()) continue; // hidden by staff or withdrawn since: nothing to tell
            String link = base + "/les/" + n.step() + "#antwoord-" + n.detail();
            if (firstLink == null) firstLink = link;
            lines.add(author.get() + " reageerde op wat je deelde bij stap " + n.step() + ". " + link);
        }
        if (lines.isEmpty()) return null;
        String subject = lines.size() == 1 ? "Reactie op je gedeelde antwoord" : lines.size() + " reacties op je gedeelde antwoorden";
        MailBody.Builder body = Letters.hello(to.name());
        lines.forEach(body::paragraph);
        body.link(lines.size() == 1 ? "Lees de reactie" : "Lees de eerste reactie", firstLink);
        return letters.letter(base, new Letters.To(to.id(), to.email(), to.name()), MailKind.REPLY, subject, body,
                "reply:" + to.id() + ":" + notices.get(0).id());
    }
}
