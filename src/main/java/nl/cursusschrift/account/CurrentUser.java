package nl.cursusschrift.account;

import java.time.LocalDate;
import nl.cursusschrift.course.Pace;
import nl.cursusschrift.course.Reader;

/**
 * The signed-in person of this request, read with their session in one query.
 *
 * @param remembered       the session was started with "Ingelogd blijven"
 * @param passwordOutdated the password used at login no longer meets the rules: the account page asks for a new one
 * @param versions         the versions of what this person's pages show, read with the session (see {@link LearnerPages})
 * @param queueVersion     for staff, the version of the review queue (moved whenever a submission enters or leaves it,
 *                         or whose submissions someone sees changes: migration V13), which keeps the count on
 *                         "Nakijken" valid; always 0 for a learner, so a submission elsewhere never makes their pages new
 */
public record CurrentUser(
        String id,
        String email,
        String name,
        Role role,
        String cohortId,
        String cohortName,
        LocalDate enrolledOn,
        LocalDate startDate,
        boolean allOpen,
        LocalDate cohortStart,
        boolean cohortAllOpen,
        String sessionHash,
        String csrfToken,
        boolean remembered,
        boolean passwordOutdated,
        Versions versions,
        long queueVersion) implements Reader {

    /**
     * The database's versions of a learner's own data, their cohort's and everyone's (table
     * {@code page_version}, moved by triggers on every change); 0 where nothing changed yet.
     */
    public record Versions(long own, long cohort, long all) {
        public static final Versions NONE = new Versions(0, 0, 0);
    }

    @Override
    public boolean isStaff() {
        return role != Role.LEARNER;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    @Override
    public Pace pace() {
        return new Pace(enrolledOn, cohortStart, startDate, allOpen || cohortAllOpen);
    }
}
