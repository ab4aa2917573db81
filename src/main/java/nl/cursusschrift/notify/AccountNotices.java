package nl.cursusschrift.notify;

import gg.jte.Content;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cursusschrift.account.AccountSection;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.web.Page;
import nl.cursusschrift.web.PublicAddress;

/** The two parts of /account this feature adds: which mails the person gets, and their calendar address. */
public final class AccountNotices implements AccountSection {
    /** One checkbox: a kind of mail and whether it is on. */
    public record Choice(String key, String label, boolean on) {
    }

    /**
     * @param feedUrl    the https address of the calendar feed, or null when there is none (or no address is known)
     * @param webcalUrl  the same as a webcal:// link, which calendar apps open as a subscription
     */
    public record Model(List<Choice> choices, boolean staff, String feedUrl, String webcalUrl, boolean hasFeed, String addressProblem) {
    }

    private final Preferences preferences;
    private final Database db;
    private final PublicAddress address;

    public AccountNotices(Preferences preferences, Database db, PublicAddress address) {
        this.preferences = preferences;
        this.db = db;
        this.address = address;
    }

    @Override
    public Content render(Context ctx, CurrentUser me) {
        Set<MailKind> on = preferences.wanted(me.id(), me.isStaff());
        List<Choice> choices = MailKind.forStaff(me.isStaff()).stream().map(k -> new Choice(k.key, k.label, on.contains(k))).toList();
        String token = db.reads().withHandle(h -> h.attach(NotifySql.class).feedOf(me.id())).orElse(null);
        String feed = null;
        String webcal = null;
        String problem = null;
        if (token != null) {
            try {
                feed = address.require(ctx) + CalendarController.PATH + token + ".ics";
                webcal = feed.replaceFirst("^https?://", "webcal://");
            } catch (PublicAddress.Unknown e) {
                problem = "Het adres van je agenda kan niet getoond worden: de beheerder moet BASE_URL instellen.";
            }
        }
        return Page.partial(ctx, "notify/account-notices.jte",
                Map.of("notices", new Model(choices, me.isStaff(), feed, webcal, token != null, problem)));
    }
}
