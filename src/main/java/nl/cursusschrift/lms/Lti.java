package nl.cursusschrift.lms;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.assignment.AssignmentEvents;
import nl.cursusschrift.db.Events;
import nl.cursusschrift.review.ReviewEvents;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.PublicAddress;

/** The LTI feature's parts, built once in Main: the controllers the routes table names and the frame check. */
public final class Lti {
    public final Platforms platforms;
    public final ToolKeys keys;
    public final FrameOrigins frames;
    public final LtiController controller;
    public final LtiAdminController admin;
    public final DeepLinkController deepLinking;
    /** Delivers grade passback; started with the server, stopped before the database closes. */
    public final ScoreSender scores;
    public final RosterController rosters;

    private final Clock clock;

    public Lti(Database db, Transactions transactions, Clock clock, Access access, Flash flash, PublicAddress address, Supplier<Course> course,
               nl.cursusschrift.enrolment.Cohorts cohorts) {
        // Redirects are not followed: a platform's endpoint that answers a redirect is a misconfiguration to report, not to chase.
        this.clock = clock;
        // The platform posts these from its own site; state cookie, nonce and signature guard them instead (LtiController).
        access.exemptFromCsrf("/lti/login");
        access.exemptFromCsrf("/lti/launch");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.platforms = new Platforms(db, transactions, clock);
        this.keys = new ToolKeys(db, transactions, clock);
        this.frames = new FrameOrigins(access, db);
        DeepLinks deepLinks = new DeepLinks(db, transactions, keys, clock);
        IdTokens idTokens = new IdTokens(new PlatformKeys(http, clock), platforms, clock);
        Launching launching = new Launching(transactions, clock, () -> course.get().stepCount());
        this.controller = new LtiController(platforms, new Logins(transactions, clock), idTokens, launching, deepLinks, keys, access, frames, address);
        this.admin = new LtiAdminController(platforms, flash, address, clock);
        this.deepLinking = new DeepLinkController(deepLinks, platforms, course, frames, address);
        PlatformTokens tokens = new PlatformTokens(http, keys, clock);
        this.scores = new ScoreSender(db, platforms, tokens, http, clock);
        this.rosters = new RosterController(new Rosters(db, transactions, platforms, tokens, http, clock), cohorts, flash);
    }

    /**
     * Grade passback: a submission or decision stores its score in its own transaction (so it exists exactly when
     * the change does); once committed, the sender is woken to deliver it.
     */
    public void listenTo(Events events) {
        events.inTransaction(AssignmentEvents.AnswerSubmitted.class, (h, e) -> Scores.record(h, e.userId(), e.step(), Scores.Progress.SUBMITTED, clock.millis()));
        events.inTransaction(ReviewEvents.ReviewReleased.class, (h, e) -> Scores.record(h, e.learnerId(), e.step(), Scores.Progress.APPROVED, clock.millis()));
        events.inTransaction(ReviewEvents.RevisionRequested.class, (h, e) ->
                Scores.record(h, e.learnerId(), e.step(), Scores.Progress.REVISION_ASKED, clock.millis()));
        events.afterCommit(AssignmentEvents.AnswerSubmitted.class, e -> scores.wake());
        events.afterCommit(ReviewEvents.FeedbackReleased.class, e -> scores.wake());
    }
}
