package nl.cursusschrift.account;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import nl.cursusschrift.web.Form;

/**
 * The password asked again before a change on /account (e-mail, password, deleting the account),
 * throttled like a login: someone at a borrowed session must not get unlimited guesses.
 */
final class Reauthentication {
    private final Users users;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    Reauthentication(Users users, Passwords passwords, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** True when the field holds the person's password; else false with the field's error set (and 429 when throttled). */
    boolean confirmed(Context ctx, CurrentUser me, Form form, String field, String wrong) {
        LoginThrottle.Verdict wait = throttle.check(me.email(), ctx.ip());
        if (!wait.allowed()) {
            wait.refuse(ctx);
            form.error(field, "Te vaak een verkeerd wachtwoord. " + wait.waitText());
            return false;
        }
        User stored = users.byId(me.id()).orElseThrow(NotFoundResponse::new);
        if (passwords.verify(form.value(field), stored.passwordHash())) {
            throttle.succeeded(me.email(), ctx.ip());
            return true;
        }
        throttle.failed(me.email(), ctx.ip());
        form.error(field, wrong);
        return false;
    }
}
