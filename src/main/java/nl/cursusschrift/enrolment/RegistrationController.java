package nl.cursusschrift.enrolment;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.AccountController;
import nl.cursusschrift.account.LoginThrottle;
import nl.cursusschrift.account.Passwords;
import nl.cursusschrift.account.User;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;

/** /registreren: a learner makes an account, with an enrolment code to join a cohort. */
public final class RegistrationController {
    private static final String TAKEN = "Er is al een account met dit e-mailadres. Log in, of vraag je docent om een nieuw wachtwoord.";

    private final Users users;
    private final Cohorts cohorts;
    private final Passwords passwords;
    private final Access access;
    private final Enrolling enrolling;
    private final Flash flash;
    private final Clock clock;

    private final LoginThrottle throttle;

    public RegistrationController(Users users, Cohorts cohorts, Passwords passwords, Access access, Enrolling enrolling, Flash flash, Clock clock,
                                  LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.cohorts = cohorts;
        this.passwords = passwords;
        this.access = access;
        this.enrolling = enrolling;
        this.flash = flash;
        this.clock = clock;
    }

    public void show(Context ctx) {
        if (access.user(ctx).isPresent()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        Page.render(ctx, "enrolment/register.jte", new EnrolmentPages.Register(Form.empty().with("code", ctx.queryParam("code"))));
    }

    public void register(Context ctx) {
        Form form = Form.from(ctx, "name", "email", "password", "code");
        String name = AccountController.checkName(form);
        String email = AccountController.checkEmail(form);
        String problem = passwords.problem(form.value("password"), email, name);
        if (problem != null) form.error("password", problem);
        Cohort cohort = null;
        // Codes can be guessed: wrong ones are counted per address like wrong passwords.
        LoginThrottle.Verdict wait = form.trimmed("code").isEmpty() ? null : throttle.check(LoginThrottle.ENROLMENT_CODE, ctx.ip());
        if (wait != null && !wait.allowed()) {
            wait.refuse(ctx);
            form.error("code", "Te vaak een onbekende code. " + wait.waitText());
        } else if (wait != null) {
            cohort = cohorts.byCode(form.trimmed("code")).orElse(null);
            if (cohort == null) {
                throttle.failed(LoginThrottle.ENROLMENT_CODE, ctx.ip());
                form.error("code", "Deze inschrijfcode kennen we niet. Controleer de code bij je docent, of laat het veld leeg.");
            } else if (cohort.expired(clock.millis())) {
                form.error("code", "Deze inschrijfcode is verlopen. Vraag je docent om een nieuwe code.");
            }
        }
        if (!form.hasErrors() && users.emailTaken(email)) form.error("email", TAKEN);
        if (form.hasErrors()) {
            refuse(ctx, form);
            return;
        }
        User user;
        try {
            user = enrolling.register(name, email, Passwords.hash(form.value("password")), cohort);
        } catch (RuntimeException e) {
            if (!Users.isDuplicateEmail(e)) throw e;
            form.error("email", TAKEN);
            refuse(ctx, form);
            return;
        }
        access.signIn(ctx, user.id());
        flash.set(ctx, "Welkom bij de cursus, " + name + "! Stap 1 staat voor je klaar.");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private static void refuse(Context ctx, Form form) {
        ctx.status(ctx.statusCode() == 429 ? 429 : 422);
        Page.render(ctx, "enrolment/register.jte", new EnrolmentPages.Register(form));
    }
}
