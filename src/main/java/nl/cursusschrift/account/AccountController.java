package nl.cursusschrift.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;

/** /account: the person's own details, password, and deleting the account. */
public final class AccountController {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccountController.class);
    public static final int MAX_NAME = 100;

    private final Users users;
    private final Passwords passwords;
    private final Access access;
    private final Accounts accounts;
    private final CourseLibrary courses;
    private final Flash flash;
    private final Clock clock;
    private final LoginThrottle throttle;

    public AccountController(Users users, Passwords passwords, Access access, Accounts accounts, CourseLibrary courses, Flash flash,
                             Clock clock, LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.passwords = passwords;
        this.access = access;
        this.accounts = accounts;
        this.courses = courses;
        this.flash = flash;
        this.clock = clock;
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
        accountPage(ctx, 200, profileOf(me), Form.empty(), Form.empty());
    }

    private static Form profileOf(CurrentUser me) {
        return Form.empty().with("name", me.name()).with("email", me.email());
    }

    private void accountPage(Context ctx, int status, Form profile, Form password, Form delete) {
        CurrentUser me = Access.current(ctx);
        var course = courses.current();
        String start = null;
        String week = null;
        if (!me.isStaff()) {
            start = Dutch.day(StepCalendar.start(course, me.pace()));
            week = "stap " + StepCalendar.currentWeek(course, me.pace(), LocalDate.now(clock)) + " van " + course.stepCount();
        }
        ctx.status(status);
        Page.render(ctx, "account/account.jte", new AccountPages.Account(profile, password, delete, roleName(me.role()), start,
                me.isStaff() ? null : me.cohortName(), week, !me.isStaff()));
    }

    static String roleName(Role role) {
        return switch (role) {
            case ADMIN -> "beheerder";
            case INSTRUCTOR -> "docent";
            default -> "deelnemer";
        };
    }

    public void updateProfile(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Form form = Form.from(ctx, "name", "email", "current_password");
        String name = checkName(form);
        String email = checkEmail(form);
        boolean emailChanged = !email.equals(me.email());
        if (emailChanged && !form.hasErrors()
                && confirmed(ctx, me, form, "current_password", "Vul je huidige wachtwoord in om je e-mailadres te wijzigen.")
                && users.emailTaken(email)) {
            form.error("email", "Dit e-mailadres hoort al bij een ander account.");
        }
        if (form.hasErrors()) {
            accountPage(ctx, refused(ctx), form, Form.empty(), Form.empty());
            return;
        }
        try {
            accounts.updateProfile(me.id(), name, email, emailChanged);
        } catch (RuntimeException e) {
            if (!Users.isDuplicateEmail(e)) throw e;
            form.error("email", "Dit e-mailadres hoort al bij een ander account.");
            accountPage(ctx, 422, form, Form.empty(), Form.empty());
            return;
        }
        flash.set(ctx, "Je gegevens zijn opgeslagen.");
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    public void updatePassword(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Form form = Form.from(ctx, "current", "password");
        confirmed(ctx, me, form, "current", "Dit is niet je huidige wachtwoord.");
        String problem = passwords.problem(form.value("password"), me.email(), me.name());
        if (problem != null) form.error("password", problem);
        if (form.hasErrors()) {
            accountPage(ctx, refused(ctx), profileOf(me), form, Form.empty());
            return;
        }
        accounts.changePassword(me.id(), Passwords.hash(form.value("password")));
        access.signIn(ctx, me.id());
        flash.set(ctx, "Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.");
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    /**
     * Checks the password asked again before a change, throttled like a login (someone with a borrowed
     * session must not get unlimited guesses). False with the field's error set.
     */
    private boolean confirmed(Context ctx, CurrentUser me, Form form, String field, String wrong) {
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

    /** 429 when the throttle refused, else 422. */
    private static int refused(Context ctx) {
        return ctx.statusCode() == 429 ? 429 : 422;
    }

    /** "Verwijder mijn account": asks for the password, then deletes the account and all its work for good. */
    public void deleteAccount(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Form form = Form.from(ctx, "confirm_password");
        if (!confirmed(ctx, me, form, "confirm_password", "Dit is niet je wachtwoord. Er is niets verwijderd.")) {
            accountPage(ctx, refused(ctx), profileOf(me), Form.empty(), form);
            return;
        }
        int answers = accounts.delete(me.id(), me.email(), me.role());
        log.info("Account verwijderd op eigen verzoek ({} antwoorden)", answers);
        access.signOut(ctx);
        flash.set(ctx, "Je account en alles wat je schreef zijn verwijderd. Bedankt voor het meedoen.");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}
