package nl.cursusschrift.account;

import java.util.function.Supplier;
import nl.cursusschrift.mail.Letter;
import nl.cursusschrift.mail.MailBody;
import nl.cursusschrift.mail.Outbox;
import nl.cursusschrift.db.Tx;

/**
 * The two mails of the account, both with a one-time link and both always sent (they cannot be switched
 * off: without them nobody can get in). Added to the outbox inside the transaction that makes the link.
 */
public final class AccountMails {
    public static final String RESET = "wachtwoord-vergeten";
    public static final String INVITATION = "uitnodiging";

    private final Outbox outbox;
    private final Supplier<String> siteTitle;

    public AccountMails(Outbox outbox, Supplier<String> siteTitle) {
        this.outbox = outbox;
        this.siteTitle = siteTitle;
    }

    void reset(Tx tx, User user, String url) {
        String title = siteTitle.get();
        MailBody body = MailBody.greeting("Hallo " + user.name() + ",")
                .paragraph("Je vroeg om een nieuw wachtwoord voor " + title + ". Met de link hieronder kies je zelf een nieuw wachtwoord.")
                .paragraph("De link werkt één keer en is een uur geldig. Vroeg je meer dan eens? Dan werkt alleen de nieuwste link.")
                .link("Kies een nieuw wachtwoord", url)
                .footer("Heb je dit niet gevraagd? Dan kun je deze mail negeren; je wachtwoord blijft zoals het was.")
                .build();
        outbox.add(tx.handle(), new Letter(RESET, user.email(), user.name(), "Nieuw wachtwoord voor " + title, body.text(), body.html(),
                null, null));
    }

    void invitation(Tx tx, User user, String url) {
        String title = siteTitle.get();
        String as = switch (user.role()) {
            case ADMIN -> " als beheerder";
            case INSTRUCTOR -> " als docent";
            default -> "";
        };
        MailBody body = MailBody.greeting("Hallo " + user.name() + ",")
                .paragraph("Er is een account voor je gemaakt bij " + title + as + ". Kies met de link hieronder je wachtwoord; daarna log je in met "
                        + user.email() + ".")
                .paragraph("De link werkt één keer en is 24 uur geldig. Verlopen? Vraag dan op de inlogpagina via 'Wachtwoord vergeten' een nieuwe aan.")
                .link("Kies je wachtwoord", url)
                .footer("Verwachtte je deze mail niet? Dan kun je hem negeren.")
                .build();
        outbox.add(tx.handle(), new Letter(INVITATION, user.email(), user.name(), "Uitnodiging voor " + title + ": kies je wachtwoord",
                body.text(), body.html(), null, "uitnodiging:" + user.id()));
    }
}
