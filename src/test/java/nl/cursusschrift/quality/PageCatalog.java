package nl.cursusschrift.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.cursusschrift.App;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.account.Role;

/**
 * Every page a person can reach in {@link QualityWorld}, per person, derived from the app's routes table:
 * each GET route whose role a person satisfies becomes a page of that person, with the path parameters
 * filled from the world (a route with parameters and no filling is reported by {@link #uncovered()}).
 * Pages that answer a redirect for that person (the login page for someone signed in) are left out.
 * Added by hand: query variants, error pages, and the pages a refused or answered form post shows.
 */
public final class PageCatalog implements AutoCloseable {
    /** GET routes that answer a file or data rather than a page; none of them is HTML for a person to read. */
    static final Set<String> NOT_PAGES = Set.of(
            "/health",                              // JSON status for load balancers and monitoring
            "/schrift/mijn-schrift.md",             // the learner's notebook as a Markdown download
            "/schrift/mijn-schrift.csv",            // ... as a CSV download
            "/schrift/mijn-schrift.json",           // ... as a JSON download
            "/account/mijn-gegevens.json",          // personal data (right of access), a JSON download
            "/opdracht/{step}/{action}",            // a GET of a form's post address: a redirect (303) back to the form
            "/voortgang/export.csv",                // the cohort's answers, a CSV download
            "/voortgang/export.zip",                // the cohort's notebooks, a ZIP download
            "/deelnemers/{id}/schrift.md",          // one learner's work for staff, as Markdown
            "/deelnemers/{id}/schrift.csv",         // ... as CSV
            "/deelnemers/{id}/schrift.json",        // ... as JSON
            "/lti/jwks.json",                       // the tool's public keys for LTI platforms, JSON
            "/lti/login",                           // a platform's login step: a redirect to the platform (its error page is by hand)
            "/agenda/{token}");                     // a person's calendar feed, iCalendar for calendar apps

    /** One person looking at the site, with their own cookies. */
    public record Viewer(String name, Role role, WebClient web) {
        boolean may(Role required) {
            return role == null ? required == Role.ANYONE : role.satisfies(required);
        }

        public Optional<String> session() {
            return web.cookie(Access.SESSION_COOKIE);
        }
    }

    /**
     * One page: a GET of {@code path}, or a POST of {@code form} to {@code path} sent from the page at
     * {@code origin} (whose CSRF token it carries). {@code shown} names it in reports without random ids.
     */
    public record Entry(Viewer viewer, String method, String path, String shown, String origin, List<String> form, int status) {
        public boolean isPost() {
            return method.equals("POST");
        }

        public String label() {
            return viewer.name() + " " + (isPost() ? "POST " : "") + shown + (status == 200 ? "" : " (" + status + ")");
        }

        /** The form's values, with {n} replaced by a number unique to this send (for forms that create something). */
        public List<String> form(int send) {
            return form.stream().map(v -> v.replace("{n}", String.valueOf(send))).toList();
        }
    }

    private record Target(String path, String shown) {
    }

    private static final AtomicInteger SENDS = new AtomicInteger();

    public final QualityWorld world;
    public final List<Viewer> viewers;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> redirects = new ArrayList<>();
    private final List<App.Route> routes;
    /** Per person, per route with parameters: the paths that person opens. */
    private final Map<String, Map<String, List<Target>>> filled = new LinkedHashMap<>();

