package nl.cursusschrift.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.TestDatabase;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.DatabaseUrl;
import nl.cursusschrift.web.PublicAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real SMTP server, on SQLite and (second run) PostgreSQL. */
class OutboxSenderTest {
    private final TestClock clock = TestClock.at("2026-12-02T07:00:00Z");
    private DatabaseUrl url;
    private Database db;
    private Outbox outbox;

    @BeforeEach
    void open() {
        String pg = TestDatabase.url();
        url = pg == null ? DatabaseUrl.sqlite(TestApp.tempDir("sender").resolve("t.db")) : DatabaseUrl.parse(pg);
        db = Database.open(url);
        outbox = new Outbox(clock, new PublicAddress("https://cursus.example.nl"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void add(int n, String unsubscribe) {
        db.write(h -> {
            for (int i = 0; i < n; i++) {
                MailBody body = MailBody.greeting("Hallo Anna,").paragraph("Mail " + i).link("Open les " + i, "https://cursus.example.nl/les/" + i)
                        .footer("Geen mail meer? Zet het uit op je account.").build();
                outbox.add(h, new Letter("test", "anna" + i + "@example.nl", "Anna de Vries", "Mail nummer " + i, body.text(), body.html(),
                        unsubscribe, null));
            }
            return null;
        });
    }

    private Row row() {
        return db.reads().withHandle(h -> h.createQuery("SELECT status, tries, next_try_at, last_error, message_id FROM outbox")
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5))).one());
    }

    record Row(String status, int tries, long nextTryAt, String lastError, String messageId) {
    }

    @Test
    void aMailGoesOutAsTextAndHtml_withItsMessageIdAndOneClickUnsubscribe() throws Exception {
        try (Mailbox box = Mailbox.start()) {
            add(1, "https://cursus.example.nl/afmelden/abc");
            assertEquals(1, new OutboxSender(db, box.settings(), clock).sendBatch());
            MimeMessage mail = box.await(1).get(0);
            assertEquals("Mail nummer 0", mail.getSubject());
            assertEquals("Anna de Vries <anna0@example.nl>", mail.getHeader("To", ","));
            assertEquals(row().messageId(), mail.getMessageID());
            assertEquals("<https://cursus.example.nl/afmelden/abc>", mail.getHeader("List-Unsubscribe", ","));
            assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", ","));
            Mailbox.Parts parts = Mailbox.parts(mail);
            assertTrue(parts.text().contains("Open les 0:\nhttps://cursus.example.nl/les/0"), parts.text());
            assertTrue(parts.html().contains("<html lang=\"nl\">") && parts.html().contains("href=\"https://cursus.example.nl/les/0\""));
            assertEquals("sent", row().status());
            assertEquals(0, new OutboxSender(db, box.settings(), clock).sendBatch(), "a sent mail is never claimed again");
        }
    }

    @Test
    void aMailWithoutUnsubscribeUrl_hasNoListHeaders() throws Exception {
        try (Mailbox box = Mailbox.start()) {
            add(1, null);
            new OutboxSender(db, box.settings(), clock).sendBatch();
            MimeMessage mail = box.await(1).get(0);
            assertNull(mail.getHeader("List-Unsubscribe"));
            assertNull(mail.getHeader("List-Unsubscribe-Post"));
        }
    }

    @Test
    void smtpDownThenUp_theMailWaitsWithBackoffAndIsDeliveredOnce() throws Exception {
        Mailbox box = Mailbox.down();
        OutboxSender sender = new OutboxSender(db, box.settings(), clock);
        add(1, null);
        assertEquals(1, sender.sendBatch());
        Row failed = row();
        assertEquals("waiting", failed.status());
        assertEquals(1, failed.tries());
        assertNotNull(failed.lastError());
        assertEquals(clock.millis() + Duration.ofMinutes(1).toMillis(), failed.nextTryAt());
        assertEquals(0, sender.sendBatch(), "not due again before the minute is over");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, sender.sendBatch(), "the server is still down");
        assertEquals(clock.millis() + Duration.ofMinutes(2).toMillis(), row().nextTryAt(), "the wait doubles");
        try (box) {
            box.up();
            clock.advance(Duration.ofMinutes(2));
            assertEquals(1, sender.sendBatch());
            assertEquals(0, sender.sendBatch());
            clock.advance(Duration.ofHours(7));
            assertEquals(0, sender.sendBatch());
            assertEquals(1, box.await(1).size());
            assertEquals("sent", row().status());
            assertEquals(3, row().tries());
            assertNull(row().lastError());
        }
    }

    @Test
    void afterMaxTries_theMailIsFailed_andAnAdminCanRetryIt() {
        Mailbox box = Mailbox.down();
        OutboxSender sender = new OutboxSender(db, box.settings().withMaxTries(3), clock);
        add(1, null);
        for (int i = 0; i < 3; i++) {
            assertEquals(1, sender.sendBatch());
            clock.advance(Duration.ofHours(6));
        }
        assertEquals("failed", row().status());
        assertEquals(0, sender.sendBatch());
        MailQueue queue = new MailQueue(db, clock);
        assertEquals(1, queue.summary("failed").rows().size());
        String id = queue.summary(null).rows().get(0).id();
        assertTrue(queue.retry(id));
        assertEquals("waiting", row().status());
        try (box) {
            box.up();
            assertEquals(1, sender.sendBatch());
            assertEquals(1, box.await(1).size());
        }
    }

    @Test
    void backoffDoublesFromAMinute_upToSixHours() {
        assertEquals(Duration.ofMinutes(1), OutboxSender.backoff(1));
        assertEquals(Duration.ofMinutes(2), OutboxSender.backoff(2));
        assertEquals(Duration.ofMinutes(256), OutboxSender.backoff(9));
        assertEquals(Duration.ofHours(6), OutboxSender.backoff(10));
        assertEquals(Duration.ofHours(6), OutboxSender.backoff(60));
    }

    /** Two instances on one database (two pools, two writers): every mail goes out exactly once. */
    @Test
    void twoSendersOnOneDatabase_sendEachMailOnce() throws Exception {
        int count = 300;
        add(count, null);
        try (Mailbox box = Mailbox.start(); Database second = Database.open(url)) {
            List<OutboxSender> senders = List.of(new OutboxSender(db, box.settings(), clock), new OutboxSender(second, box.settings(), clock));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                OutboxSender sender = senders.get(t % 2);
                runs.add(pool.submit(() -> {
                    int sent = 0;
                    for (int n; (n = sender.sendBatch()) > 0; ) sent += n;
                    return sent;
                }));
            }
            int total = 0;
            for (Future<Integer> run : runs) total += run.get();
            pool.shutdown();
            assertEquals(count, total, "claimed once in all");
            List<MimeMessage> received = box.await(count);
            assertEquals(count, received.size());
            Set<String> ids = new HashSet<>();
            for (MimeMessage m : received) ids.add(m.getMessageID());
            assertEquals(count, ids.size(), "no mail twice");
            long sent = db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE status = 'sent'").mapTo(Long.class).one());
            assertEquals(count, sent);
        }
    }
}
