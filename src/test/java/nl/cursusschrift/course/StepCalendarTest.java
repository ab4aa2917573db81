package nl.cursusschrift.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepCalendarTest {
    static final LocalDate ENROLLED = LocalDate.of(2026, 11, 23);

    static Course course(LocalDate start, Pacing pacing) {
        List<Lesson> lessons = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new Lesson(i, "Stap " + i, "", new nl.cursusschrift.web.Html(""), i + ".md", null)).toList();
        return new Course("C", null, "", start, pacing, lessons);
    }

    @Test
    void stepNOpensNMinusOneWeeksAfterEnrolment() {
        Course course = course(null, Pacing.WEEKLY);
        Pace pace = new Pace(ENROLLED, null, null, false);
        assertNull(StepCalendar.opensOn(course, pace, 1, ENROLLED));
        assertEquals(LocalDate.of(2026, 11, 30), StepCalendar.opensOn(course, pace, 2, ENROLLED));
        assertEquals(LocalDate.of(2027, 2, 8), StepCalendar.opensOn(course, pace, 12, ENROLLED));
        assertNull(StepCalendar.opensOn(course, pace, 2, LocalDate.of(2026, 11, 30)), "opens on the day itself");
        assertFalse(StepCalendar.isOpen(course, pace, 3, LocalDate.of(2026, 12, 6)));
        assertTrue(StepCalendar.isOpen(course, pace, 3, LocalDate.of(2026, 12, 7)));
    }

    @Test
    void startPrecedence_ownStartThenCohortThenCourseThenEnrolment() {
        LocalDate own = LocalDate.of(2027, 1, 4);
        LocalDate cohort = LocalDate.of(2026, 12, 1);
        LocalDate courseStart = LocalDate.of(2026, 10, 12);
        assertEquals(own, StepCalendar.start(course(courseStart, Pacing.WEEKLY), new Pace(ENROLLED, cohort, own, false)));
        assertEquals(cohort, StepCalendar.start(course(courseStart, Pacing.WEEKLY), new Pace(ENROLLED, cohort, null, false)));
        assertEquals(courseStart, StepCalendar.start(course(courseStart, Pacing.WEEKLY), new Pace(ENROLLED, null, null, false)));
        assertEquals(ENROLLED, StepCalendar.start(course(null, Pacing.WEEKLY), new Pace(ENROLLED, null, null, false)));
    }

    @Test
    void openPacingAndAllOpenOpenEverything() {
        Pace pace = new Pace(ENROLLED, null, null, false);
        assertNull(StepCalendar.opensOn(course(null, Pacing.OPEN), pace, 12, ENROLLED));
        assertNull(StepCalendar.opensOn(course(null, Pacing.WEEKLY), new Pace(ENROLLED, null, null, true), 12, ENROLLED));
    }

    @Test
    void currentWeek_staysWithinTheCourse() {
        Course course = course(null, Pacing.WEEKLY);
        Pace pace = new Pace(ENROLLED, null, null, false);
        assertEquals(1, StepCalendar.currentWeek(course, pace, ENROLLED.minusDays(3)), "before the start");
        assertEquals(1, StepCalendar.currentWeek(course, pace, ENROLLED.plusDays(6)));
        assertEquals(2, StepCalendar.currentWeek(course, pace, ENROLLED.plusDays(7)));
        assertEquals(12, StepCalendar.currentWeek(course, pace, ENROLLED.plusYears(1)));
    }

    @Test
    void datesAreWrittenInDutch() {
        assertEquals("maandag 30 november 2026", nl.cursusschrift.text.Dutch.day(LocalDate.of(2026, 11, 30)));
    }
}
