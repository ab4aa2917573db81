package nl.cursusschrift.notify;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.CurrentUser;
import nl.cursusschrift.account.User;
import nl.cursusschrift.account.Users;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.enrolment.Cohorts;
import nl.cursusschrift.enrolment.Learners;
import nl.cursusschrift.enrolment.Scope;
import nl.cursusschrift.web.Flash;
import nl.cursusschrift.web.PublicAddress;

/** The secret calendar feed (/agenda/{token}.ics) and, on /account, making and stopping its address. */
public final class CalendarController {
    static final String PATH = "/agenda/";

    private final CourseLibrary courses;
    private final Database db;
    private final Users users;
    private final Learners learners;
    private final Cohorts cohorts;
    private final Notifying notifying;
    private final CalendarFeed feed;
    private final PublicAddress address;
    private final Flash flash;

    public CalendarController(CourseLibrary courses, Database db, Users users, Learners learners, Cohorts cohorts, Notifying notifying,
                              java.time.Clock clock, PublicAddress address, Flash flash) {
        this.courses = courses;
        this.db = db;
        this.users = users;
        this.learners = learners;
        this.cohorts = cohorts;
        this.notifying = notifying;
        this.feed = new CalendarFeed(clock);
        this.address = address;
        this.flash = flash;
    }

    /** GET /agenda/{token}.ics: no session, the token is the key; an unknown or stopped token is a 404. */
    public void show(Context ctx) {
        String token = ctx.pathParam("token");
        if (token.endsWith(".ics")) token = token.substring(0, token.length() - 4);
        String t = token;
        String owner = t.length() > 40 ? null : db.reads().withHandle(h -> h.attach(NotifySql.class).feedOwner(t)).orElse(null);
        User user = owner == null ? null : users.byId(owner).orElse(null);
        if (user == null) throw new NotFoundResponse();
        String base = address.require(ctx);
        var course = courses.current();
        String text;
        if (user.isStaff()) {
            text = feed.staff(course, cohorts.visibleTo(user.id(), user.role() == nl.cursusschrift.account.Role.ADMIN), base);
        } else {
            Learners.Row row = learners.visible(new Scope(user.id(), true), user.id()).orElseThrow(NotFoundResponse::new);
            int sequence = db.reads().withHandle(h -> h.attach(NotifySql.class).sequence(user.id())).orElse(0);
            text = feed.learner(course, user.id(), row.pace(), sequence, base);
        }
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Content-Disposition", "inline; filename=\"cursusschrift.ics\"");
        // A personal feed: no shared cache may keep it; calendar apps poll it anyway.
        ctx.header("Cache-Control", "private, no-store");
        ctx.result(text.getBytes(StandardCharsets.UTF_8));
    }

    /** POST /account/agenda: a new address; the old one (if any) stops at once. */
    public void renew(Context ctx) {
        CurrentUser me = Access.current(ctx);
        boolean had = db.reads().withHandle(h -> h.attach(NotifySql.class).feedOf(me.id())).isPresent();
        notifying.newFeed(me.id());
        flash.set(ctx, had ? "Je agenda heeft een nieuw adres; het oude werkt niet meer." : "Je agenda-adres staat klaar.");
        ctx.redirect("/account#agenda", HttpStatus.SEE_OTHER);
    }

    /** POST /account/agenda/intrekken. */
    public void revoke(Context ctx) {
        CurrentUser me = Access.current(ctx);
        boolean stopped = notifying.revokeFeed(me.id());
        flash.set(ctx, stopped ? "Je agenda-adres werkt niet meer." : "Je had geen agenda-adres.");
        ctx.redirect("/account#agenda", HttpStatus.SEE_OTHER);
    }
}
