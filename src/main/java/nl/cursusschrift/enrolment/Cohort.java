package nl.cursusschrift.enrolment;

import java.time.LocalDate;

/** A group of learners with its own enrolment code and, optionally, its own start date. */
public record Cohort(String id, String name, String code, LocalDate startDate, Long expiresAt, boolean allOpen, long createdAt) {

    public boolean expired(long now) {
        return expiresAt != null && expiresAt <= now;
    }
}
