package nl.cursusschrift.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MailBodyTest {
    @Test
    void bothPartsCarryTheSameWords_andTheHtmlIsEscaped() {
        MailBody body = MailBody.greeting("Hallo <b>Anna</b> & co,")
                .paragraph("Je vroeg om een nieuw wachtwoord.")
                .link("Kies een nieuw wachtwoord", "https://cursus.example.nl/wachtwoord-herstellen/abc?x=1&y=2")
                .footer("Niet gevraagd? Dan kun je deze mail negeren.")
                .build();
        assertTrue(body.text().startsWith("Hallo <b>Anna</b> & co,\n\n"));
        assertTrue(body.text().contains("Kies een nieuw wachtwoord:\nhttps://cursus.example.nl/wachtwoord-herstellen/abc?x=1&y=2\n"));
        assertTrue(body.text().contains("Niet gevraagd?"));

        var doc = Jsoup.parse(body.html());
        assertEquals("nl", doc.selectFirst("html").attr("lang"));
        assertEquals("Hallo <b>Anna</b> & co,", doc.selectFirst("p").text());
        assertTrue(doc.select("b").isEmpty(), "the greeting's markup is text, not HTML");
        assertEquals("https://cursus.example.nl/wachtwoord-herstellen/abc?x=1&y=2", doc.selectFirst("a").attr("href"));
        assertEquals("Kies een nieuw wachtwoord", doc.selectFirst("a").text());
        assertTrue(doc.select("img").isEmpty());
        assertFalse(body.html().contains("<script"));
    }

    @Test
    void aBodyNeedsAnAbsoluteLink() {
        assertThrows(IllegalArgumentException.class, () -> MailBody.greeting("Hallo,").link("Open", "/les/1"));
        assertThrows(IllegalArgumentException.class, () -> MailBody.greeting("Hallo,").link("Open", "javascript:alert(1)"));
        assertThrows(IllegalStateException.class, () -> MailBody.greeting("Hallo,").paragraph("x").build());
    }
}
