package nl.cursusschrift.course;

import java.time.LocalDate;

/**
 * The weekly rhythm: step N opens (N-1) x 7 days after the learner's start. The start is an
 * instructor's shifted date, else the cohort's start, else the course's start, else the day the
 * learner enrolled. {@code pacing: open} in course.yml, or an instructor's "open all", opens every step.
 */
public final class StepCalendar {
    private StepCalendar() {
    }

    public static LocalDate start(Course course, Pace pace) {
        if (pace.ownStart() != null) return pace.ownStart();
        if (pace.cohortStart() != null) return pace.cohortStart();
        if (course.startDate() != null) return course.startDate();
        return pace.enrolledOn();
    }

    /** The day the step opens, or null when it is open on {@code today}. */
    public static LocalDate opensOn(Course course, Pace pace, int step, LocalDate today) {
        if (course.pacing() == Pacing.OPEN || pace.allOpen()) return null;
        LocalDate opens = start(course, pace).plusDays((step - 1) * 7L);
        return today.isBefore(opens) ? opens : null;
    }

    public static boolean isOpen(Course course, Pace pace, int step, LocalDate today) {
        return opensOn(course, pace, step, today) == null;
    }

    /** The step the learner's calendar is at today (1 .. step count). */
    public static int currentWeek(Course course, Pace pace, LocalDate today) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(start(course, pace), today);
        int week = (int) Math.floorDiv(days, 7) + 1;
        return Math.max(1, Math.min(course.stepCount(), week));
    }
}
