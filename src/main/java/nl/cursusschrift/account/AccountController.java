package nl.cursusschrift.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.enrolment.Cohort;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.LocalPath;
import nl.cursusschrift.web.Page;

/** Registering, logging in and out, the account page and reset links. */
public final class AccountController {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccountController.class);
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    private static final String LOGIN_FAILED = "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.";

    private final Database db;
    private final Users users;
    private final Cohorts cohorts;
    private final Passwords passwords;
    private final Access access;
    private final LoginThrottle throttle;
    private final ResetLinks resetLinks;
    private final CourseLibrary courses;
    private final Flash flash;
    private final Clock clock;

    public AccountController(Database db, Users users, Cohorts cohorts, Passwords passwords, Access access,
                             LoginThrottle throttle, ResetLinks resetLinks, CourseLibrary courses, Flash flash, Clock clock) {
        this.db = db;
        this.users = users;
        this.cohorts = cohorts;
        this.passwords = passwords;
        this.access = access;
        this.throttle = throttle;
        this.resetLinks = resetLinks;
        this.courses = courses;
        this.flash = flash;
        this.clock = clock;
    }

    public void showLogin(Context ctx) {
        if (access.user(ctx).isPresent()) {
            ctx.redirect(LocalPath.orHome(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        Page.render(ctx, "account/login.jte", new AccountPages.Login(Form.empty(), LocalPath.orHome(ctx.queryParam("next")), null));
    }

    public void login(Context ctx) {
        Form form = Form.from(ctx, "email", "password");
        String next = LocalPath.orHome(ctx.formParam("next"));
        String email = form.trimmed("email");
        form.required("email", "Vul je e-mailadres in.");
        if (form.value("password").isEmpty()) form.error("password", "Vul je wachtwoord in.");
        if (form.hasErrors()) {
            loginPage(ctx, 422, form, next, null);
            return;
        }
        String ip = ctx.ip();
        if (throttle.blocked(email, ip)) {
            loginPage(ctx, 429, form, next, "Er is te vaak een verkeerd wachtwoord geprobeerd. Wacht een kwartier en probeer het dan opnieuw, "
                    + "of vraag je docent om een link om je wachtwoord opnieuw in te stellen.");
            return;
        }
        var user = email.length() > MAX_EMAIL ? java.util.Optional.<User>empty() : users.byEmail(email);
        boolean ok;
        if (user.isPresent()) {
            ok = passwords.verify(form.value("password"), user.get().passwordHash());
        } else {
            passwords.verifyDummy(form.value("password"));
            ok = false;
        }
        if (!ok) {
            throttle.failed(email.length() > MAX_EMAIL ? email.substring(0, MAX_EMAIL) : email, ip);
            loginPage(ctx, 422, form, next, LOGIN_FAILED);
            return;
        }
        throttle.succeeded(email);
        access.signIn(ctx, user.get().id());
        flash.set(ctx, "Welkom terug, " + user.get().name() + ".");
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void loginPage(Context ctx, int status, Form form, String next, String notice) {
        ctx.status(status);
        Page.render(ctx, "account/login.jte", new AccountPages.Login(form, next, notice));
    }

    public void logout(Context ctx) {
        access.signOut(ctx);
        flash.set(ctx, "Je bent uitgelogd. Tot de volgende keer!");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    public void showRegister(Context ctx) {
        if (access.user(ctx).isPresent()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        Page.render(ctx, "account/register.jte", new AccountPages.Register(Form.empty().with("code", ctx.queryParam("code"))));
    }

    public void register(Context ctx) {
        Form form = Form.from(ctx, "name", "email", "password", "code");
        String name = form.required("name", "Vul je naam in.");
        if (name.length() > MAX_NAME) form.error("name", "Je naam mag hoogstens " + MAX_NAME + " tekens lang zijn.");
        String email = checkEmail(form);
        String problem = passwords.problem(form.value("password"));
        if (problem != null) form.error("password", problem);
        Cohort cohort = null;
        if (!form.trimmed("code").isEmpty()) {
            cohort = cohorts.byCode(form.trimmed("code")).orElse(null);
            if (cohort == null) {
                form.error("code", "Deze inschrijfcode kennen we niet. Controleer de code bij je docent, of laat het veld leeg.");
            } else if (cohort.expired(clock.millis())) {
                form.error("code", "Deze inschrijfcode is verlopen. Vraag je docent om een nieuwe code.");
            }
        }
        if (!form.hasErrors() && users.emailTaken(email)) {
            form.error("email", "Er is al een account met dit e-mailadres. Log in, of vraag je docent om een nieuw wachtwoord.");
        }
        if (form.hasErrors()) {
            ctx.status(422);
            Page.render(ctx, "account/register.jte", new AccountPages.Register(form));
            return;
        }
        User user = new User(Ids.random(), email, name, Passwords.hash(form.value("password")), Role.LEARNER,
                cohort == null ? null : cohort.id(), LocalDate.now(clock), null, false, clock.millis());
        try {
            db.write(h -> {
                Users.insert(h, user);
                return null;
            });
        } catch (RuntimeException e) {
            if (!Users.isDuplicateEmail(e)) throw e;
            form.error("email", "Er is al een account met dit e-mailadres. Log in, of vraag je docent om een nieuw wachtwoord.");
            ctx.status(422);
            Page.render(ctx, "account/register.jte", new AccountPages.Register(form));
            return;
        }
        access.signIn(ctx, user.id());
        flash.set(ctx, "Welkom bij de cursus, " + name + "! Stap 1 staat voor je klaar.");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Checks the e-mail field of a form; returns the normalised address. */
    static String checkEmail(Form form) {
        String email = form.required("email", "Vul je e-mailadres in.");
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !email.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"))) {
            form.error("email", "Dit lijkt geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.");
        }
        return Users.normalizeEmail(email);
    }

    public void showAccount(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Form profile = Form.empty().with("name", me.name()).with("email", me.email());
        accountPage(ctx, 200, profile, Form.empty(), Form.empty());
    }

    private void accountPage(Context ctx, int status, Form profile, Form password, Form delete) {
        CurrentUser me = Access.current(ctx);
        var course = courses.current();
        String start = null;
        String week = null;
        String cohortName = null;
        if (!me.isStaff()) {
            LocalDate today = LocalDate.now(clock);
            start = StepCalendar.dutch(StepCalendar.start(course, me.pace()));
            week = "stap " + StepCalendar.currentWeek(course, me.pace(), today) + " van " + course.stepCount();
            cohortName = me.cohortId() == null ? null : cohorts.byId(me.cohortId()).map(Cohort::name).orElse(null);
        }
        ctx.status(status);
        Page.render(ctx, "account/account.jte", new AccountPages.Account(profile, password, delete, roleName(me.role()), start, cohortName, week,
                !me.isStaff()));
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
        String name = form.required("name", "Vul je naam in.");
        if (name.length() > MAX_NAME) form.error("name", "Je naam mag hoogstens " + MAX_NAME + " tekens lang zijn.");
        String email = checkEmail(form);
        boolean emailChanged = !email.equals(me.email());
        if (emailChanged && !form.hasErrors()) {
            User stored = users.byId(me.id()).orElseThrow(NotFoundResponse::new);
            if (!passwords.verify(form.value("current_password"), stored.passwordHash())) {
                form.error("current_password", "Vul je huidige wachtwoord in om je e-mailadres te wijzigen.");
            } else if (users.emailTaken(email)) {
                form.error("email", "Dit e-mailadres hoort al bij een ander account.");
            }
        }
        if (form.hasErrors()) {
            accountPage(ctx, 422, form, Form.empty(), Form.empty());
            return;
        }
        try {
            db.write(h -> {
                Users.updateProfile(h, me.id(), name, email);
                return null;
            });
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
        User stored = users.byId(me.id()).orElseThrow(NotFoundResponse::new);
        if (!passwords.verify(form.value("current"), stored.passwordHash())) {
            form.error("current", "Dit is niet je huidige wachtwoord.");
        }
        String problem = passwords.problem(form.value("password"));
        if (problem != null) form.error("password", problem);
        if (form.hasErrors()) {
            Form profile = Form.empty().with("name", me.name()).with("email", me.email());
            accountPage(ctx, 422, profile, form, Form.empty());
            return;
        }
        String hash = Passwords.hash(form.value("password"));
        db.write(h -> {
            Users.updatePassword(h, me.id(), hash);
            Sessions.destroyAllOf(h, me.id(), null);
            return null;
        });
        access.signIn(ctx, me.id());
        flash.set(ctx, "Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.");
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    /** "Verwijder mijn account": asks for the password, then deletes the account and all its work for good. */
    public void deleteAccount(Context ctx) {
        CurrentUser me = Access.current(ctx);
        Form form = Form.from(ctx, "confirm_password");
        User stored = users.byId(me.id()).orElseThrow(NotFoundResponse::new);
        if (!passwords.verify(form.value("confirm_password"), stored.passwordHash())) {
            form.error("confirm_password", "Dit is niet je wachtwoord. Er is niets verwijderd.");
            accountPage(ctx, 422, Form.empty().with("name", me.name()).with("email", me.email()), Form.empty(), form);
            return;
        }
        long now = clock.millis();
        int answers = db.write(h -> {
            int count = h.createQuery("SELECT COUNT(*) FROM answer WHERE user_id = :id").bind("id", me.id()).mapTo(Integer.class).one();
            Users.delete(h, me.id(), me.email());
            // A trace that it happened, without who: no name, no e-mail, no id.
            h.createUpdate("INSERT INTO audit_event (id, at, action, detail) VALUES (:id, :at, 'account-deleted', :detail)")
                    .bind("id", Ids.random()).bind("at", now).bind("detail", roleName(me.role()) + ", " + count + " antwoorden").execute();
            return count;
        });
        log.info("Account verwijderd op eigen verzoek ({} antwoorden)", answers);
        access.signOut(ctx);
        flash.set(ctx, "Je account en alles wat je schreef zijn verwijderd. Bedankt voor het meedoen.");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    public void showReset(Context ctx) {
        String token = ctx.pathParam("token");
        ResetLinks.Lookup link = resetLinks.lookup(token);
        String problem = problem(link.state());
        ctx.status(problem == null ? 200 : link.state() == ResetLinks.State.UNKNOWN ? 404 : 410);
        Page.render(ctx, "account/reset.jte", new AccountPages.Reset(Form.empty(), token, problem));
    }

    public void reset(Context ctx) {
        String token = ctx.pathParam("token");
        ResetLinks.Lookup link = resetLinks.lookup(token);
        if (link.state() != ResetLinks.State.VALID) {
            ctx.status(link.state() == ResetLinks.State.UNKNOWN ? 404 : 410);
            Page.render(ctx, "account/reset.jte", new AccountPages.Reset(Form.empty(), token, problem(link.state())));
            return;
        }
        Form form = Form.from(ctx, "password");
        String problem = passwords.problem(form.value("password"));
        if (problem != null) {
            form.error("password", problem);
            ctx.status(422);
            Page.render(ctx, "account/reset.jte", new AccountPages.Reset(form, token, null));
            return;
        }
        if (resetLinks.use(token, Passwords.hash(form.value("password"))).isEmpty()) {
            ctx.status(410);
            Page.render(ctx, "account/reset.jte", new AccountPages.Reset(Form.empty(), token, problem(ResetLinks.State.USED)));
            return;
        }
        access.signOut(ctx);
        flash.set(ctx, "Je nieuwe wachtwoord is ingesteld. Log ermee in.");
        ctx.redirect("/inloggen", HttpStatus.SEE_OTHER);
    }

    private static String problem(ResetLinks.State state) {
        return switch (state) {
            case VALID -> null;
            case USED -> "Deze link is al gebruikt. Een link werkt maar één keer; vraag je docent om een nieuwe.";
            case EXPIRED -> "Deze link is verlopen: hij werkt 24 uur. Vraag je docent om een nieuwe.";
            case UNKNOWN -> "Deze link kennen we niet. Controleer of je hem helemaal hebt overgenomen, of vraag je docent om een nieuwe.";
        };
    }

    /** For the CLI and staff pages: the absolute link for a token. */
    public static String resetUrl(String baseUrl, String token) {
        return baseUrl + ResetLinks.PATH + token;
    }
}