    private PageCatalog(QualityWorld world) {
        this.world = world;
        this.routes = world.app.app.routes().stream().filter(r -> r.method().equals("GET")).toList();
        Viewer visitor = new Viewer("visitor", null, world.visitor);
        Viewer anna = new Viewer("anna", Role.LEARNER, world.anna);
        Viewer bram = new Viewer("bram", Role.LEARNER, world.bram);
        Viewer instructor = new Viewer("instructor", Role.INSTRUCTOR, world.instructor);
        Viewer admin = new Viewer("admin", Role.ADMIN, world.admin);
        viewers = List.of(visitor, anna, bram, instructor, admin);

        fill(visitor, "/les/{step}", steps(1, 5));
        fill(visitor, "/wachtwoord-herstellen/{token}", List.of(new Target("/wachtwoord-herstellen/" + world.resetToken, "/wachtwoord-herstellen/{link of bram}")));
        fill(visitor, "/afmelden/{token}", List.of(new Target("/afmelden/" + world.unsubscribeToken, "/afmelden/{reminders of anna}")));
        fill(anna, "/les/{step}", steps(IntStream.rangeClosed(1, 12).toArray()));
        fill(anna, "/opdracht/{step}", steps("/opdracht/", IntStream.rangeClosed(1, 12).toArray()));
        fill(anna, "/opdracht/{step}/versies/{number}", List.of(new Target("/opdracht/1/versies/1", "/opdracht/1/versies/1"),
                new Target("/opdracht/5/versies/1", "/opdracht/5/versies/1")));
        fill(bram, "/les/{step}", steps(1, 5));
        fill(bram, "/opdracht/{step}", steps("/opdracht/", 1, 3));
        fill(bram, "/opdracht/{step}/versies/{number}", List.of(new Target("/opdracht/1/versies/1", "/opdracht/1/versies/1")));
        fill(instructor, "/les/{step}", steps(5));
        fill(instructor, "/nakijken/{id}", List.of(new Target("/nakijken/" + world.annaStepOne, "/nakijken/{anna step 1, approved}"),
                new Target("/nakijken/" + world.annaStepFive, "/nakijken/{anna step 5, waiting}")));
        fill(instructor, "/deelnemers/{id}", List.of(new Target("/deelnemers/" + world.annaId, "/deelnemers/{anna}")));
        String deepLink = ltiDeepLinkRequest(world);
        fill(instructor, "/lti/lessen-kiezen/{id}", List.of(new Target("/lti/lessen-kiezen/" + deepLink, "/lti/lessen-kiezen/{request}")));
        fill(admin, "/nakijken/{id}", List.of(new Target("/nakijken/" + world.bramStepOne, "/nakijken/{bram step 1, approved}")));
        fill(admin, "/deelnemers/{id}", List.of(new Target("/deelnemers/" + world.bramId, "/deelnemers/{bram}")));

        for (Viewer viewer : viewers) {
            for (App.Route route : routes) {
                if (NOT_PAGES.contains(route.path()) || !viewer.may(route.role())) continue;
                List<Target> targets = route.path().contains("{")
                        ? filled.getOrDefault(viewer.name(), Map.of()).getOrDefault(route.path(), List.of())
                        : List.of(new Target(route.path(), route.path()));
                for (Target t : targets) {
                    WebClient.Res probe = viewer.web().get(t.path());
                    if (probe.status() >= 300 && probe.status() < 400) redirects.add(viewer.name() + " " + t.shown() + " -> " + probe.location());
                    else entries.add(new Entry(viewer, "GET", t.path(), t.shown(), null, List.of(), 200));
                }
            }
        }
        addByHand(visitor, anna, bram, instructor, admin);
    }

    private void addByHand(Viewer visitor, Viewer anna, Viewer bram, Viewer instructor, Viewer admin) {
        get(visitor, "/bestaat-niet", "/bestaat-niet", 404);
        get(visitor, "/wachtwoord-herstellen/onbekend", "/wachtwoord-herstellen/onbekend", 404);
        get(visitor, "/afmelden/vervalst.reminder.AAAAAAAAAAAAAAAAAAAAAA", "/afmelden/{forged}", 404);
        get(anna, "/schrift?zoek=fiets", "/schrift?zoek=fiets", 200);
        get(anna, "/schrift?zoek=onvindbaar", "/schrift?zoek=onvindbaar", 200);
        get(bram, "/opdracht/5", "/opdracht/5 (locked)", 403);
        get(bram, "/beheer", "/beheer", 403);
        get(instructor, "/deelnemers?zoek=anna", "/deelnemers?zoek=anna", 200);
        get(visitor, "/lti/login", "/lti/login (no platform named)", 400);

        post(visitor, "/inloggen", "/inloggen", "/inloggen", 422, "email", "onbekend@example.nl", "password", "verkeerd wachtwoord");
        post(visitor, "/registreren", "/registreren", "/registreren", 422, "name", "", "email", "geen-adres", "password", "kort", "code", "BESTAAT-NIET");
        String reset = "/wachtwoord-herstellen/" + world.resetToken;
        post(visitor, reset, "/wachtwoord-herstellen/{link of bram}", reset, 422, "password", "kort");
        post(anna, "/opdracht/2/inleveren", "/opdracht/2/inleveren", "/opdracht/2", 422,
                "contactmomenten[0].contactmoment", "Alleen dit ene moment", "contactmomenten[0].kanaal", "Telefoon");
        String unsubscribe = "/afmelden/" + world.unsubscribeToken;
        post(visitor, unsubscribe, "/afmelden/{reminders of anna}", unsubscribe, 200);
        post(anna, "/account/wachtwoord", "/account/wachtwoord", "/account", 422, "current", "niet mijn wachtwoord", "password", "kort");
        String review = "/nakijken/" + world.annaStepFive;
        post(instructor, review, "/nakijken/{anna step 5}", review, 422, "versie", "1", "actie", "aanpassen", "overall", "");
        String learner = "/deelnemers/" + world.annaId;
        post(instructor, learner + "/startdatum", "/deelnemers/{anna}/startdatum", learner, 422, "start", "31-02-2026");
        String classmate = "/deelnemers/" + world.classmateId;
        post(instructor, classmate + "/herstellink", "/deelnemers/{cor}/herstellink", classmate, 200);
        post(admin, "/beheer/groepen", "/beheer/groepen", "/beheer", 422, "name", "", "code", "x", "start", "morgen", "expires", "2026-13-01");
        post(admin, "/beheer/lti", "/beheer/lti", "/beheer/lti", 422, "issuer", "http://moodle.example.nl", "client_id", "",
                "deployment_ids", "", "auth_url", "geen adres", "token_url", "", "jwks_url", "ftp://x.example");
        String pick = "/lti/lessen-kiezen/" + ltiDeepLinkRequest(world);
        post(instructor, pick, "/lti/lessen-kiezen/{request}", pick, 422);
        post(admin, "/beheer/docenten", "/beheer/docenten", "/beheer", 200, "name", "Nieuwe Docent {n}", "email", "nieuw-{n}@example.nl", "role", "instructor");
        post(visitor, "/wachtwoord-vergeten", "/wachtwoord-vergeten", "/wachtwoord-vergeten", 200, "email", "anna@example.nl");
        post(visitor, "/wachtwoord-vergeten", "/wachtwoord-vergeten", "/wachtwoord-vergeten", 422, "email", "geen adres");
        post(admin, "/beheer/deelnemers-toevoegen", "/beheer/deelnemers-toevoegen (report)", "/beheer/deelnemers-toevoegen", 200,
                "tekst", "naam;e-mail;groep\nNieuw Lid {n};nieuw-lid-{n}@example.nl;\nZonder Adres;geen-adres;\nOnbekend;x-{n}@example.nl;Geen Groep\n");
        post(admin, "/beheer/deelnemers-toevoegen", "/beheer/deelnemers-toevoegen (no header)", "/beheer/deelnemers-toevoegen", 422,
                "tekst", "Anna,anna@example.nl,Groep");
        get(admin, "/beheer/post?status=waiting", "/beheer/post?status=waiting", 200);
    }

