package nl.cursusschrift;

import gg.jte.TemplateEngine;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.LearnerPages;
import nl.cursusschrift.account.AccountController;
import nl.cursusschrift.account.AccountEvents;
import nl.cursusschrift.account.AccountMails;
import nl.cursusschrift.account.Accounts;
import nl.cursusschrift.account.ForgottenPassword;
import nl.cursusschrift.account.ChromeFactory;
import nl.cursusschrift.account.LoginController;
import nl.cursusschrift.account.LoginThrottle;
import nl.cursusschrift.account.Passwords;
import nl.cursusschrift.account.ResetLinks;
import nl.cursusschrift.account.Sessions;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.assignment.AnswerProgress;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.AssignmentController;
import nl.cursusschrift.assignment.AssignmentForm;
import nl.cursusschrift.assignment.AssignmentPanels;
import nl.cursusschrift.assignment.AssignmentParser;
import nl.cursusschrift.assignment.AssignmentSection;
import nl.cursusschrift.assignment.Submissions;
import nl.cursusschrift.course.CourseController;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.CourseLoader;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.DatabaseUrl;
import nl.cursusschrift.db.Events;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.enrolment.AdminController;
import nl.cursusschrift.enrolment.BulkCheck;
import nl.cursusschrift.enrolment.BulkController;
import nl.cursusschrift.enrolment.BulkEnrolment;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.Enrolling;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.LearnersController;
import nl.cursusschrift.enrolment.RegistrationController;
import nl.cursusschrift.insight.CohortInsights;
import nl.cursusschrift.insight.InsightFigures;
import nl.cursusschrift.insight.InsightParser;
import nl.cursusschrift.mail.MailQueue;
import nl.cursusschrift.mail.MailSettings;
import nl.cursusschrift.mail.Outbox;
import nl.cursusschrift.mail.OutboxSender;
import nl.cursusschrift.mail.PostController;
import nl.cursusschrift.enrolment.EnrolmentEvents;
import nl.cursusschrift.notebook.ExportController;
import nl.cursusschrift.notebook.NotebookEvents;
import nl.cursusschrift.notify.AccountNotices;
import nl.cursusschrift.notify.CalendarController;
import nl.cursusschrift.notify.CalendarRevisions;
import nl.cursusschrift.notify.Notifications;
import nl.cursusschrift.notify.Notifying;
import nl.cursusschrift.notify.Preferences;
import nl.cursusschrift.notify.UnsubscribeController;
import nl.cursusschrift.notify.UnsubscribeTokens;
import nl.cursusschrift.notebook.LearnerWork;
import nl.cursusschrift.notebook.Notebook;
import nl.cursusschrift.notebook.NotebookController;
import nl.cursusschrift.notebook.NotebookExport;
import nl.cursusschrift.notebook.Reactions;
import nl.cursusschrift.notebook.Replies;
import nl.cursusschrift.notebook.Replying;
import nl.cursusschrift.notebook.Shares;
import nl.cursusschrift.notebook.Sharing;
import nl.cursusschrift.notebook.SharingController;
import nl.cursusschrift.notebook.StaffExports;
import nl.cursusschrift.notebook.WorkHistory;
import nl.cursusschrift.review.Progress;
import nl.cursusschrift.review.ProgressController;
import nl.cursusschrift.review.QueueController;
import nl.cursusschrift.review.ReviewController;
import nl.cursusschrift.review.ReviewEvents;
import nl.cursusschrift.review.ReviewQueue;
import nl.cursusschrift.review.Reviewing;
import nl.cursusschrift.review.Reviews;
import nl.cursusschrift.search.Search;
import nl.cursusschrift.search.SearchIndex;
import nl.cursusschrift.web.AssetVersion;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.HealthController;
import nl.cursusschrift.web.JteRenderer;
import nl.cursusschrift.web.PublicAddress;
import nl.cursusschrift.web.SecurityHeaders;

