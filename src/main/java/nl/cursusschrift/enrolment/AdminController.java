package nl.cursusschrift.enrolment;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.cursusschrift.account.Accounts;
import nl.cursusschrift.account.ResetLinks;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.account.User;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;
import nl.cursusschrift.web.PublicAddress;

/** /beheer: the admin makes instructor accounts and cohorts with their enrolment codes. */
public final class AdminController {
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final Cohorts cohorts;
    private final Accounts accounts;
    private final Enrolling enrolling;
    private final Flash flash;
    private final Clock clock;
    private final PublicAddress address;
    private final boolean mailSends;

    public AdminController(Users users, Cohorts cohorts, Accounts accounts, Enrolling enrolling, Flash flash, Clock clock, PublicAddress address,
                           boolean mailSends) {
        this.mailSends = mailSends;
        this.users = users;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.enrolling = enrolling;
        this.flash = flash;
        this.clock = clock;
        this.address = address;
    }

    public void show(Context ctx) {
        render(ctx, 200, Form.empty().with("role", "instructor"), Form.empty());
    }

    private void render(Context ctx, int status, Form staffForm, Form cohortForm) {
        List<Cohorts.Summary> summaries = cohorts.summaries();
        List<User> staff = users.staff();
        var rows = staff.stream().map(u -> {
            List<String> names = summaries.stream().filter(s -> s.instructorIds().contains(u.id())).map(s -> s.cohort().name()).toList();
            boolean admin = u.role() == Role.ADMIN;
            return new EnrolmentPages.StaffRow(u, admin ? "beheerder" : "docent", names.isEmpty() ? (admin ? "alle" : "nog geen") : String.join(", ", names));
        }).toList();
        var cohortRows = summaries.stream().map(s -> new EnrolmentPages.CohortRow(s,
                s.cohort().startDate() == null ? "bij inschrijving" : Dutch.day(s.cohort().startDate()),
                // The code works through the last day given: it expires at the start of the next.
                s.cohort().expiresAt() == null ? "altijd"
                        : Dutch.day(java.time.Instant.ofEpochMilli(s.cohort().expiresAt() - 1).atZone(clock.getZone()).toLocalDate()))).toList();
        var instructors = staff.stream().filter(u -> u.role() == Role.INSTRUCTOR).toList();
        ctx.status(status);
        Page.render(ctx, "enrolment/admin.jte", new EnrolmentPages.Admin(rows, cohortRows, instructors, staffForm, cohortForm));
    }

    public void addStaff(Context ctx) {
        Form form = Form.from(ctx, "name", "email", "role");
        String name = form.required("name", "Vul de naam in.");
        if (name.length() > 100) form.error("name", "De naam mag hoogstens 100 tekens lang zijn.");
        String email = form.required("email", "Vul het e-mailadres in.");
        if (!email.isEmpty() && !email.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")) form.error("email", "Dit lijkt geen e-mailadres.");
        Role role = switch (form.value("role")) {
            case "admin" -> Role.ADMIN;
            case "instructor" -> Role.INSTRUCTOR;
            default -> {
                form.error("role", "Kies docent of beheerder.");
                yield null;
            }
        };
        if (!form.hasErrors() && users.emailTaken(email)) form.error("email", "Er is al een account met dit e-mailadres.");
        if (form.hasErrors()) {
            render(ctx, 422, form, Form.empty());
            return;
        }
        String base = address.require(ctx);
        // The account starts with an unguessable password nobody knows; the person sets their own via the link.
        Accounts.Invited invited = accounts.invite(name, email, role, base);
        Page.render(ctx, "enrolment/reset-link.jte", new EnrolmentPages.ResetLink(name,
                ResetLinks.url(base, invited.token()), validUntil(), "/beheer", mailNote(email)));
    }

    /** What the staff page says about the invitation mail next to the link to copy. */
    String mailNote(String email) {
        return mailSends ? "We hebben deze link ook gemaild naar " + email + ". Komt die mail niet aan, geef de link dan zelf door."
                : "De uitnodiging voor " + email + " staat in de wachtrij op Post, maar er wordt niets verstuurd zolang SMTP_URL niet is ingesteld. "
                + "Geef de link dus zelf door.";
    }

    String validUntil() {
        return Dutch.day(LocalDate.now(clock).plusDays(1)) + " om "
                + java.time.LocalTime.now(clock).withSecond(0).withNano(0);
    }

    public void addCohort(Context ctx) {
        Form form = Form.from(ctx, "name", "code", "start", "expires");
        String name = form.required("name", "Geef de groep een naam.");
        if (name.length() > 100) form.error("name", "De naam mag hoogstens 100 tekens lang zijn.");
        String code = Cohorts.normalizeCode(form.value("code"));
        if (code.isEmpty()) code = newCode();
        if (!code.matches("[A-Z0-9-]{4,40}")) {
            form.error("code", "Een code bestaat uit 4 tot 40 letters, cijfers of streepjes.");
        } else if (cohorts.codeTaken(code)) {
            form.error("code", "Deze code is al in gebruik bij een andere groep.");
        }
        LocalDate start = date(form, "start");
        LocalDate expires = date(form, "expires");
        if (form.hasErrors()) {
            render(ctx, 422, Form.empty().with("role", "instructor"), form);
            return;
        }
        Long expiresAt = expires == null ? null : expires.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
        enrolling.addCohort(name, code, start, expiresAt);
        flash.set(ctx, "Groep '" + name + "' is aangemaakt met inschrijfcode " + code + ".");
        ctx.redirect("/beheer", HttpStatus.SEE_OTHER);
    }

    public void assign(Context ctx) {
        Cohort cohort = cohorts.byId(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        String userId = ctx.formParam("instructor");
        User instructor = userId == null ? null : users.byId(userId).filter(u -> u.role() == Role.INSTRUCTOR).orElse(null);
        if (instructor == null) throw new NotFoundResponse();
        enrolling.assign(instructor.id(), cohort.id(), true);
        flash.set(ctx, instructor.name() + " volgt nu de groep '" + cohort.name() + "'.");
        ctx.redirect("/beheer", HttpStatus.SEE_OTHER);
    }

    public void unassign(Context ctx) {
        Cohort cohort = cohorts.byId(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        User instructor = users.byId(ctx.pathParam("userId")).orElseThrow(NotFoundResponse::new);
        enrolling.assign(instructor.id(), cohort.id(), false);
        flash.set(ctx, instructor.name() + " volgt de groep '" + cohort.name() + "' niet meer.");
        ctx.redirect("/beheer", HttpStatus.SEE_OTHER);
    }

    /** A date field in yyyy-mm-dd (what a date input sends); empty is allowed. */
    static LocalDate date(Form form, String field) {
        String value = form.trimmed(field);
        if (value.isEmpty()) return null;
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 2000 || date.getYear() > 2100) throw new DateTimeParseException("range", value, 0);
            return date;
        } catch (DateTimeParseException e) {
            form.error(field, "Vul een datum in als 2026-01-12.");
            return null;
        }
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) code.append('-');
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
