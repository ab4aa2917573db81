package nl.cursusschrift.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import nl.cursusschrift.ChildProcess;

/** A real SMTP server (GreenMail) on a free local port, and what the tests read from a received mail. */
public final class Mailbox implements AutoCloseable {
    public final int port;
    private GreenMail server;

    private Mailbox(int port) {
        this.port = port;
    }

    public static Mailbox start() {
        Mailbox box = new Mailbox(ChildProcess.freePort());
        box.up();
        return box;
    }

    /** A port with nothing listening yet: the mail server is "down" until {@link #up}. */
    public static Mailbox down() {
        return new Mailbox(ChildProcess.freePort());
    }

    public Mailbox up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    public SmtpServer smtp() {
        return SmtpServer.parse("smtp://127.0.0.1:" + port + "?starttls=none");
    }

    public MailSettings settings() {
        return MailSettings.none().withSmtp(smtp()).withPoll(Duration.ofMillis(100));
    }

    /** Waits (up to 20 s) until at least {@code count} mails arrived; returns every mail received so far. */
    public List<MimeMessage> await(int count) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.getReceivedMessages().length < count && System.nanoTime() < until) {
            server.waitForIncomingEmail(200, count);
        }
        return List.of(server.getReceivedMessages());
    }

    public List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    /** The text/plain and text/html parts of a multipart/alternative mail. */
    public record Parts(String text, String html) {
    }

    public static Parts parts(MimeMessage message) {
        try {
            if (!message.getContentType().startsWith("multipart/alternative")) throw new AssertionError(message.getContentType());
            Multipart multipart = (Multipart) message.getContent();
            String text = null;
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) text = (String) part.getContent();
                if (part.isMimeType("text/html")) html = (String) part.getContent();
            }
            // SMTP carries CRLF line ends; the tests compare with the \n the bodies were made with.
            return new Parts(text == null ? null : text.replace("\r\n", "\n"), html == null ? null : html.replace("\r\n", "\n"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The first absolute link in the text part that starts with {@code prefix}. */
    public static String link(MimeMessage message, String prefix) {
        String text = parts(message).text();
        int at = text.indexOf(prefix);
        if (at < 0) throw new AssertionError("no link starting with " + prefix + " in:\n" + text);
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        return text.substring(at, end);
    }

    @Override
    public void close() {
        if (server != null) server.stop();
    }
}
