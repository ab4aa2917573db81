package nl.cursusschrift.account;

import gg.jte.Content;
import io.javalin.http.Context;

/**
 * A part that a feature above account adds to the person's own /account page (which mails they get,
 * their calendar address). Main lists them in page order.
 */
public interface AccountSection {
    Content render(Context ctx, CurrentUser me);
}
