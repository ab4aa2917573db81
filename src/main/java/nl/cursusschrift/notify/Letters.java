package nl.cursusschrift.notify;

import nl.cursusschrift.mail.Letter;
import nl.cursusschrift.mail.MailBody;

/**
 * Makes the optional mails' letters alike: each has a one-click unsubscribe address (signed, no login
 * needed) in its footer and in the List-Unsubscribe header the sender adds, and a pointer to /account.
 */
final class Letters {
    private final UnsubscribeTokens tokens;

    Letters(UnsubscribeTokens tokens) {
        this.tokens = tokens;
    }

    /** A person who gets a mail. */
    record To(String id, String email, String name) {
    }

    String unsubscribeUrl(String base, String userId, MailKind kind) {
        return base + UnsubscribeController.PATH + tokens.token(userId, kind);
    }

    Letter letter(String base, To to, MailKind kind, String subject, MailBody.Builder body, String dedupeKey) {
        String unsubscribe = unsubscribeUrl(base, to.id(), kind);
        body.footer("Wil je geen " + kind.what + " meer ontvangen? Meld je met één klik af: " + unsubscribe)
                .footer("Welke mails je krijgt, kies je op " + base + "/account#meldingen");
        MailBody built = body.build();
        return new Letter(kind.key, to.email(), to.name(), subject, built.text(), built.html(), unsubscribe, dedupeKey);
    }

    static MailBody.Builder hello(String name) {
        return MailBody.greeting("Hallo " + name + ",");
    }
}
