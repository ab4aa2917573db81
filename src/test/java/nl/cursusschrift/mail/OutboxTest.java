package nl.cursusschrift.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestDatabase;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.DatabaseUrl;
import nl.cursusschrift.web.PublicAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxTest {
    private Database db;
    private Outbox outbox;

    @BeforeEach
    void open() {
        String url = TestDatabase.url();
        db = Database.open(url == null ? DatabaseUrl.sqlite(TestApp.tempDir("outbox").resolve("t.db")) : DatabaseUrl.parse(url));
        outbox = new Outbox(Clock.systemUTC(), new PublicAddress("https://cursus.example.nl"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Letter letter(String to, String dedupe) {
        MailBody body = MailBody.greeting("Hallo Anna,").paragraph("Tekst").link("Open", "https://cursus.example.nl/les/1").build();
        return new Letter("test", to, "Anna", "Onderwerp", body.text(), body.html(), null, dedupe);
    }

    @Test
    void aSecondLetterWithTheSameDedupeKey_isSkippedWithoutFailingTheTransaction() {
        List<Boolean> added = db.write(h -> List.of(outbox.add(h, letter("a@example.nl", "k1")),
                outbox.add(h, letter("a@example.nl", "k1")), outbox.add(h, letter("b@example.nl", null)),
                outbox.add(h, letter("c@example.nl", null))));
        assertEquals(List.of(true, false, true, true), added);
        List<String> rows = db.reads().withHandle(h -> h.createQuery("SELECT message_id FROM outbox WHERE status = 'waiting'")
                .mapTo(String.class).list());
        assertEquals(3, rows.size());
        for (String id : rows) assertTrue(id.matches("<outbox-[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}@cursus\\.example\\.nl>"), id);
    }

    @Test
    void addressesThatCouldBreakAHeader_areRefused() {
        for (String bad : List.of("a@example.nl\r\nBcc: x@evil.nl", "a@example.nl\n", "a b@example.nl", "geen-apenstaart",
                "a@b@example.nl", "@example.nl", "a@", "x".repeat(1000) + "@example.nl", "<a@example.nl>", "a@example.nl,b@example.nl")) {
            assertThrows(IllegalArgumentException.class, () -> letter(bad, null), bad);
            assertFalse(Letter.validAddress(bad), bad);
        }
        assertTrue(Letter.validAddress("an.de+vries@voorbeeld.nl"));
    }
}
