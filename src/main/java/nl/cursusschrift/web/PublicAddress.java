package nl.cursusschrift.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The site's address for links that leave the app (reset links and invitations now; e-mail, calendar
 * feeds and LTI later): BASE_URL when it is set. Without it, the request's own address only when that
 * is one of this machine's own names on the app's port (a newcomer trying it out on localhost); any
 * other Host is refused, so a forged Host header can never put another site in a link someone trusts.
 */
public final class PublicAddress {
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String baseUrl;

    /** @param baseUrl BASE_URL, or null when it is not set; check it first with {@link #parse} */
    public PublicAddress(String baseUrl) {
        this.baseUrl = baseUrl == null ? null : parse(baseUrl);
    }

    /** Thrown when no trustworthy address is known for this request; the page explains how to set BASE_URL. */
    public static final class Unknown extends RuntimeException {
        Unknown(String message) {
            super(message);
        }
    }

    /**
     * BASE_URL in the form links use (no trailing slash), or an {@link IllegalArgumentException}
     * saying in Dutch what is wrong with it.
     */
    public static String parse(String value) {
        String trimmed = value.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("BASE_URL is geen geldig adres: '" + value + "'");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null || uri.getHost().isEmpty()
                || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("BASE_URL moet het openbare adres van de site zijn, zoals https://cursus.example.nl, niet '"
                    + value + "'");
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** BASE_URL, when set: the only address used without a request (the command line). */
    public Optional<String> configured() {
        return Optional.ofNullable(baseUrl);
    }

    /** The base for a link made in this request, or {@link Unknown} when this request's address is not trusted. */
    public String require(Context ctx) {
        if (baseUrl != null) return baseUrl;
        String host = ctx.host() == null ? "" : ctx.host().strip().toLowerCase(Locale.ROOT);
        int port = ctx.req().getLocalPort();
        if (!isLocal(host, port)) {
            throw new Unknown("BASE_URL is niet gezet en '" + host + "' is geen adres van deze machine op poort " + port);
        }
        return ctx.scheme() + "://" + host;
    }

    private static boolean isLocal(String host, int port) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.endsWith("]")) return false;
        return LOCAL_NAMES.contains(host.substring(0, colon)) && host.substring(colon + 1).equals(String.valueOf(port));
    }
}
