package nl.cursusschrift.account;

import java.time.LocalDate;
import nl.cursusschrift.course.Pace;

/** The signed-in person of this request, read with their session in one query. */
public record CurrentUser(
        String id,
        String email,
        String name,
        Role role,
        String cohortId,
        LocalDate enrolledOn,
        LocalDate startDate,
        boolean allOpen,
        LocalDate cohortStart,
        boolean cohortAllOpen,
        String sessionHash,
        String csrfToken) {

    public boolean isStaff() {
        return role != Role.LEARNER;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Pace pace() {
        return new Pace(enrolledOn, cohortStart, startDate, allOpen || cohortAllOpen);
    }
}
