package nl.cursusschrift.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;

/** /account: the person's own details, password, sessions, and deleting the account. */
public final class AccountController {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccountController.class);
    public static final int MAX_NAME = 100;

    private final Users users;
    private final Passwords passwords;
    private final Access access;
    private final Accounts accounts;
    private final Flash flash;
    private final Reauthentication reauthentication;
    private final AccountView view;

    public AccountController(Users users, Passwords passwords, Access access, Accounts accounts, CourseLibrary courses, Flash flash,
                             Clock clock, LoginThrottle throttle, Sessions sessions,
                             java.util.List<AccountSection> sections) {
        this.users = users;
        this.passwords = passwords;
        this.access = access;
        this.accounts = accounts;
        this.flash = flash;
        this.reauthentication = new Reauthentication(users, passwords, throttle);
        this.view = new AccountView(courses, sessions, clock, sections);
    }

    /** Checks the e-mail field of a form; returns the normalised address. */
    public static String checkEmail(Form form) {
        String email = form.required("email", "Vul je e-mailadres in.");
        if (!email.isEmpty() && (email.length() > LoginController.MAX_EMAIL || !email.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"))) {
            form.error("email", "Dit lijkt geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.");
        }
        return Users.normalizeEmail(email);
    }

    /** Checks the name field of a form; returns it trimmed. */
    public static String checkName(Form form) {
        String name = form.required("name", "Vul je naam in.");
        if (name.length() > MAX_NAME) form.error("name", "Je naam mag hoogstens " + MAX_NAME + " tekens lang zijn.");
        return name;
    }

    public void showAccount(Context ctx) {
        CurrentUser me = Access.current(ctx);
        view.render(ctx, 200, AccountView.profileOf(me), Form.empty(), Form.empty());
    }

    public void updateProfile(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Form form = Form.from(ctx, "name", "email", "current_password");
        String name = checkName(form);
        String email = checkEmail(form);
        boolean emailChanged = !email.equals(me.email());
        if (emailChanged && !form.hasErrors()
                && reauthentication.confirmed(ctx, me, form, "current_password", "Vul je huidige wachtwoord in om je e-mailadres te wijzigen.")
                && users.emailTaken(email)) {
            form.error("email", "Dit e-mailadres hoort al bij een ander account.");
        }
        if (form.hasErrors()) {
            view.render(ctx, 422, form, Form.empty(), Form.empty());
            return;
        }
        try {
            accounts.updateProfile(me.id(), name, email, emailChanged);
        } catch (RuntimeException e) {
            if (!Users.isDuplicateEmail(e)) throw e;
            form.error("email", "Dit e-mailadres hoort al bij een ander account.");
            view.render(ctx, 422, form, Form.empty(), Form.empty());
            return;
        }
        flash.set(ctx, "Je gegevens zijn opgeslagen.");
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    public void updatePassword(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Form form = Form.from(ctx, "current", "password");
        reauthentication.confirmed(ctx, me, form, "current", "Dit is niet je huidige wachtwoord.");
        String problem = passwords.problem(form.value("password"), me.email(), me.name());
        if (problem != null) form.error("password", problem);
        if (form.hasErrors()) {
            view.render(ctx, 422, AccountView.profileOf(me), form, Form.empty());
            return;
        }
        accounts.changePassword(me.id(), Passwords.hash(form.value("password")));
        access.signIn(ctx, me.id(), me.remembered(), false);
        flash.set(ctx, "Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.");
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    /** "Overal anders uitloggen": every session but this one ends. */
    public void endOtherSessions(Context ctx) {
        CurrentUser me = Access.current(ctx);
        int ended = accounts.endOtherSessions(me.id(), me.sessionHash());
        flash.set(ctx, ended == 0 ? "Je was nergens anders ingelogd."
                : "Je bent op " + Dutch.plural(ended, "ander apparaat", "andere apparaten") + " uitgelogd.");
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    /** "Verwijder mijn account": asks for the password, then deletes the account and all its work for good. */
    public void deleteAccount(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Form form = Form.from(ctx, "confirm_password");
        if (!reauthentication.confirmed(ctx, me, form, "confirm_password", "Dit is niet je wachtwoord. Er is niets verwijderd.")) {
            view.render(ctx, 422, AccountView.profileOf(me), Form.empty(), form);
            return;
        }
        int answers = accounts.delete(me.id(), me.email(), me.role());
        log.info("Account verwijderd op eigen verzoek ({} antwoorden)", answers);
        access.signOut(ctx);
        flash.set(ctx, "Je account en alles wat je schreef zijn verwijderd. Bedankt voor het meedoen.");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
