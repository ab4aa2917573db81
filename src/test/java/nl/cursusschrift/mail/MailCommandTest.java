package nl.cursusschrift.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SMTP_URL at start, and {@code mail test}, as a person runs them: in a process of their own. */
@Tag("once")
class MailCommandTest {
    private static Map<String, String> env(String smtpUrl) {
        return Map.of("SMTP_URL", smtpUrl, "BASE_URL", "https://cursus.example.nl", "CONTENT_DIR", TestApp.FIXTURE_COURSE.toString(),
                "DATA_DIR", TestApp.tempDir("mailcli").toString(), "PORT", String.valueOf(ChildProcess.freePort()));
    }

    @Test
    void anInvalidSmtpUrl_stopsTheAppWithOneLineNamingIt_passwordMasked() {
        var run = ChildProcess.run(env("smtp://cursus:geheim-wachtwoord@mail.example.nl:587?starttls=misschien"), null, "serve");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("SMTP_URL 'smtp://cursus:****@mail.example.nl:587?starttls=misschien' heeft starttls=misschien"), run.err());
        assertFalse(run.err().contains("geheim-wachtwoord"));
        var noBase = ChildProcess.run(Map.of("SMTP_URL", "smtp://localhost:2525", "CONTENT_DIR", TestApp.FIXTURE_COURSE.toString()), null, "serve");
        assertEquals(1, noBase.exitCode());
        assertTrue(noBase.err().contains("SMTP_URL is gezet maar BASE_URL niet"), noBase.err());
    }

    @Test
    void mailTest_printsTheServersAnswer_andExitsZero_orOneWhenTheServerIsDown() throws Exception {
        try (Mailbox box = Mailbox.start()) {
            var ok = ChildProcess.run(env("smtp://127.0.0.1:" + box.port + "?starttls=none"), null, "mail", "test", "--to", "beheer@example.nl");
            assertEquals(0, ok.exitCode(), ok.out() + ok.err());
            assertTrue(ok.out().contains("ok: de mailserver nam de testmail aan voor beheer@example.nl (server: 250"), ok.out());
            MimeMessage mail = box.await(1).get(0);
            assertEquals("Testmail van Cursusschrift", mail.getSubject());
            assertTrue(Mailbox.parts(mail).text().contains("https://cursus.example.nl/"));
        }
        var down = ChildProcess.run(env("smtp://127.0.0.1:" + ChildProcess.freePort() + "?starttls=none"), null, "mail", "test", "--to", "a@example.nl");
        assertEquals(1, down.exitCode());
        assertTrue(down.err().startsWith("Mislukt: "), down.err());
        var misuse = ChildProcess.run(env("smtp://127.0.0.1:2525"), null, "mail", "test", "--to", "geen adres");
        assertEquals(2, misuse.exitCode(), misuse.err());
    }

    @Test
    void smtpUrls_areReadAsDocumented() {
        SmtpServer submission = SmtpServer.parse("smtp://user%40example.nl:p%40ss:w@mail.example.nl:587?starttls=required");
        assertEquals("user@example.nl", submission.user());
        assertEquals("p@ss:w", submission.password());
        assertEquals(SmtpServer.StartTls.REQUIRED, submission.startTls());
        assertEquals("smtp://user@example.nl:****@mail.example.nl:587 (STARTTLS required)", submission.toString());
        SmtpServer tls = SmtpServer.parse("smtps://mail.example.nl");
        assertTrue(tls.tls());
        assertEquals(465, tls.port());
        SmtpServer local = SmtpServer.parse("smtp://localhost:2525");
        assertEquals(null, local.user());
        assertEquals(SmtpServer.StartTls.OPTIONAL, local.startTls());
        for (String bad : new String[] {"http://mail.example.nl", "smtp://", "smtp://host:25/pad", "smtps://host?starttls=required",
                "smtp://host?tls=1", "smtp://:pw@host"}) {
            assertThrows(IllegalArgumentException.class, () -> SmtpServer.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> MailSettings.parse(null, "Cursus <cursus@example.nl>\r\nBcc: x@evil.nl", null, null));
        assertThrows(IllegalArgumentException.class, () -> MailSettings.parse(null, null, "0", null));
        assertEquals("Cursusschrift <noreply@cursus.example.nl>", MailSettings.parse(null, null, null, "https://cursus.example.nl").from());
    }
}
