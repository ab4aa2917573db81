package nl.cursusschrift.web;

import io.javalin.http.Context;

/** The site's address for links handed out (reset links): from BASE_URL, else the request's own. */
public final class PublicAddress {
    private final String baseUrl;

    /** @param baseUrl BASE_URL, or null when it is not set */
    public PublicAddress(String baseUrl) {
        this.baseUrl = baseUrl == null ? null : baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String of(Context ctx) {
        return baseUrl != null ? baseUrl : ctx.scheme() + "://" + ctx.host();
    }
}
