package nl.cursusschrift.account;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.web.Cookies;

/**
 * Who is asking, and may they: resolves the session, checks the CSRF token on every
 * state-changing request and the role the routes table gave the route. All in one place.
 */
public final class Access {
    public static final String SESSION_COOKIE = "cs_session";
    /** Over HTTPS the cookie carries the __Host- prefix: browsers then refuse it from subdomains or plain http. */
    public static final String SECURE_SESSION_COOKIE = "__Host-cs_session";
    static final String CSRF_COOKIE = "cs_csrf";
    static final String SECURE_CSRF_COOKIE = "__Host-cs_csrf";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String USER = "currentUser";
    private static final String RESOLVED = "currentUserResolved";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Sessions sessions;
    private final Transactions transactions;
    private final Clock clock;
    private final boolean secureCookies;
    private final String sessionCookie;
    private final String csrfCookie;
    /** Routes that other sites post to by design (an LTI platform's login and launch); their own checks replace CSRF. */
    private final Set<String> csrfExempt = new java.util.concurrent.CopyOnWriteArraySet<>();
    private final java.util.List<String> withoutCsrf = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Access(Sessions sessions, Transactions transactions, Clock clock, boolean secureCookies) {
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
        this.secureCookies = secureCookies;
        this.sessionCookie = secureCookies ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
        this.csrfCookie = secureCookies ? SECURE_CSRF_COOKIE : CSRF_COOKIE;
    }

    /** The signed-in user of this request, resolved once. */
    public Optional<CurrentUser> user(Context ctx) {
        if (ctx.attribute(RESOLVED) == null) {
            ctx.attribute(RESOLVED, Boolean.TRUE);
            sessions.resolve(ctx.cookie(sessionCookie)).ifPresent(user -> ctx.attribute(USER, user));
        }
        return Optional.ofNullable(ctx.attribute(USER));
    }

    /** The signed-in user on a route whose role guarantees one. */
    public static CurrentUser current(Context ctx) {
        CurrentUser user = ctx.attribute(USER);
        if (user == null) throw new ForbiddenResponse();
        return user;
    }