/** Wires the app by hand: every part built here, with what it needs passed in. The subcommands are in {@link Commands}. */
public final class Main {
    /** The course is Dutch; weeks open and "past 24 hours" count in Dutch time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Commands.run(args, System.out, System.err));
    }

    /** The course loader with every feature that reads part of a lesson's front matter. */
    public static CourseLoader courseLoader() {
        return new CourseLoader(assignmentParser());
    }

    public static AssignmentParser assignmentParser() {
        return new AssignmentParser(List.of(new InsightParser()));
    }

    /** Builds the whole app from its configuration; tests call this with temp directories and port 0. */
    public static App wire(Config config, Clock clock) {
        // Reading the course and opening the database are independent; doing both at once halves start-up.
        // The logger is set up first, or SLF4J warns about the two threads racing to initialise it.
        org.slf4j.LoggerFactory.getLogger(Main.class);
        AssignmentParser parser = assignmentParser();
        var loading = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                CourseLibrary.load(config.contentDir(), config.dev(), new CourseLoader(parser), clock));
        DatabaseUrl url = Commands.databaseUrl(config);
        Database db;
        CourseLibrary courses;
        try {
            db = Database.open(url, config.writeMode());
        } catch (RuntimeException e) {
            loading.cancel(true);
            throw e;
        }
        try {
            courses = loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            db.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        boolean secure = config.cookieSecure();
        Events events = new Events();
        Transactions transactions = new Transactions(db, events);
        // A learner's search text goes with their account, in the same transaction.
        events.inTransaction(AccountEvents.AccountDeleted.class, (h, e) -> SearchIndex.forget(h, e.userId()));

        Users users = new Users(db);
        Cohorts cohorts = new Cohorts(db);
        Sessions sessions = new Sessions(db, clock);
        sessions.purgeExpired();
        Access access = new Access(sessions, transactions, clock, secure);
        Enrolling enrolling = new Enrolling(transactions, clock);
        Passwords passwords = new Passwords();
        Flash flash = new Flash(secure);
        PublicAddress address = new PublicAddress(config.baseUrl());
        MailSettings mail = config.mail();
        Outbox outbox = new Outbox(clock, address);
        AccountMails accountMails = new AccountMails(outbox, () -> courses.current().title());
        Accounts accounts = new Accounts(transactions, clock, accountMails);
        ForgottenPassword forgotten = new ForgottenPassword(db, transactions, accountMails, clock);
        Learners learners = new Learners(db);
        LoginThrottle throttle = new LoginThrottle(db, transactions, clock);

        Reviews reviews = new Reviews(db, transactions, clock);
        reviews.invalidateOn(events);
        LearnerPages pages = new LearnerPages(access, clock, courses::current);
        // Another instance's change moves the database's versions: the feedback cache then reads again.
        pages.onChange(reviews::forget, reviews::forgetAll);
        ReviewQueue queue = new ReviewQueue(db);
        ChromeFactory chrome = new ChromeFactory(() -> courses.current().title(), access, flash, user -> reviews.unread(user.id()),
                AssetVersion.compute(), user -> queue.waiting(nl.cursusschrift.enrolment.Scope.of(user), user.queueVersion()));
        TemplateEngine templates = JteRenderer.engine(config.dev());
        InsightFigures figures = new InsightFigures(templates);
        Answers answers = new Answers(db, parser);
        AssignmentPanels panels = new AssignmentPanels(answers, new AssignmentForm(templates), reviews, figures, clock);
        Shares shares = new Shares(db);
        Replies replies = new Replies(db, clock);
        Replying replying = new Replying(transactions, clock);
        Notebook notebook = new Notebook(answers, shares, replies, reviews, clock);
        WorkHistory history = new WorkHistory(answers, reviews, shares, clock);
        NotebookExport export = new NotebookExport(history);
        CourseController course = new CourseController(courses, access::user, clock, new AnswerProgress(answers, reviews),
                List.of(new AssignmentSection(courses, panels), new Reactions(shares, replies, answers, clock)));
        nl.cursusschrift.lms.Lti lti = new nl.cursusschrift.lms.Lti(db, transactions, clock, access, flash, address, courses::current, cohorts);
        lti.listenTo(events);
        UnsubscribeTokens unsubscribeTokens = new UnsubscribeTokens(db);
        Preferences preferences = new Preferences(db);
        Notifying notifying = new Notifying(transactions, clock);
        Notifications notifications = new Notifications(db, transactions, courses, outbox, unsubscribeTokens, preferences, address, clock, ZONE,
                config.schedule());
        // Feedback and replies are remembered with the change itself, then mailed in hourly batches.
        events.inTransaction(ReviewEvents.FeedbackReleased.class, notifications::feedbackReleased);
        events.inTransaction(NotebookEvents.ReplyPosted.class, notifications::replyPosted);
        // Whatever may move a learner's step dates raises their calendar events' SEQUENCE with it.
        events.inTransaction(EnrolmentEvents.PaceChanged.class, (h, e) -> CalendarRevisions.learner(h, e.userId()));
        events.inTransaction(EnrolmentEvents.LearnerMoved.class, (h, e) -> CalendarRevisions.learner(h, e.userId()));
        events.inTransaction(EnrolmentEvents.CohortPaceChanged.class, (h, e) -> CalendarRevisions.cohort(h, e.cohortId()));
        AdminController admin = new AdminController(users, cohorts, accounts, enrolling, flash, clock, address, mail.sends());
        AppParts parts = new AppParts(
                config,
                new JteRenderer(templates, chrome),
                new SecurityHeaders(secure),
                new HealthController(db::healthy, () -> courses.current().stepCount(), url.kind().name().toLowerCase()),
                access,
                pages,
                course,
                new AssignmentController(courses, course, panels, answers, new Submissions(transactions, clock), figures, flash, clock),
                new NotebookController(courses, notebook, new Search(db), reviews, replying, clock),
                new SharingController(courses, course, notebook, shares, new Sharing(transactions, clock), replying, flash, clock),
                new ExportController(courses, export, users, new StaffExports(courses, export, learners, cohorts, clock), clock),
                new QueueController(courses, queue, cohorts, clock),
                new ReviewController(courses, queue, reviews, new Reviewing(transactions, clock), answers, figures, learners, cohorts, flash, clock),
                new ProgressController(courses, learners, cohorts, new Progress(db, clock), new CohortInsights(db, answers)),
                new LoginController(users, passwords, access, throttle, new ResetLinks(db, clock), accounts, flash, forgotten, address),
                new AccountController(users, passwords, access, accounts, courses, flash, clock, throttle, sessions,
                        List.of(new AccountNotices(preferences, db, address))),
                new RegistrationController(users, cohorts, passwords, access, enrolling, flash, clock, throttle),
                admin,
                new LearnersController(learners, cohorts, accounts, enrolling, courses, flash, clock, address, admin,
                        List.of(new LearnerWork(courses, history, clock))),
                new PostController(new MailQueue(db, clock), mail, config.baseUrl() != null, flash, clock),
                new BulkController(new BulkCheck(users, cohorts), new BulkEnrolment(transactions, accounts, clock), flash, address),
                new CalendarController(courses, db, users, learners, cohorts, notifying, clock, address, flash),
                new UnsubscribeController(unsubscribeTokens, notifying, flash),
                lti);
        App app = new App(parts, db, events);
        app.closeOnStop(notifications);
        app.closeOnStop(forgotten);
        if (mail.sends()) {
            app.closeOnStop(new OutboxSender(db, mail, clock).start());
        } else {
            org.slf4j.LoggerFactory.getLogger(Main.class).info("SMTP_URL is niet gezet: mails blijven in de wachtrij op /beheer/post");
        }
        return app;
    }
}
