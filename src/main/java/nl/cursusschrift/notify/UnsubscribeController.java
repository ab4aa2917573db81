package nl.cursusschrift.notify;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.Set;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Page;

/**
 * Choosing mails on /account, and the one-click unsubscribe of a mail's link: GET asks to confirm (a
 * link scanner that opens every link must not unsubscribe anyone), POST switches that kind off. The
 * POST is also RFC 8058's One-Click POST that a mail client sends without cookies, so the routes table
 * exempts this route, and only this one, from the CSRF check; the signed token is the proof.
 */
public final class UnsubscribeController {
    static final String PATH = "/afmelden/";

    /** @param done the kind is now off; {@code problem} set when the link is not valid */
    public record Confirm(String token, String what, boolean done, String problem) {
    }

    private final UnsubscribeTokens tokens;
    private final Notifying notifying;
    private final Flash flash;

    public UnsubscribeController(UnsubscribeTokens tokens, Notifying notifying, Flash flash) {
        this.tokens = tokens;
        this.notifying = notifying;
        this.flash = flash;
    }

    /** POST /account/meldingen: a checkbox per kind the person may have; unticked means off. */
    public void choose(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Set<MailKind> wanted = EnumSet.noneOf(MailKind.class);
        for (MailKind kind : MailKind.forStaff(me.isStaff())) if (ctx.formParam(kind.key) != null) wanted.add(kind);
        notifying.choose(me.id(), me.isStaff(), wanted);
        flash.set(ctx, "Je keuze voor mails is opgeslagen.");
        ctx.redirect("/account#meldingen", HttpStatus.SEE_OTHER);
    }

    /** GET /afmelden/{token}. */
    public void confirm(Context ctx) {
        var subject = tokens.verify(ctx.pathParam("token"));
        if (subject.isEmpty()) {
            ctx.status(404);
            Page.render(ctx, "notify/unsubscribe.jte", new Confirm(null, null, false,
                    "Deze afmeldlink klopt niet. Kopieer de hele link uit de mail, of kies op je accountpagina welke mails je krijgt."));
            return;
        }
        Page.render(ctx, "notify/unsubscribe.jte", new Confirm(ctx.pathParam("token"), subject.get().kind().what, false, null));
    }

    /** POST /afmelden/{token}: from the confirm page, or a mail client's List-Unsubscribe=One-Click. */
    public void unsubscribe(Context ctx) {
        var subject = tokens.verify(ctx.pathParam("token"));
        if (subject.isEmpty()) {
            ctx.status(404);
            Page.render(ctx, "notify/unsubscribe.jte", new Confirm(null, null, false, "Deze afmeldlink klopt niet. Er is niets veranderd."));
            return;
        }
        notifying.switchOff(subject.get().userId(), subject.get().kind());
        Page.render(ctx, "notify/unsubscribe.jte", new Confirm(null, subject.get().kind().what, true, null));
    }
}
