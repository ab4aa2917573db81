package nl.cursusschrift.lms;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a platform registration, the same for the page and the command line: each field's problem in
 * Dutch, by field name. Addresses must be https; plain http only to this machine (a platform on a
 * developer's laptop), since over http anyone on the way could swap the platform's keys or read tokens.
 */
public final class Registration {
    public static final List<String> FIELDS = List.of("issuer", "client_id", "deployment_ids", "auth_url", "token_url", "jwks_url");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final int MAX = 500;

    /** A registration that passed every check. */
    public record Valid(String issuer, String clientId, List<String> deploymentIds, String authUrl, String tokenUrl, String jwksUrl) {
    }

    /** Either a valid registration or the errors per field. */
    public record Checked(Valid valid, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private Registration() {
    }

    /** @param values by field name as in {@link #FIELDS}; missing means empty */
    public static Checked check(Map<String, String> values, Platforms existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        String issuer = url(values, "issuer", "de issuer (het adres waarmee het platform zich meldt)", errors);
        String clientId = text(values, "client_id", errors);
        if (clientId.isEmpty() && !errors.containsKey("client_id")) errors.put("client_id", "Vul de client id in die het platform gaf.");
        List<String> deployments = deployments(values.getOrDefault("deployment_ids", ""), errors);
        String auth = url(values, "auth_url", "het inlogadres (OIDC-autorisatie-URL)", errors);
        String token = url(values, "token_url", "het token-adres", errors);
        String jwks = url(values, "jwks_url", "het adres van de sleutels (JWKS-URL)", errors);
        if (errors.isEmpty() && existing != null && existing.taken(issuer, clientId)) {
            errors.put("client_id", "Dit platform is met deze client id al geregistreerd.");
        }
        return new Checked(errors.isEmpty() ? new Valid(issuer, clientId, deployments, auth, token, jwks) : null, errors);
    }

    private static String text(Map<String, String> values, String field, Map<String, String> errors) {
        String value = values.getOrDefault(field, "").strip();
        if (value.length() > MAX) errors.put(field, "Dit veld mag hoogstens " + MAX + " tekens lang zijn.");
        else if (value.chars().anyMatch(c -> c < 0x20)) errors.put(field, "Dit veld mag geen regeleinden of tabs bevatten.");
        return value;
    }

    private static List<String> deployments(String raw, Map<String, String> errors) {
        List<String> out = new ArrayList<>();
        for (String part : raw.split(",")) {
            String d = part.strip();
            if (d.isEmpty()) continue;
            if (d.length() > 255 || d.chars().anyMatch(c -> c < 0x20)) {
                errors.put("deployment_ids", "Een deployment id is hoogstens 255 tekens, zonder regeleinden.");
                return out;
            }
            if (!out.contains(d)) out.add(d);
        }
        if (out.isEmpty()) errors.put("deployment_ids", "Vul minstens één deployment id in; meer scheid je met komma's.");
        return out;
    }

    private static String url(Map<String, String> values, String field, String what, Map<String, String> errors) {
        String value = text(values, field, errors);
        if (errors.containsKey(field)) return value;
        if (value.isEmpty()) {
            errors.put(field, "Vul " + what + " in.");
            return value;
        }
        String problem = urlProblem(value);
        if (problem != null) errors.put(field, problem);
        return value;
    }

    /** Why an address cannot be used, in Dutch; null when it can. */
    static String urlProblem(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return "Dit is geen geldig adres; begin met https://.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || uri.getHost().isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
            return "Dit is geen volledig adres; begin met https://, bijvoorbeeld https://leeromgeving.example.nl/…";
        }
        if (uri.getUserInfo() != null || uri.getFragment() != null) return "Een adres met een gebruikersnaam of een #-deel kan niet.";
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT))) {
            return "Gebruik https://; http:// mag alleen voor een platform op deze machine (localhost).";
        }
        return null;
    }
}
