package nl.cursusschrift.enrolment;

import java.util.List;
import nl.cursusschrift.account.User;
import nl.cursusschrift.web.Form;

/** Page models of the admin and learner-management pages. */
public final class EnrolmentPages {
    private EnrolmentPages() {
    }

    /** A staff member with the names of their cohorts. */
    public record StaffRow(User user, List<String> cohorts) {
    }

    public record Admin(List<StaffRow> staff, List<Cohorts.Summary> cohorts, List<User> instructors, Form staffForm, Form cohortForm) {
    }

    /** A freshly made one-time link to hand to someone. */
    public record ResetLink(String name, String url, String validUntil, String back) {
    }

    /** One learner as listed: with the Dutch start date and the step their calendar is at. */
    public record LearnerRow(Learners.Row learner, String start, int week) {
    }

    /** @param nextUrl the link to the next page, or null on the last page */
    public record LearnerList(List<LearnerRow> learners, List<Cohort> cohorts, String cohortId, String search, String nextUrl,
                              boolean canSeeUnassigned) {
    }

    public record LearnerDetail(Learners.Row learner, String start, String week, List<Cohort> cohorts, boolean admin, Form startForm) {
    }
}
