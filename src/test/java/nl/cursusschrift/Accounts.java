package nl.cursusschrift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import nl.cursusschrift.account.Passwords;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.account.User;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.enrolment.Cohort;
import nl.cursusschrift.enrolment.Cohorts;

/** Test data: accounts and cohorts straight into the app's database, and logged-in clients. */
public final class Accounts {
    public static final String PASSWORD = "lange zomeravond 42";

    private Accounts() {
    }

    public static String user(TestApp app, Role role, String email, String name, String cohortId) {
        User user = new User(Ids.random(), Users.normalizeEmail(email), name, Passwords.hash(PASSWORD), role, cohortId,
                LocalDate.now(app.clock), null, false, app.clock.millis());
        app.app.database().write(h -> {
            h.attach(nl.cursusschrift.account.AccountSql.class).insertUser(user);
            return null;
        });
        return user.id();
    }

    public static String cohort(TestApp app, String name, String code, LocalDate start) {
        Cohort cohort = new Cohort(Ids.random(), name, code, start, null, false, app.clock.millis());
        app.app.database().write(h -> {
            h.attach(nl.cursusschrift.enrolment.EnrolmentSql.class).insert(cohort.id(), name, Cohorts.normalizeCode(code),
                    start == null ? null : start.toString(), null, 0, cohort.createdAt());
            return null;
        });
        return cohort.id();
    }

    public static void assign(TestApp app, String instructorId, String cohortId) {
        app.app.database().write(h -> {
            h.attach(nl.cursusschrift.enrolment.EnrolmentSql.class).assign(instructorId, cohortId);
            return null;
        });
    }

    /** A learner for whom every step is open, logged in. */
    public static WebClient learnerWithAllStepsOpen(TestApp app, String email, String name) {
        String id = user(app, Role.LEARNER, email, name, null);
        app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return login(app, email);
    }

    public static String idOf(TestApp app, String email) {
        return app.app.database().reads().withHandle(h -> h.createQuery("SELECT id FROM app_user WHERE email = :e")
                .bind("e", email).mapTo(String.class).one());
    }

    /** A client that went through the login form. */
    public static WebClient login(TestApp app, String email) {
        WebClient web = app.client();
        web.get("/inloggen");
        var res = web.post("/inloggen", "email", email, "password", PASSWORD);
        assertEquals(303, res.status(), "login of " + email + " failed: " + res.body());
        return web;
    }

    /** Registers a learner through the form and returns the logged-in client. */
    public static WebClient register(TestApp app, String email, String name) {
        WebClient web = app.client();
        web.get("/registreren");
        var res = web.post("/registreren", "name", name, "email", email, "password", PASSWORD, "code", "");
        assertEquals(303, res.status(), "registration failed: " + res.body());
        return web;
    }
}
