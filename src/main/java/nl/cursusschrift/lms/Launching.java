package nl.cursusschrift.lms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntSupplier;
import nl.cursusschrift.account.Passwords;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.account.User;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.db.Tx;
import nl.cursusschrift.enrolment.Cohort;
import nl.cursusschrift.enrolment.Enrolling;

/**
 * What a verified launch changes here, in one transaction: the platform user's account (made on the first
 * launch), the course's cohort, the instructor's link to that cohort, the resource link and its step.
 */
public final class Launching {
    /** Who was let in, and where they land (0: the course index). */
    public record Result(String userId, Role role, int step, boolean created) {
    }

    private final Transactions transactions;
    private final Clock clock;
    private final IntSupplier stepCount;

    public Launching(Transactions transactions, Clock clock, IntSupplier stepCount) {
        this.transactions = transactions;
        this.clock = clock;
        this.stepCount = stepCount;
    }

    public Result launch(Platform platform, Claims claims) {
        long now = clock.millis();
        // Hashing the unusable password is slow (Argon2): done before the transaction, not inside the writer.
        String unusablePassword = Passwords.hash(Ids.random() + Ids.random());
        return transactions.run(tx -> {
            LtiSql sql = tx.sql(LtiSql.class);
            Optional<LtiSql.Identity> identity = sql.identity(platform.id(), claims.subject());
            if (identity.isPresent() && identity.get().userId() == null) {
                throw LaunchRefused.unauthorized("Je account bij Cursusschrift is verwijderd, dus openen vanuit je leeromgeving kan niet meer. "
                        + "Denk je dat dit niet klopt, vraag dan de beheerder van de cursus.");
            }
            boolean instructor = claims.instructor();
            if (identity.isPresent() && instructor && Role.ofUser(identity.get().role()) == Role.LEARNER) {
                throw LaunchRefused.unauthorized("Je account bij Cursusschrift is een deelnemersaccount; als docent openen kan daarmee niet. "
                        + "Vraag de beheerder van Cursusschrift om je docentaccount.");
            }
            String cohortId = cohortOf(tx, platform, claims, now);
            String userId;
            Role role;
            boolean created = identity.isEmpty();
            if (created) {
                role = instructor ? Role.INSTRUCTOR : Role.LEARNER;
                userId = createAccount(tx, platform.id(), claims.subject(), claims.name(), claims.email(), role, cohortId, unusablePassword,
                        LocalDate.now(clock), now);
            } else {
                userId = identity.get().userId();
                role = Role.ofUser(identity.get().role());
            }
            if (instructor && role == Role.INSTRUCTOR) Enrolling.assignInstructor(tx, userId, cohortId);
            Integer custom = step(claims.customStep());
            if (claims.resourceLinkId() != null) sql.upsertLink(platform.id(), claims.resourceLinkId(), claims.contextId(), custom, claims.lineitemUrl());
            int step = custom != null ? custom
                    : claims.resourceLinkId() == null ? 0 : sql.linkStep(platform.id(), claims.resourceLinkId()).orElse(0);
            tx.publish(new LtiEvents.Launched(platform.id(), userId, created));
            return new Result(userId, role, step, created);
        });
    }

    /** A platform user's new account and its link to them, in a launch's or a roster sync's transaction; returns its id. */
    static String createAccount(Tx tx, String platformId, String subject, String name, String email, Role role, String cohortId,
                                String passwordHash, LocalDate today, long now) {
        LtiSql sql = tx.sql(LtiSql.class);
        User user = new User(Ids.random(), email(sql, email), name(name), passwordHash, role, role == Role.LEARNER ? cohortId : null, today,
                null, false, now);
        if (role == Role.LEARNER) Enrolling.enrolNew(tx, user);
        else nl.cursusschrift.account.Accounts.create(tx, user, false);
        sql.insertIdentity(platformId, subject, user.id(), now);
        return user.id();
    }

    /** The cohort of the platform's course, made on its first launch. */
    private static String cohortOf(Tx tx, Platform platform, Claims claims, long now) {
        LtiSql sql = tx.sql(LtiSql.class);
        String title = claims.contextTitle().length() > 100 ? claims.contextTitle().substring(0, 100) : claims.contextTitle();
        Optional<LtiSql.ContextRow> context = sql.context(platform.id(), claims.contextId());
        if (context.isPresent() && context.get().cohortId() != null) {
            sql.updateContext(platform.id(), claims.contextId(), context.get().cohortId(), title, claims.membershipsUrl(), claims.lineitemsUrl());
            return context.get().cohortId();
        }
        Cohort cohort = Enrolling.createClosedCohort(tx, title, now);
        if (context.isPresent()) sql.updateContext(platform.id(), claims.contextId(), cohort.id(), title, claims.membershipsUrl(), claims.lineitemsUrl());
        else sql.insertContext(platform.id(), claims.contextId(), cohort.id(), title, claims.membershipsUrl(), claims.lineitemsUrl());
        return cohort.id();
    }

    /** The platform's e-mail address when no account here has it; otherwise a placeholder, so no account is ever taken over. */
    static String email(LtiSql sql, String claimed) {
        String normal = claimed == null ? "" : Users.normalizeEmail(claimed);
        boolean usable = normal.length() <= 254 && normal.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
        if (usable && sql.emailCount(normal) == 0) return normal;
        return "lti-" + Ids.random().toLowerCase(java.util.Locale.ROOT) + "@lti.invalid";
    }

    private static String name(String claimed) {
        String name = claimed == null || claimed.isBlank() ? "Deelnemer" : claimed.strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private Integer step(String custom) {
        if (custom == null) return null;
        try {
            int n = Integer.parseInt(custom.strip());
            return n >= 1 && n <= stepCount.getAsInt() ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
