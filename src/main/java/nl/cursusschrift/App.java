package nl.cursusschrift;

import static nl.cursusschrift.account.Role.ADMIN;
import static nl.cursusschrift.account.Role.ANYONE;
import static nl.cursusschrift.account.Role.INSTRUCTOR;
import static nl.cursusschrift.account.Role.LEARNER;
import static nl.cursusschrift.account.Role.SIGNED_IN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Events;
import nl.cursusschrift.web.Assets;
import nl.cursusschrift.web.ErrorPage;
import nl.cursusschrift.web.Failures;
import nl.cursusschrift.web.JettyErrors;
import nl.cursusschrift.web.Proxy;
import nl.cursusschrift.web.SecretPaths;
import nl.cursusschrift.web.JteRenderer;
import nl.cursusschrift.web.RequestLog;

/** Builds the Javalin server: the routes table (every URL, method and role), headers and error pages. */
public final class App {
    /** One line of the routes table, for tests that walk every route. */
    public record Route(String method, String path, nl.cursusschrift.account.Role role) {
    }

    private final Javalin javalin;
    private final Database database;
    private final Events events;
    private final java.util.List<AutoCloseable> background = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final nl.cursusschrift.lms.ScoreSender scores;
    private final SecretPaths secrets = new SecretPaths(() -> routes().stream().map(Route::path).toList());

    public App(AppParts parts, Database database, Events events) {
        this.database = database;
        this.events = events;
        this.scores = parts.lti().scores;
        this.javalin = Javalin.create(config -> configure(config, parts));
    }

