package nl.cursusschrift.account;

import java.time.LocalDate;
import nl.cursusschrift.course.Pace;
import nl.cursusschrift.course.Reader;

/**
 * The signed-in person of this request, read with their session in one query.
 *
 * @param remembered       the session was started with "Ingelogd blijven"
 * @param passwordOutdated the password used at login no longer meets the rules: the account page asks for a new one
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
        boolean passwordOutdated) implements Reader {

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
