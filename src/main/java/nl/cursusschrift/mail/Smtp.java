package nl.cursusschrift.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/**
 * Jakarta Mail (Angus) for one {@link SmtpServer}: a session with short timeouts, so a server that
 * hangs costs the sender thread seconds, never a page request, and messages built from outbox rows.
 */
final class Smtp {
    private final SmtpServer server;
    private final Session session;
    private final InternetAddress from;

    Smtp(SmtpServer server, String from) {
        this.server = server;
        String protocol = server.tls() ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "host", server.host());
        p.put(prefix + "port", String.valueOf(server.port()));
        p.put(prefix + "auth", String.valueOf(server.user() != null));
        p.put(prefix + "connectiontimeout", "10000");
        p.put(prefix + "timeout", "30000");
        p.put(prefix + "writetimeout", "30000");
        if (server.tls()) p.put(prefix + "ssl.checkserveridentity", "true");
        if (server.startTls() != SmtpServer.StartTls.NONE) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        if (server.startTls() == SmtpServer.StartTls.REQUIRED) p.put(prefix + "starttls.required", "true");
        this.session = Session.getInstance(p);
        try {
            this.from = new InternetAddress(from, true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("MAIL_FROM is geen geldig adres");
        }
    }

    /** An open connection; the caller sends a batch over it and closes it. */
    Transport connect() throws MessagingException {
        Transport transport = session.getTransport();
        transport.connect(server.host(), server.port(), server.user(), server.password());
        return transport;
    }

    MimeMessage message(OutboxSql.Row row) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, row.messageId());
        message.setFrom(from);
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(row.toAddress(), row.toName().isEmpty() ? null : row.toName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setSubject(row.subject(), "UTF-8");
        message.setSentDate(new Date());
        if (row.unsubscribeUrl() != null) {
            // RFC 8058: a one-click POST to this URL unsubscribes, without a login.
            message.setHeader("List-Unsubscribe", "<" + row.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(row.textBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(row.htmlBody(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** Jakarta Mail writes a fresh Message-ID on every save; the outbox row's id must survive retries. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /** The server's answer in one line, for the admin page and {@code mail test}: no password can be in it. */
    static String describe(Exception e) {
        StringBuilder out = new StringBuilder();
        Throwable t = e;
        while (t != null && out.length() < 500) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                if (out.length() > 0) out.append(" / ");
                out.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage().strip());
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        String line = out.length() == 0 ? e.getClass().getSimpleName() : out.toString();
        line = line.replaceAll("[\\r\\n]+", " ");
        return line.length() > 500 ? line.substring(0, 500) : line;
    }

    SmtpServer server() {
        return server;
    }
}
