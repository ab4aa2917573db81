package nl.cursusschrift.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.LocalPath;
import nl.cursusschrift.web.Page;
import nl.cursusschrift.web.PublicAddress;

/** Logging in and out, and setting a new password with a one-time link. */
public final class LoginController {
    static final int MAX_EMAIL = 254;
    private static final String LOGIN_FAILED = "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.";

    private final Users users;
    private final Passwords passwords;
    private final Access access;
    private final LoginThrottle throttle;
    private final ResetLinks resetLinks;
    private final Accounts accounts;
    private final Flash flash;
    private final ForgottenPassword forgotten;
    private final PublicAddress address;

    public LoginController(Users users, Passwords passwords, Access access, LoginThrottle throttle, ResetLinks resetLinks, Accounts accounts,
                           Flash flash, ForgottenPassword forgotten, PublicAddress address) {
        this.forgotten = forgotten;
        this.address = address;
        this.users = users;
        this.passwords = passwords;
        this.access = access;
        this.throttle = throttle;
        this.resetLinks = resetLinks;
        this.accounts = accounts;
        this.flash = flash;
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
        LoginThrottle.Verdict wait = throttle.check(email, ip);
        if (!wait.allowed()) {
            wait.refuse(ctx);
            Page.render(ctx, "account/login.jte", new AccountPages.Login(form, next, "Er is te vaak een verkeerd wachtwoord geprobeerd. "
                    + wait.waitText() + (wait.hard() ? " Of vraag via 'Wachtwoord vergeten' een link om je wachtwoord opnieuw in te stellen." : "")));
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
        String subject = email.length() > MAX_EMAIL ? email.substring(0, MAX_EMAIL) : email;
        if (!ok) {
            throttle.failed(subject, ip);
            loginPage(ctx, 422, form, next, LOGIN_FAILED);
            return;
        }
        throttle.succeeded(subject, ip);
        // A password set before today's rules keeps working; the account page then asks for a new one.
        boolean outdated = passwords.problem(form.value("password"), user.get()) != null;
        access.signIn(ctx, user.get().id(), "1".equals(ctx.formParam("remember")), outdated);
        flash.set(ctx, "Welkom terug, " + user.get().name() + ".");
        // Staff come for the work waiting for them; a link they followed to get here still wins.
        String landing = next.equals("/") && user.get().role() != Role.LEARNER ? "/nakijken" : next;
        ctx.redirect(outdated ? "/account#wachtwoord-kop" : landing, HttpStatus.SEE_OTHER);
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

    public void showForgot(Context ctx) {
        Page.render(ctx, "account/forgot.jte", new AccountPages.Forgot(Form.empty(), null, null));
    }

    /** The same page, status and work for every well-formed address: whether it has an account stays unsaid. */
    public void forgot(Context ctx) {
        Form form = Form.from(ctx, "email");
        String email = form.required("email", "Vul je e-mailadres in.");
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !nl.cursusschrift.mail.Letter.validAddress(email) || !email.contains("."))) {
            form.error("email", "Dit lijkt geen e-mailadres. Vul het adres in waarmee je inlogt, zoals naam@voorbeeld.nl.");
        }
        if (form.hasErrors()) {
            ctx.status(422);
            Page.render(ctx, "account/forgot.jte", new AccountPages.Forgot(form, null, null));
            return;
        }
        String base = address.require(ctx);
        LoginThrottle.Verdict wait = forgotten.request(email, ctx.ip(), base);
        if (!wait.allowed()) {
            wait.refuse(ctx);
            Page.render(ctx, "account/forgot.jte", new AccountPages.Forgot(form, null,
                    "Er zijn van hieruit te veel links aangevraagd. " + wait.waitText()));
            return;
        }
        Page.render(ctx, "account/forgot.jte", new AccountPages.Forgot(Form.empty(), email, null));
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
        ResetLinks.Lookup link = checkedLookup(ctx, token);
        if (link == null) return;
        if (link.state() != ResetLinks.State.VALID) {
            ctx.status(link.state() == ResetLinks.State.UNKNOWN ? 404 : 410);
            Page.render(ctx, "account/reset.jte", new AccountPages.Reset(Form.empty(), token, problem(link.state())));
            return;
        }
        Form form = Form.from(ctx, "password");
        String problem = passwords.problem(form.value("password"), users.byId(link.userId()).orElse(null));
        if (problem != null) {
            form.error("password", problem);
            ctx.status(422);
            Page.render(ctx, "account/reset.jte", new AccountPages.Reset(form, token, null));
            return;
        }
        if (accounts.resetPassword(token, Passwords.hash(form.value("password"))).isEmpty()) {
            ctx.status(410);
            Page.render(ctx, "account/reset.jte", new AccountPages.Reset(Form.empty(), token, problem(ResetLinks.State.USED)));
            return;
        }
        access.signOut(ctx);
        flash.set(ctx, "Je nieuwe wachtwoord is ingesteld. Log ermee in.");
        ctx.redirect("/inloggen", HttpStatus.SEE_OTHER);
    }

    /**
     * The link's state for the form that uses it, counting unknown tokens per address like wrong passwords;
     * null after answering 429 to someone guessing links.
     */
    private ResetLinks.Lookup checkedLookup(Context ctx, String token) {
        LoginThrottle.Verdict wait = throttle.check(LoginThrottle.RESET_LINK, ctx.ip());
        if (!wait.allowed()) {
            wait.refuse(ctx);
            Page.render(ctx, "account/reset.jte", new AccountPages.Reset(Form.empty(), token,
                    "Er zijn te veel onbekende links geprobeerd. " + wait.waitText()));
            return null;
        }
        ResetLinks.Lookup link = resetLinks.lookup(token);
        if (link.state() == ResetLinks.State.UNKNOWN) throttle.failed(LoginThrottle.RESET_LINK, ctx.ip());
        return link;
    }

    private static String problem(ResetLinks.State state) {
        return switch (state) {
            case VALID -> null;
            case USED -> "Deze link is al gebruikt. Een link werkt maar één keer; vraag een nieuwe aan via 'Wachtwoord vergeten' of bij je docent.";
            case REPLACED -> "Er is een nieuwere link gemaakt, en dan werkt deze niet meer. Gebruik de nieuwste link die je kreeg.";
            case EXPIRED -> "Deze link is verlopen. Vraag een nieuwe aan via 'Wachtwoord vergeten' of bij je docent.";
            case UNKNOWN -> "Deze link kennen we niet. Controleer of je hem helemaal hebt overgenomen, of vraag een nieuwe aan via 'Wachtwoord vergeten'.";
        };
    }
}
