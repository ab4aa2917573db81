package nl.cursusschrift.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import nl.cursusschrift.cli.CliOptions;

/**
 * {@code mail test --to ADRES}: one mail straight to the SMTP server, past the outbox, so an admin
 * sees at once whether SMTP_URL works and what the server answered. Exit 0 when it accepted the mail.
 */
public final class MailCommand {
    static final String USAGE = """
            Gebruik:
              mail test --to ADRES
                  stuurt één testmail via SMTP_URL (als MAIL_FROM) en toont wat de mailserver antwoordde
            """;

    private MailCommand() {
    }

    public static int run(String[] args, MailSettings settings, String baseUrl, PrintStream out, PrintStream err) {
        if (CliOptions.wantsHelp(args)) {
            out.print(USAGE);
            return 0;
        }
        if (args.length == 0 || !args[0].equals("test")) throw new CliOptions.Misuse("geef een opdracht: mail test --to ADRES");
        CliOptions options = CliOptions.parse("mail test", Arrays.copyOfRange(args, 1, args.length), Set.of("to"), Set.of(), 0);
        String to = options.require("to");
        if (!Letter.validAddress(to)) throw new CliOptions.Misuse("--to '" + to.replaceAll("[\\r\\n]", " ") + "' is geen e-mailadres");
        if (!settings.sends()) {
            err.println("SMTP_URL is niet ingesteld: er is geen mailserver om de testmail aan te geven.");
            return 1;
        }
        Smtp smtp = new Smtp(settings.smtp(), settings.from());
        MailBody body = MailBody.greeting("Hallo,")
                .paragraph("Dit is een testmail van Cursusschrift. Komt hij aan, dan kan de site mail versturen.")
                .link("Naar de site", baseUrl + "/")
                .build();
        OutboxSql.Row row = new OutboxSql.Row("test", "test", to, "", "Testmail van Cursusschrift", body.text(), body.html(), null,
                "<test." + nl.cursusschrift.db.Ids.random() + "@" + Outbox.hostOf(baseUrl) + ">", 0, "waiting", 0, 0, null, null);
        out.println("Verbinden met " + smtp.server() + " ...");
        try (Transport transport = smtp.connect()) {
            out.println("Verbonden" + answer(transport));
            var message = smtp.message(row);
            transport.sendMessage(message, message.getAllRecipients());
            out.println("ok: de mailserver nam de testmail aan voor " + to + answer(transport));
            return 0;
        } catch (MessagingException | RuntimeException e) {
            err.println("Mislukt: " + Smtp.describe(e));
            return 1;
        }
    }

    private static String answer(Transport transport) {
        if (transport instanceof org.eclipse.angus.mail.smtp.SMTPTransport smtp && smtp.getLastServerResponse() != null) {
            return " (server: " + smtp.getLastServerResponse().strip() + ")";
        }
        return "";
    }
}
