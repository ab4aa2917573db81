package nl.cursusschrift.account;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.cursusschrift.course.CourseLibrary;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.text.Dutch;
import nl.cursusschrift.web.Form;
import nl.cursusschrift.web.Page;

/** The /account page: the course the person follows, their forms, and where they are signed in. */
final class AccountView {
    private final CourseLibrary courses;
    private final Sessions sessions;
    private final Clock clock;
    private final List<AccountSection> sections;

    AccountView(CourseLibrary courses, Sessions sessions, Clock clock, List<AccountSection> sections) {
        this.courses = courses;
        this.sessions = sessions;
        this.clock = clock;
        this.sections = List.copyOf(sections);
    }

    static Form profileOf(CurrentUser me) {
        return Form.empty().with("name", me.name()).with("email", me.email());
    }

    /** Renders the page; a status already set to 429 (throttled) is kept. */
    void render(Context ctx, int status, Form profile, Form password, Form delete) {
        CurrentUser me = Access.current(ctx);
        var course = courses.current();
        String start = null;
        String week = null;
        if (!me.isStaff()) {
            start = Dutch.day(StepCalendar.start(course, me.pace()));
            week = "stap " + StepCalendar.currentWeek(course, me.pace(), LocalDate.now(clock)) + " van " + course.stepCount();
        }
        ctx.status(ctx.statusCode() == 429 ? 429 : status);
        Page.render(ctx, "account/account.jte", new AccountPages.Account(profile, password, delete, roleName(me.role()), start,
                me.isStaff() ? null : me.cohortName(), week, !me.isStaff(), me.passwordOutdated(), sessionsOf(me),
                sections.stream().map(s -> s.render(ctx, me)).toList()));
    }

    private List<AccountPages.SessionRow> sessionsOf(CurrentUser me) {
        return sessions.of(me.id()).stream()
                .sorted(Comparator.comparing((Sessions.Listed s) -> !s.idHash().equals(me.sessionHash())))
                .map(s -> new AccountPages.SessionRow(s.device() == null ? "Onbekend apparaat" : s.device(), s.idHash().equals(me.sessionHash()),
                        "laatst gezien " + Dutch.when(s.lastSeen(), clock), s.remember()))
                .toList();
    }

    static String roleName(Role role) {
        return switch (role) {
            case ADMIN -> "beheerder";
            case INSTRUCTOR -> "docent";
            default -> "deelnemer";
        };
    }
}
