package nl.cursusschrift.lms;

import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.web.Cookies;
import nl.cursusschrift.web.SecurityHeaders;

/**
 * Which sites may show our pages in a frame: none, except for a session that began with a launch, whose
 * pages the launching platform may frame (its issuer's, login page's and return page's origins). A marker
 * cookie says "this browser has such a session", so other requests cost no query.
 */
public final class FrameOrigins {
    static final String MARKER = "cs_lti";
    static final String SECURE_MARKER = "__Host-cs_lti";

    private final Access access;
    private final LtiSql sql;

    public FrameOrigins(Access access, Database db) {
        this.access = access;
        this.sql = db.reads().onDemand(LtiSql.class);
    }

    /** Runs before every request, after the default headers. */
    public void apply(Context ctx) {
        originsOf(ctx).ifPresent(origins -> SecurityHeaders.allowFraming(ctx, origins));
    }

    /** The origins that may frame this request's session, when it began with a launch. */
    java.util.Optional<String> originsOf(Context ctx) {
        if (ctx.cookie(marker()) == null) return java.util.Optional.empty();
        return access.sessionHash(ctx).flatMap(sql::frameOrigin);
    }

    void mark(Context ctx) {
        Cookies.setCrossSite(ctx, marker(), "1", null, access.secureCookies());
    }

    private String marker() {
        return access.secureCookies() ? SECURE_MARKER : MARKER;
    }

    /** The origins of the platform's own pages, as CSP source expressions separated by spaces. */
    static String of(Platform platform, String returnUrl) {
        Set<String> origins = new LinkedHashSet<>();
        for (String url : new String[] {platform.issuer(), platform.authUrl(), returnUrl}) {
            String origin = origin(url);
            if (origin != null) origins.add(origin);
        }
        return String.join(" ", origins);
    }

    static String origin(String url) {
        if (url == null || Registration.urlProblem(url) != null) return null;
        URI uri = URI.create(url);
        String origin = uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        // Only what a CSP source may hold: a crafted host can never add a directive to the header.
        return origin.matches("https?://[a-z0-9.\\-\\[\\]:]+") ? origin : null;
    }
}
