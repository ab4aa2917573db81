package nl.cursusschrift.enrolment;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.cursusschrift.Config;
import nl.cursusschrift.account.AccountController;
import nl.cursusschrift.account.Passwords;
import nl.cursusschrift.account.ResetLinks;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.account.User;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;

/** /beheer: the admin makes instructor accounts and cohorts with their enrolment codes. */
public final class AdminController {
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Users users;
    private final Cohorts cohorts;
    private final ResetLinks resetLinks;
    private final Flash flash;
    private final Clock clock;
    private final Config config;

    public AdminController(Database db, Users users, Cohorts cohorts, ResetLinks resetLinks, Flash flash, Clock clock, Config config) {
        this.db = db;
        this.users = users;
        this.cohorts = cohorts;
        this.resetLinks = resetLinks;
        this.flash = flash;
        this.clock = clock;
        this.config = config;
    }

    public void show(Context ctx) {
        render(ctx, 200, Form.empty().with("role", "instructor"), Form.empty());
    }

    private void render(Context ctx, int status, Form staffForm, Form cohortForm) {
        List<Cohorts.Summary> summaries = cohorts.summaries();
        List<User> staff = users.staff();
        var rows = staff.stream().map(u -> new EnrolmentPages.StaffRow(u, summaries.stream()
                .filter(s -> s.instructorIds().contains(u.id())).map(s -> s.cohort().name()).toList())).toList();
        var instructors = staff.stream().filter(u -> u.role() == Role.INSTRUCTOR).toList();
        ctx.status(status);
        Page.render(ctx, "enrolment/admin.jte", new EnrolmentPages.Admin(rows, summaries, instructors, staffForm, cohortForm));
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
        long now = clock.millis();
        // The account starts with an unguessable password nobody knows; the person sets their own via the link.
        User user = new User(Ids.random(), email, name, Passwords.hash(Ids.random() + Ids.random()), role, null,
                LocalDate.now(clock), null, false, now);
        db.write(h -> {
            Users.insert(h, user);
            return null;
        });
        String token = resetLinks.create(user.id());
        Page.render(ctx, "enrolment/reset-link.jte", new EnrolmentPages.ResetLink(name,
                AccountController.resetUrl(config.baseUrl(ctx), token), validUntil(), "/beheer"));
    }

    String validUntil() {
        return StepCalendar.dutch(LocalDate.now(clock).plusDays(1)) + " om "
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
        Cohort cohort = new Cohort(Ids.random(), name, code, start, expiresAt, false, clock.millis());
        db.write(h -> {
            Cohorts.insert(h, cohort);
            return null;
        });
        flash.set(ctx, "Groep '" + name + "' is aangemaakt met inschrijfcode " + code + ".");
        ctx.redirect("/beheer", HttpStatus.SEE_OTHER);
    }

    public void assign(Context ctx) {
        Cohort cohort = cohorts.byId(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        String userId = ctx.formParam("instructor");
        User instructor = userId == null ? null : users.byId(userId).filter(u -> u.role() == Role.INSTRUCTOR).orElse(null);
        if (instructor == null) throw new NotFoundResponse();
        db.write(h -> {
            Cohorts.assign(h, instructor.id(), cohort.id());
            return null;
        });
        flash.set(ctx, instructor.name() + " volgt nu de groep '" + cohort.name() + "'.");
        ctx.redirect("/beheer", HttpStatus.SEE_OTHER);
    }

    public void unassign(Context ctx) {
        Cohort cohort = cohorts.byId(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        User instructor = users.byId(ctx.pathParam("userId")).orElseThrow(NotFoundResponse::new);
        db.write(h -> {
            Cohorts.unassign(h, instructor.id(), cohort.id());
            return null;
        });
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
