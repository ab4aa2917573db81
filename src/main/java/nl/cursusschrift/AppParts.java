package nl.cursusschrift;

import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.AccountController;
import nl.cursusschrift.account.LoginController;
import nl.cursusschrift.assignment.AssignmentController;
import nl.cursusschrift.course.CourseController;
import nl.cursusschrift.enrolment.AdminController;
import nl.cursusschrift.enrolment.LearnersController;
import nl.cursusschrift.enrolment.RegistrationController;
import nl.cursusschrift.notebook.ExportController;
import nl.cursusschrift.notebook.NotebookController;
import nl.cursusschrift.notebook.SharingController;
import nl.cursusschrift.review.ProgressController;
import nl.cursusschrift.review.QueueController;
import nl.cursusschrift.review.ReviewController;
import nl.cursusschrift.web.HealthController;
import nl.cursusschrift.web.JteRenderer;
import nl.cursusschrift.web.SecurityHeaders;

/** Everything the routes need, wired by {@link Main}: one controller per feature, handed to {@link App}'s routes table. */
public record AppParts(
        Config config,
        JteRenderer renderer,
        SecurityHeaders headers,
        HealthController health,
        Access access,
        nl.cursusschrift.account.LearnerPages pages,
        CourseController course,
        AssignmentController assignments,
        NotebookController notebook,
        SharingController sharing,
        ExportController exports,
        QueueController queue,
        ReviewController review,
        ProgressController progress,
        LoginController login,
        AccountController account,
        RegistrationController registration,
        AdminController admin,
        LearnersController learners,
        nl.cursusschrift.mail.PostController post,
        nl.cursusschrift.enrolment.BulkController bulk,
        nl.cursusschrift.notify.CalendarController calendar,
        nl.cursusschrift.notify.UnsubscribeController unsubscribe,
        nl.cursusschrift.lms.Lti lti) {
}