    /** Runs before every matched route: CSRF first, then the route's role. */
    public void check(Context ctx) {
        // Javalin answers HEAD for every GET route itself, without the GET route's role: refuse it rather than guess.
        if (ctx.method() == HandlerType.HEAD && ctx.routeRoles().isEmpty()) throw new io.javalin.http.MethodNotAllowedResponse();
        Role required = required(ctx.routeRoles());
        boolean safe = SAFE.contains(ctx.method());
        if (safe && required == Role.ANYONE) return;
        Optional<CurrentUser> user = user(ctx);
        if (!safe && !csrfExempt.contains(ctx.path()) && !exempt(ctx.path())) {
            String sent = ctx.formParam(CSRF_FIELD);
            if (sent == null) sent = ctx.header(CSRF_HEADER);
            String expected = user.map(CurrentUser::csrfToken).orElseGet(() -> ctx.cookie(csrfCookie));
            if (!Ids.same(sent, expected)) throw new ForbiddenResponse("csrf");
        }
        if (required == Role.ANYONE) return;
        if (user.isEmpty()) {
            if (ctx.method() == HandlerType.GET) {
                String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                ctx.redirect("/inloggen?next=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8),
                        HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            throw new ForbiddenResponse();
        }
        if (!user.get().role().satisfies(required)) throw new ForbiddenResponse();
    }

    /**
     * Lets POSTs to {@code prefix + one path segment} through without a CSRF token. Only for a route whose
     * path carries its own signed token (the one-click unsubscribe, which a mail client POSTs without
     * cookies); the routes table names each such route next to it.
     */
    public void withoutCsrf(String prefix) {
        withoutCsrf.add(prefix);
    }

    private boolean exempt(String path) {
        for (String prefix : withoutCsrf) {
            if (path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0) return true;
        }
        return false;
    }

    private static Role required(Set<RouteRole> roles) {
        if (roles.isEmpty()) throw new IllegalStateException("every route needs a role in the routes table");
        return (Role) roles.iterator().next();
    }

    /** Exempts a path (one without parameters) from the CSRF check; it must protect itself otherwise. */
    public void exemptFromCsrf(String routePath) {
        csrfExempt.add(routePath);
    }

    public boolean secureCookies() {
        return secureCookies;
    }

    /** The stored hash of this request's session id, when it carries one. */
    public Optional<String> sessionHash(Context ctx) {
        String token = ctx.cookie(sessionCookie);
        return token == null || token.length() != 22 ? Optional.empty() : Optional.of(Ids.sha256(token));
    }

    /**
     * Signs someone in from inside another site's frame (an LTI launch): a new session whose cookie the
     * browser sends in that frame too ({@link Cookies#setCrossSite}); {@code alsoStore} runs in the same
     * transaction with the new session's hash, to record what the session may do.
     */
    public void signInEmbedded(Context ctx, String userId, java.util.function.BiConsumer<nl.cursusschrift.db.Tx, String> alsoStore) {
        String old = ctx.cookie(sessionCookie);
        long now = clock.millis();
        Sessions.Start start = new Sessions.Start(false, ctx.userAgent(), false);
        String token = transactions.run(tx -> {
            if (old != null) tx.sql(AccountSql.class).deleteSession(Ids.sha256(old));
            tx.publish(new AccountEvents.SignedIn(userId));
            String created = Sessions.create(tx, userId, now, start);
            alsoStore.accept(tx, Ids.sha256(created));
            return created;
        });
        Cookies.setCrossSite(ctx, sessionCookie, token, null, secureCookies);
        ctx.attribute(RESOLVED, null);
        ctx.attribute(USER, null);
    }

    /** The token the page's forms post back: the session's, or for visitors a cookie-bound one. */
    public String csrfToken(Context ctx) {
        Optional<CurrentUser> user = user(ctx);
        if (user.isPresent()) return user.get().csrfToken();
        String token = ctx.cookie(csrfCookie);
        if (token == null || token.length() != 22) {
            token = Ids.random();
            Cookies.set(ctx, csrfCookie, token, Sessions.ABSOLUTE, secureCookies);
        }
        return token;
    }

    /** Logs the user in with a brand-new session id (no session fixation); ends the old session. */
    public void signIn(Context ctx, String userId) {
        signIn(ctx, userId, false, false);
    }

    /**
     * As {@link #signIn(Context, String)}; a remembered session gets a cookie kept for 30 days, any other
     * a cookie that ends with the browser.
     *
     * @param passwordOutdated the password just used no longer meets the rules (the account page asks for a new one)
     */
    public void signIn(Context ctx, String userId, boolean remember, boolean passwordOutdated) {
        String old = ctx.cookie(sessionCookie);
        long now = clock.millis();
        Sessions.Start start = new Sessions.Start(remember, ctx.userAgent(), passwordOutdated);
        String token = transactions.run(tx -> {
            if (old != null) tx.sql(AccountSql.class).deleteSession(Ids.sha256(old));
            tx.publish(new AccountEvents.SignedIn(userId));
            return Sessions.create(tx, userId, now, start);
        });
        Cookies.set(ctx, sessionCookie, token, remember ? Sessions.REMEMBERED : null, secureCookies);
        ctx.attribute(RESOLVED, null);
        ctx.attribute(USER, null);
    }

    /** Destroys the session on the server, not only the cookie. */
    public void signOut(Context ctx) {
        String token = ctx.cookie(sessionCookie);
        if (token != null) transactions.run(tx -> {
            tx.sql(AccountSql.class).deleteSession(Ids.sha256(token));
            return null;
        });
        Cookies.clear(ctx, sessionCookie, secureCookies);
    }
}
