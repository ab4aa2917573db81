package nl.cursusschrift.notify;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.course.Pace;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.enrolment.Cohort;

/**
 * The iCalendar text of a calendar feed: one all-day event per step on the day it opens. A UID is
 * fixed per person and step (per cohort and step for staff), so a calendar app replaces an event
 * instead of adding a second one; SEQUENCE rises with each change of the learner's pace.
 */
final class CalendarFeed {
    private final Clock clock;

    CalendarFeed(Clock clock) {
        this.clock = clock;
    }

    /** A learner's own steps. */
    String learner(Course course, String userId, Pace pace, int sequence, String base) {
        ICalendar ical = calendar(course.title());
        String who = Ids.sha256("agenda:" + userId).substring(0, 24);
        LocalDate start = StepCalendar.start(course, pace);
        for (Lesson lesson : course.lessons()) {
            LocalDate day = start.plusDays((lesson.step() - 1) * 7L);
            String note = pace.allOpen() ? "Al je stappen staan al open; dit is de dag van je weekritme." : "Vandaag opent deze stap voor je.";
            ical.addEvent(event("stap-" + lesson.step() + "-" + who, day, "Stap " + lesson.step() + ": " + lesson.title(),
                    description(lesson, note, base), base + "/les/" + lesson.step(), sequence));
        }
        return Biweekly.write(ical).go();
    }

    /** What staff follow: per cohort with a start date, the day each step opens for it. */
    String staff(Course course, List<Cohort> cohorts, String base) {
        ICalendar ical = calendar(course.title() + " (groepen)");
        for (Cohort cohort : cohorts) {
            LocalDate start = cohort.startDate() != null ? cohort.startDate() : course.startDate();
            if (start == null) continue; // its learners each start on the day they enrolled: no one date to show
            for (Lesson lesson : course.lessons()) {
                LocalDate day = start.plusDays((lesson.step() - 1) * 7L);
                ical.addEvent(event("groep-" + cohort.id() + "-stap-" + lesson.step(), day,
                        cohort.name() + ": stap " + lesson.step() + " (" + lesson.title() + ")",
                        description(lesson, "Stap " + lesson.step() + " opent voor de groep " + cohort.name() + ".", base),
                        base + "/les/" + lesson.step(), 0));
            }
        }
        return Biweekly.write(ical).go();
    }

    private ICalendar calendar(String name) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Cursusschrift//Agenda//NL");
        ical.setMethod("PUBLISH");
        ical.setName(name);
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        ical.setExperimentalProperty("X-WR-TIMEZONE", "Europe/Amsterdam");
        ical.setRefreshInterval(new biweekly.util.Duration.Builder().hours(12).build());
        return ical;
    }

    private VEvent event(String uid, LocalDate day, String title, String description, String url, int sequence) {
        VEvent event = new VEvent();
        event.setUid(uid + "@cursusschrift");
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setDateStart(new DateStart(date(day)));
        event.setDateEnd(new DateEnd(date(day.plusDays(1))));
        event.setSummary(title);
        event.setDescription(description);
        event.setUrl(url);
        event.setSequence(sequence);
        // An opening step is a note for the day, not time that is taken.
        event.setTransparency(true);
        return event;
    }

    /** An all-day date: written as VALUE=DATE, so it is the same day in every time zone. */
    private static ICalDate date(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    private static String description(Lesson lesson, String note, String base) {
        String summary = lesson.summary() == null || lesson.summary().isBlank() ? "" : lesson.summary().strip() + "\n\n";
        return summary + note + "\n" + base + "/les/" + lesson.step();
    }
}
