package nl.cursusschrift.web;

import java.util.List;
import java.util.function.Supplier;

/**
 * Paths that carry a secret: a route parameter named {@code {token}} (a reset link today, a calendar
 * feed later). A token copied from a log would work, so every log line shows such a path with the
 * token replaced. The rule follows the routes table: a new route with {@code {token}} is covered.
 */
public final class SecretPaths {
    static final String HIDDEN = "***";
    private static final String PARAMETER = "{token}";

    private final Supplier<List<String>> routePaths;
    private volatile List<String> prefixes;

    /** @param routePaths every route's path as declared, e.g. {@code /wachtwoord-herstellen/{token}} */
    public SecretPaths(Supplier<List<String>> routePaths) {
        this.routePaths = routePaths;
    }

    /** The path as it may be logged: the part from a secret parameter on is hidden. */
    public String redact(String path) {
        if (path == null) return "";
        for (String prefix : prefixes()) {
            if (path.startsWith(prefix) && path.length() > prefix.length()) return prefix + HIDDEN;
        }
        return path;
    }

    private List<String> prefixes() {
        List<String> known = prefixes;
        if (known == null) {
            known = routePaths.get().stream().filter(p -> p.contains(PARAMETER))
                    .map(p -> p.substring(0, p.indexOf(PARAMETER))).distinct().toList();
            prefixes = known;
        }
        return known;
    }
}
