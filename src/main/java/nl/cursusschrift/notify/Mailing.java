package nl.cursusschrift.notify;

import java.time.Clock;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.mail.Outbox;

/** What each of the mail runs (reminders, notices, the overview) works with. */
record Mailing(Database db, Transactions transactions, CourseLibrary courses, Outbox outbox, Letters letters, Preferences preferences,
               Clock clock) {
}
