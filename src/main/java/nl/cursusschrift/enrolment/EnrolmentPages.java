package nl.cursusschrift.enrolment;

import java.util.List;
import nl.cursusschrift.account.User;
import nl.cursusschrift.web.Form;

/** Page models of the admin and learner-management pages. */
public final class EnrolmentPages {
    private EnrolmentPages() {
    }

    public record Register(Form form) {
    }

    /** A staff member with the names of their cohorts, as the admin page lists them. */
    public record StaffRow(User user, String role, String cohorts) {
    }

    /** A cohort with its dates in words: "bij inschrijving", "altijd", or the Dutch date. */
    public record CohortRow(Cohorts.Summary summary, String start, String codeValidUntil) {
    }

    public record Admin(List<StaffRow> staff, List<CohortRow> cohorts, List<User> instructors, Form staffForm, Form cohortForm) {
    }

    /**
     * A freshly made one-time link to hand to someone. @param mailNote what happened to the invitation mail
     * (sent, or waiting because SMTP_URL is not set), or null when none was made
     */
    public record ResetLink(String name, String url, String validUntil, String back, String mailNote) {
    }

    /** One learner as listed: with the Dutch start date and the step their calendar is at. */
    public record LearnerRow(Learners.Row learner, String start, int week) {
        /** The step their calendar is at, or that every step is open. */
        public String weekText() {
            return learner.allOpen() || learner.cohortAllOpen() ? "alles open" : String.valueOf(week);
        }
    }

    /** @param nextUrl the link to the next page, or null on the last page */
    public record LearnerList(List<LearnerRow> learners, List<Cohort> cohorts, String cohortId, String search, String nextUrl,
                              boolean canSeeUnassigned) {
    }

    /** @param sections what features above add: the learner's work, their shares */
    public record LearnerDetail(Learners.Row learner, String start, String week, List<Cohort> cohorts, boolean admin, Form startForm,
                                List<gg.jte.Content> sections) {
    }

    /**
     * The bulk enrolment page: the upload form, or the report of a checked file. Only the first rows of each
     * kind are listed (a 10,000-line file stays a readable page); {@code text} goes back with the confirmation.
     */
    public record Bulk(Form form, String problem, String notice, String text, int total, int acceptedCount, List<BulkCheck.Row> refused,
                       int moreRefused, List<BulkCheck.Row> accepted, int moreAccepted) {
        static Bulk form(Form form, String notice) {
            return new Bulk(form, null, notice, null, 0, 0, List.of(), 0, List.of(), 0);
        }

        static Bulk report(BulkCheck.Report report, int shown, String notice) {
            List<BulkCheck.Row> refused = report.refused();
            List<BulkCheck.Row> accepted = report.accepted();
            return new Bulk(Form.empty(), report.problem(), notice, report.text(), report.rows().size(), accepted.size(),
                    refused.subList(0, Math.min(shown, refused.size())), Math.max(0, refused.size() - shown),
                    accepted.subList(0, Math.min(shown, accepted.size())), Math.max(0, accepted.size() - shown));
        }

        public boolean isReport() {
            return text != null;
        }
    }
}