    /** Every HTTP route with its method and role, as declared below. */
    public java.util.List<Route> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> {
                    var roles = e.metadata(io.javalin.security.Roles.class);
                    var role = roles == null || roles.getRoles().isEmpty() ? null
                            : (nl.cursusschrift.account.Role) roles.getRoles().iterator().next();
                    return new Route(e.method.name(), e.path, role);
                })
                .toList();
    }

    public Database database() {
        return database;
    }

    /** A part working in the background (the outbox sender, the notifications' timer) by its type: {@code serve} starts it, tests drive it. */
    public <T> T part(Class<T> type) {
        return background.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** Where the app's use cases publish what happened; tests and later features listen here. */
    public Events events() {
        return events;
    }

    private void configure(JavalinConfig config, AppParts p) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.appData(JteRenderer.KEY, p.renderer());
        config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
        config.http.maxRequestSize = 1_000_000;
        // Jetty's own form limit (200 kB) would refuse the checked CSV a bulk enrolment posts back; the same
        // 1 MB as any request body, no more.
        config.jetty.modifyServletContextHandler(handler -> handler.setMaxFormContentSize(1_000_000));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            // Read headers up to 32 KiB, so an oversized cookie is answered (431 from InputGuard) instead of
            // the connection being closed while the client still sends; beyond that Jetty refuses, in Dutch too.
            http.setRequestHeaderSize(32 * 1024);
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(p.headers(),
                status -> p.renderer().renderOutsideRequest("error/error.jte", ErrorPage.of(status)))));
        config.requestLogger.http(new RequestLog(secrets)::line);
        Proxy.install(config, p.config().trustProxy());

        var routes = config.routes;
        routes.before(ctx -> nl.cursusschrift.db.QueryStats.reset());
        routes.before(p.headers()::apply);
        routes.before(p.lti().frames::apply);
        routes.before(nl.cursusschrift.web.InputGuard::check);
        Assets.install(config, p.config().contentDir(), p.config().dev(), ANYONE);

        routes.beforeMatched(p.access()::check);

        // A signed-in learner's most visited pages are kept while nothing they show changed (LearnerPages).
        routes.get("/", p.pages().cached(p.course()::home), ANYONE);
        routes.get("/les/{step}", p.pages().cached(p.course()::lesson), ANYONE);
        routes.get("/health", p.health()::show, ANYONE);

        routes.get("/opdracht/{step}", p.pages().cached(p.assignments()::show), LEARNER);
        routes.post("/opdracht/{step}/concept", p.assignments()::saveDraft, LEARNER);
        routes.post("/opdracht/{step}/inleveren", p.assignments()::submit, LEARNER);
        routes.post("/opdracht/{step}/terugtrekken", p.assignments()::withdraw, LEARNER);
        routes.get("/opdracht/{step}/versies/{number}", p.assignments()::showVersion, LEARNER);
        routes.get("/opdracht/{step}/{action}", p.assignments()::backToForm, LEARNER);

        routes.get("/schrift", p.pages().cached(p.notebook()::show), LEARNER);
        routes.get("/schrift/mijn-schrift.md", p.exports()::markdown, LEARNER);
        routes.get("/schrift/mijn-schrift.csv", p.exports()::csv, LEARNER);
        routes.get("/schrift/mijn-schrift.json", p.exports()::json, LEARNER);
        routes.post("/schrift/gelezen", p.notebook()::markRead, LEARNER);
        routes.post("/schrift/delen", p.sharing()::share, LEARNER);
        routes.post("/schrift/delen/{id}/intrekken", p.sharing()::unshare, LEARNER);
        routes.post("/reacties/{id}/verbergen", p.sharing()::hide, INSTRUCTOR);
        routes.post("/reacties/{id}/reageren", p.sharing()::reply, SIGNED_IN);
        routes.post("/reacties/{id}/antwoorden/{replyId}/verbergen", p.sharing()::hideReply, INSTRUCTOR);

        routes.get("/nakijken", p.queue()::queue, INSTRUCTOR);
        routes.get("/nakijken/{id}", p.review()::show, INSTRUCTOR);
        routes.post("/nakijken/{id}", p.review()::decide, INSTRUCTOR);
        routes.post("/nakijken-standaard", p.review()::addSnippet, INSTRUCTOR);
        routes.post("/nakijken-standaard/{id}/verwijderen", p.review()::deleteSnippet, INSTRUCTOR);
        routes.get("/voortgang", p.progress()::show, INSTRUCTOR);
        routes.get("/voortgang/export.csv", p.exports()::cohortCsv, INSTRUCTOR);
        routes.get("/voortgang/export.zip", p.exports()::cohortZip, INSTRUCTOR);
        routes.get("/voortgang/inzichten", p.progress()::numbers, INSTRUCTOR);

        routes.get("/inloggen", p.login()::showLogin, ANYONE);
        routes.post("/inloggen", p.login()::login, ANYONE);
        routes.get("/registreren", p.registration()::show, ANYONE);
        routes.post("/registreren", p.registration()::register, ANYONE);
        routes.post("/uitloggen", p.login()::logout, ANYONE);
        routes.get("/wachtwoord-vergeten", p.login()::showForgot, ANYONE);
        routes.post("/wachtwoord-vergeten", p.login()::forgot, ANYONE);
        routes.get("/wachtwoord-herstellen/{token}", p.login()::showReset, ANYONE);
        routes.post("/wachtwoord-herstellen/{token}", p.login()::reset, ANYONE);
        routes.get("/account", p.account()::showAccount, SIGNED_IN);
        routes.post("/account/gegevens", p.account()::updateProfile, SIGNED_IN);
        routes.post("/account/wachtwoord", p.account()::updatePassword, SIGNED_IN);
        routes.post("/account/sessies/uitloggen", p.account()::endOtherSessions, SIGNED_IN);
        routes.get("/account/mijn-gegevens.json", p.exports()::myData, LEARNER);
        routes.post("/account/verwijderen", p.account()::deleteAccount, LEARNER);

        routes.post("/account/meldingen", p.unsubscribe()::choose, SIGNED_IN);
        routes.post("/account/agenda", p.calendar()::renew, SIGNED_IN);
        routes.post("/account/agenda/intrekken", p.calendar()::revoke, SIGNED_IN);
        routes.get("/agenda/{token}", p.calendar()::show, ANYONE);
        routes.get("/afmelden/{token}", p.unsubscribe()::confirm, ANYONE);
        routes.post("/afmelden/{token}", p.unsubscribe()::unsubscribe, ANYONE);
        // A mail client's RFC 8058 one-click POST carries no cookies; the signed token in the path is the proof.
        p.access().withoutCsrf("/afmelden/");

        routes.get("/deelnemers", p.learners()::list, INSTRUCTOR);
        routes.get("/deelnemers/{id}", p.learners()::show, INSTRUCTOR);
        routes.get("/deelnemers/{id}/schrift.md", p.exports()::learnerMarkdown, INSTRUCTOR);
        routes.get("/deelnemers/{id}/schrift.csv", p.exports()::learnerCsv, INSTRUCTOR);
        routes.get("/deelnemers/{id}/schrift.json", p.exports()::learnerJson, INSTRUCTOR);
        routes.post("/deelnemers/{id}/startdatum", p.learners()::shiftStart, INSTRUCTOR);
        routes.post("/deelnemers/{id}/open", p.learners()::openAll, INSTRUCTOR);
        routes.post("/deelnemers/{id}/herstellink", p.learners()::resetLink, INSTRUCTOR);
        routes.post("/deelnemers/{id}/groep", p.learners()::moveToCohort, ADMIN);
        routes.post("/groepen/{id}/open", p.learners()::openCohort, INSTRUCTOR);

        routes.get("/beheer", p.admin()::show, ADMIN);
        routes.post("/beheer/docenten", p.admin()::addStaff, ADMIN);
        routes.post("/beheer/groepen", p.admin()::addCohort, ADMIN);
        routes.post("/beheer/groepen/{id}/docenten", p.admin()::assign, ADMIN);
        routes.post("/beheer/groepen/{id}/docenten/{userId}/verwijderen", p.admin()::unassign, ADMIN);
        routes.get("/beheer/deelnemers-toevoegen", p.bulk()::show, ADMIN);
        routes.post("/beheer/deelnemers-toevoegen", p.bulk()::upload, ADMIN);
        routes.post("/beheer/deelnemers-toevoegen/bevestigen", p.bulk()::confirm, ADMIN);
        routes.get("/beheer/post", p.post()::show, ADMIN);
        routes.post("/beheer/post/{id}/opnieuw", p.post()::retry, ADMIN);

        routes.get("/beheer/lti", p.lti().admin::show, ADMIN);
        routes.post("/beheer/lti", p.lti().admin::add, ADMIN);
        routes.post("/beheer/lti/{id}/verwijderen", p.lti().admin::remove, ADMIN);
        // A platform's login and launch come from its own site: CSRF-exempt (lms.Lti), guarded by state, nonce and signature.
        routes.get("/lti/jwks.json", p.lti().controller::jwks, ANYONE);
        routes.get("/lti/login", p.lti().controller::login, ANYONE);
        routes.post("/lti/login", p.lti().controller::login, ANYONE);
        routes.post("/lti/launch", p.lti().controller::launch, ANYONE);
        routes.get("/lti/cursussen", p.lti().rosters::show, INSTRUCTOR);
        routes.post("/lti/cursussen/{id}/deelnemers-ophalen", p.lti().rosters::sync, INSTRUCTOR);
        routes.get("/lti/lessen-kiezen/{id}", p.lti().deepLinking::show, INSTRUCTOR);
        routes.post("/lti/lessen-kiezen/{id}", p.lti().deepLinking::choose, INSTRUCTOR);

        Failures.install(routes, secrets);
    }

    public App start(int port) {
        javalin.start(port);
        scores.start();
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Background work (the outbox sender) stopped with the app, before the database closes under it. */
    public void closeOnStop(AutoCloseable part) {
        background.add(part);
    }

    public void stop() {
        javalin.stop();
        for (AutoCloseable part : background) {
            try {
                part.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(App.class).warn("stopping {}: {}", part, e.toString());
            }
        }
        scores.close();
        database.close();
    }
}
