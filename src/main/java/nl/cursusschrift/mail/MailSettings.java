package nl.cursusschrift.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;

/**
 * The mail settings from the environment: the SMTP server (null: mails stay in the outbox), the
 * From address, how often a mail is tried before it is marked failed, and how often the sender looks.
 */
public record MailSettings(SmtpServer smtp, String from, int maxTries, Duration poll) {
    public static final int DEFAULT_MAX_TRIES = 10;

    public MailSettings {
        if (maxTries < 1) throw new IllegalArgumentException("MAIL_MAX_TRIES moet 1 of meer zijn");
    }

    /** Nothing configured: what tests and a first try-out get. */
    public static MailSettings none() {
        return new MailSettings(null, "Cursusschrift <noreply@localhost>", DEFAULT_MAX_TRIES, Duration.ofSeconds(5));
    }

    public boolean sends() {
        return smtp != null;
    }

    public MailSettings withSmtp(SmtpServer server) {
        return new MailSettings(server, from, maxTries, poll);
    }

    public MailSettings withPoll(Duration every) {
        return new MailSettings(smtp, from, maxTries, every);
    }

    public MailSettings withMaxTries(int tries) {
        return new MailSettings(smtp, from, tries, poll);
    }

    /**
     * Reads the settings; every problem is an {@link IllegalArgumentException} with one Dutch line that
     * names the setting (and never shows a password). {@code baseUrl} gives MAIL_FROM's default domain.
     */
    public static MailSettings parse(String smtpUrl, String from, String maxTries, String baseUrl) {
        SmtpServer server = smtpUrl == null ? null : SmtpServer.parse(smtpUrl);
        if (server != null && baseUrl == null) {
            throw new IllegalArgumentException("SMTP_URL is gezet maar BASE_URL niet: de links in mails worden van BASE_URL gemaakt");
        }
        String sender = from != null ? checkFrom(from)
                : "Cursusschrift <noreply@" + (baseUrl == null ? "localhost" : Outbox.hostOf(baseUrl)) + ">";
        int tries;
        try {
            tries = maxTries == null ? DEFAULT_MAX_TRIES : Integer.parseInt(maxTries.strip());
            if (tries < 1 || tries > 100) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MAIL_MAX_TRIES moet een getal van 1 tot 100 zijn, niet '" + maxTries + "'");
        }
        return new MailSettings(server, sender, tries, Duration.ofSeconds(5));
    }

    private static String checkFrom(String from) {
        try {
            if (from.indexOf('\r') >= 0 || from.indexOf('\n') >= 0) throw new AddressException("line break");
            InternetAddress address = new InternetAddress(from, true);
            Letter.checkAddress(address.getAddress());
            return address.toString();
        } catch (AddressException | IllegalArgumentException e) {
            throw new IllegalArgumentException("MAIL_FROM '" + from.replaceAll("[\\r\\n]", " ")
                    + "' is geen geldig afzenderadres (bijvoorbeeld: Cursus <cursus@example.nl>)");
        }
    }
}
