package nl.cursusschrift.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.mail.MailBody;
import nl.cursusschrift.mail.Outbox;
import nl.cursusschrift.text.Dutch;

/**
 * "Nakijkoverzicht": each morning, per staff member, the submissions waiting in the cohorts they follow,
 * oldest first, each with its review link. Nobody gets an empty overview. One per person per day
 * (the dedupe key carries the date), however many instances run it.
 */
final class Digest {
    /** The list stays readable in a mail; the rest is one link away. */
    static final int MAX_LINES = 30;

    private final Database db;
    private final Transactions transactions;
    private final Outbox outbox;
    private final Letters letters;
    private final Preferences preferences;
    private final Clock clock;

    Digest(Mailing m) {
        this.db = m.db();
        this.transactions = m.transactions();
        this.outbox = m.outbox();
        this.letters = m.letters();
        this.preferences = m.preferences();
        this.clock = m.clock();
    }

    /** Writes today's overviews; returns how many. */
    int run(LocalDate today, String base) {
        List<NotifySql.Waiting> waiting = db.reads().withHandle(h -> h.attach(NotifySql.class).waitingPerStaff());
        Map<String, List<NotifySql.Waiting>> perStaff = waiting.stream()
                .collect(Collectors.groupingBy(NotifySql.Waiting::staffId, LinkedHashMap::new, Collectors.toList()));
        Set<String> optedOut = preferences.switchedOff(MailKind.DIGEST);
        int mails = 0;
        for (var entry : perStaff.entrySet()) {
            if (optedOut.contains(entry.getKey())) continue;
            boolean written = transactions.run(tx -> {
                var person = tx.sql(NotifySql.class).person(entry.getKey());
                if (person.isEmpty() || "learner".equals(person.get().role())) return false;
                return outbox.add(tx.handle(), letter(person.get(), entry.getValue(), today, base));
            });
            if (written) mails++;
        }
        return mails;
    }

    private nl.cursusschrift.mail.Letter letter(NotifySql.Person to, List<NotifySql.Waiting> rows, LocalDate today, String base) {
        // An answer can wait in two cohorts the instructor follows only once; the query joins per cohort.
        List<NotifySql.Waiting> unique = rows.stream().collect(Collectors.toMap(NotifySql.Waiting::answerId, w -> w, (a, b) -> a,
                LinkedHashMap::new)).values().stream().toList();
        int n = unique.size();
        String subject = "Nakijkoverzicht: " + Dutch.plural(n, "inzending wacht", "inzendingen wachten") + " op je";
        MailBody.Builder body = Letters.hello(to.name());
        body.paragraph(n == 1 ? "In je groepen wacht 1 inzending op feedback:" : "In je groepen wachten " + n + " inzendingen op feedback, de oudste eerst:");
        for (NotifySql.Waiting w : unique.subList(0, Math.min(n, MAX_LINES))) {
            body.paragraph("Stap " + w.step() + " van " + w.learner() + " (" + w.cohort() + "), ingeleverd op "
                    + Dutch.dateTime(w.submittedAt(), clock) + ": " + base + "/nakijken/" + w.answerId());
        }
        if (n > MAX_LINES) body.paragraph("En nog " + (n - MAX_LINES) + " andere; je ziet ze allemaal op " + base + "/nakijken.");
        body.link("Naar het nakijken", base + "/nakijken");
        return letters.letter(base, new Letters.To(to.id(), to.email(), to.name()), MailKind.DIGEST, subject, body,
                "digest:" + to.id() + ":" + today);
    }
}