    /** A registered platform and a deep-linking request of the instructor waiting for a choice, as a launch leaves them. */
    private static String ltiDeepLinkRequest(QualityWorld world) {
        String id = nl.cursusschrift.db.Ids.random();
        long now = world.app.clock.millis();
        world.app.app.database().write(h -> {
            h.execute("INSERT INTO lti_platform (id, issuer, client_id, auth_url, token_url, jwks_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", "platform-q", "https://moodle.example.nl", "client-q", "https://moodle.example.nl/auth",
                    "https://moodle.example.nl/token", "https://moodle.example.nl/jwks", now);
            h.execute("INSERT INTO lti_deep_link (id, platform_id, user_id, deployment_id, return_url, data, accept_multiple, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, "platform-q", world.instructorId, "1", "https://moodle.example.nl/return", null, 1,
                    now + 86_400_000L);
            return null;
        });
        return id;
    }

    public static PageCatalog start() {
        return new PageCatalog(new QualityWorld());
    }

    public TestApp app() {
        return world.app;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Entry> entriesOf(Viewer viewer) {
        return entries.stream().filter(e -> e.viewer() == viewer).toList();
    }

    /** What the catalog left out because it redirects that person elsewhere, for the report. */
    public List<String> redirects() {
        return List.copyOf(redirects);
    }

    /** GET routes of the routes table that no page of the catalog opens (and that are not in {@link #NOT_PAGES}). */
    public List<String> uncovered() {
        Set<String> missing = new TreeSet<>();
        for (App.Route route : routes) {
            if (NOT_PAGES.contains(route.path())) continue;
            String pattern = route.path().replaceAll("\\{[^/]+}", "[^/]+");
            boolean opened = entries.stream().anyMatch(e -> !e.isPost() && e.status() == 200 && e.path().replaceAll("\\?.*", "").matches(pattern));
            if (!opened) missing.add(route.path() + " (" + route.role() + ")");
        }
        filled.forEach((viewer, byRoute) -> byRoute.keySet().stream().filter(path -> routes.stream().noneMatch(r -> r.path().equals(path)))
                .forEach(path -> missing.add(path + " is filled for " + viewer + " but is no GET route of the table")));
        return List.copyOf(missing);
    }

    /** A number unique in this JVM, for forms that create something each time they are sent. */
    public static int nextSend() {
        return SENDS.incrementAndGet();
    }

    private void get(Viewer viewer, String path, String shown, int status) {
        entries.add(new Entry(viewer, "GET", path, shown, null, List.of(), status));
    }

    private void post(Viewer viewer, String path, String shown, String origin, int status, String... form) {
        entries.add(new Entry(viewer, "POST", path, shown, origin, List.of(form), status));
    }

    private void fill(Viewer viewer, String route, List<Target> targets) {
        filled.computeIfAbsent(viewer.name(), k -> new LinkedHashMap<>()).put(route, targets);
    }

    private static List<Target> steps(int... steps) {
        return steps("/les/", steps);
    }

    private static List<Target> steps(String prefix, int... steps) {
        return IntStream.of(steps).mapToObj(s -> new Target(prefix + s, prefix + s)).toList();
    }

    @Override
    public void close() {
        world.close();
    }
}
