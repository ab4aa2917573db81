package nl.cursusschrift.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Pace;
import nl.cursusschrift.course.StepCalendar;

/**
 * Which steps one learner's morning mail announces. Steps open as a prefix (1..k): weekly from the
 * start, or all at once. The plan compares today's k with what the last run saw, so a shifted start or
 * "open all" that opens several steps at once becomes one mail listing them, and a step that closed
 * again (a start moved later) is simply seen as closed.
 *
 * <p>Catching up: when the runs went on without a gap (the last was yesterday or today), every newly
 * opened step is told. After a longer gap (the app was down over a morning) only steps whose weekly day
 * is today are told; a step that opened days ago is no longer news, and the learner sees it on the site.
 *
 * @param announce the steps to mail about, in order (none already handed in)
 * @param openNow  the number of open steps today, to remember for tomorrow
 */
record ReminderPlan(List<Integer> announce, int openNow) {

    static ReminderPlan of(Course course, Pace pace, LocalDate today, Integer seen, boolean continuous, Set<Integer> handedIn) {
        int openNow = openSteps(course, pace, today);
        int before = seen != null ? seen : openSteps(course, pace, pace.enrolledOn().isBefore(today) ? today.minusDays(1) : today);
        List<Integer> announce = new ArrayList<>();
        LocalDate start = StepCalendar.start(course, pace);
        for (int step = before + 1; step <= openNow; step++) {
            if (handedIn.contains(step)) continue;
            boolean opensToday = start.plusDays((step - 1) * 7L).equals(today);
            if (continuous || opensToday) announce.add(step);
        }
        return new ReminderPlan(List.copyOf(announce), openNow);
    }

    /** How many steps are open on the day: they open in order, so this is the highest open step. */
    static int openSteps(Course course, Pace pace, LocalDate day) {
        int open = 0;
        while (open < course.stepCount() && StepCalendar.isOpen(course, pace, open + 1, day)) open++;
        return open;
    }
}
