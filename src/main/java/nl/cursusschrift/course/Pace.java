package nl.cursusschrift.course;

import java.time.LocalDate;

/**
 * What decides when a learner's steps open.
 *
 * @param enrolledOn  the day the learner enrolled
 * @param cohortStart the start date of the learner's cohort, or null
 * @param ownStart    a start date an instructor set for this learner (e.g. after a holiday), or null
 * @param allOpen     an instructor opened every step for this learner or cohort
 */
public record Pace(LocalDate enrolledOn, LocalDate cohortStart, LocalDate ownStart, boolean allOpen) {

    /** Somebody who is not signed in reads the course as if they enrolled today. */
    public static Pace visitor(LocalDate today) {
        return new Pace(today, null, null, false);
    }

    /** Staff read everything. */
    public static Pace everything(LocalDate today) {
        return new Pace(today, null, null, true);
    }
}
