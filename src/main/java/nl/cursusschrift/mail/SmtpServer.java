package nl.cursusschrift.mail;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where mail goes, read from SMTP_URL: {@code smtp://user:pass@host:587?starttls=required},
 * {@code smtps://host:465} (TLS from the first byte) or {@code smtp://localhost:2525} (no login, as a
 * local relay or a test server). {@link #toString} and every message here mask the password.
 */
public record SmtpServer(boolean tls, String host, int port, String user, String password, StartTls startTls) {

    /** Whether to upgrade a plain connection: required (fail without it), when offered, or never. */
    public enum StartTls { REQUIRED, OPTIONAL, NONE }

    public static SmtpServer parse(String url) {
        String value = url.strip();
        URI uri;
        try {
            uri = new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw problem(url, "is geen geldig adres");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
            throw problem(url, "moet beginnen met smtp:// of smtps://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) throw problem(url, "mist de naam van de mailserver");
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw problem(url, "heeft een pad; alleen smtp://gebruiker:wachtwoord@host:poort?starttls=required kan");
        }
        boolean tls = scheme.equals("smtps");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 587;
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
            if (user.isEmpty()) throw problem(url, "heeft een wachtwoord zonder gebruikersnaam");
        }
        StartTls startTls = tls ? StartTls.NONE : StartTls.OPTIONAL;
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                String key = kv[0].toLowerCase(Locale.ROOT);
                String val = kv.length > 1 ? kv[1].toLowerCase(Locale.ROOT) : "";
                if (!key.equals("starttls")) throw problem(url, "kent de optie '" + kv[0] + "' niet (alleen starttls=required|optional|none)");
                if (tls) throw problem(url, "gebruikt smtps:// (TLS vanaf het begin); starttls hoort daar niet bij");
                startTls = switch (val) {
                    case "required", "true", "1" -> StartTls.REQUIRED;
                    case "optional" -> StartTls.OPTIONAL;
                    case "none", "false", "0" -> StartTls.NONE;
                    default -> throw problem(url, "heeft starttls=" + kv[1] + "; kies required, optional of none");
                };
            }
        }
        return new SmtpServer(tls, uri.getHost(), port, user, password, startTls);
    }

    /** The URL as it may be shown: the password replaced by ****. */
    public static String masked(String url) {
        return url.replaceAll("(//[^:/@]*:)[^@]*@", "$1****@");
    }

    public String describe() {
        return (tls ? "smtps://" : "smtp://") + (user == null ? "" : user + ":****@") + host + ":" + port
                + (tls ? "" : " (STARTTLS " + startTls.name().toLowerCase(Locale.ROOT) + ")");
    }

    @Override
    public String toString() {
        return describe();
    }

    private static IllegalArgumentException problem(String url, String what) {
        return new IllegalArgumentException("SMTP_URL '" + masked(url) + "' " + what);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
