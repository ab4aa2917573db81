package nl.cursusschrift.account;

import java.time.LocalDate;

/**
 * An account. {@code startDate} is only set when an instructor moved this learner's weeks;
 * otherwise the weeks count from the cohort's or course's start, or from {@code enrolledOn}.
 */
public record User(
        String id,
        String email,
        String name,
        String passwordHash,
        Role role,
        String cohortId,
        LocalDate enrolledOn,
        LocalDate startDate,
        boolean allOpen,
        long createdAt) {

    public boolean isStaff() {
        return role != Role.LEARNER;
    }

    // The forms the columns store, for AccountSql's insert.

    public String storedRole() {
        return role.stored();
    }

    public String enrolledOnText() {
        return enrolledOn.toString();
    }

    public String startDateText() {
        return startDate == null ? null : startDate.toString();
    }

    public int allOpenFlag() {
        return allOpen ? 1 : 0;
    }
}
