package nl.cursusschrift.account;

import java.time.LocalDate;
import nl.cursusschrift.course.Pace;
import nl.cursusschrift.course.Reader;

/** The signed-in person of this request, read with their session in one query. */
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
        String csrfToken) implements Reader {

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
